/**
 * The SHA-256 of an input, as hex: Node's own hash where there is one (about 20× faster than
 * plain JS), sha256Hex elsewhere (browsers). process.getBuiltinModule (Node ≥ 20.16) reaches
 * node:crypto without an import, so a browser bundle of the core needs no shim for it.
 */
import type * as NodeCrypto from 'node:crypto';
import { sha256Hex } from './sha256.js';

interface MaybeNode {
  process?: { getBuiltinModule?: (id: string) => unknown };
}

// looked up on the first hash, not at import: loading node:crypto is 4 ms of `import 'vanban'`
let nodeCrypto: typeof NodeCrypto | undefined | null = null;

/** Same hex in Node and in browsers; a string is hashed as its UTF-8. */
export function sha256(input: string | Uint8Array): string {
  if (nodeCrypto === null)
    nodeCrypto = (globalThis as MaybeNode).process?.getBuiltinModule?.('node:crypto') as typeof NodeCrypto | undefined;
  if (nodeCrypto) return nodeCrypto.createHash('sha256').update(input).digest('hex');
  return sha256Hex(input);
}
