/** The hash a result's `source.sha256` carries and --resume compares: of the input's bytes, as read. */
import { createHash } from 'node:crypto';

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
