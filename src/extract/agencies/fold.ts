/** Agency names compared as a reader does: case, tone placement, dashes and spacing aside. */
import { canonicalTones } from '../../grammar/tones.js';

export function foldName(name: string): string {
  return canonicalTones(name.normalize('NFC').toLocaleLowerCase('vi'))
    .replace(/\s*[-–—]\s*/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}
