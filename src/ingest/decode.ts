/** Bytes to a JavaScript string: UTF-8, or UTF-16 announced by its byte-order mark. */
import type * as NodeBuffer from 'node:buffer';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'string';
  /** the bytes were not valid UTF-8 and replacement characters were put in */
  lossy: boolean;
}

// made once: a decoder costs more to build than to decode a small document, and keeps no state between calls
const UTF8 = new TextDecoder('utf-8');
const UTF16LE = new TextDecoder('utf-16le');
const UTF16BE = new TextDecoder('utf-16be');

export function decode(input: string | Uint8Array): Decoded {
  if (typeof input === 'string') return { text: stripBom(input), encoding: 'string', lossy: false };
  if (input[0] === 0xff && input[1] === 0xfe) {
    return { text: UTF16LE.decode(input.subarray(2)), encoding: 'utf-16le', lossy: false };
  }
  if (input[0] === 0xfe && input[1] === 0xff) {
    return { text: UTF16BE.decode(input.subarray(2)), encoding: 'utf-16be', lossy: false };
  }
  const text = decodeUtf8(input);
  return { text, encoding: 'utf-8', lossy: text.includes('\uFFFD') };
}

interface MaybeNode {
  process?: { getBuiltinModule?: (id: string) => unknown };
}

// looked up on the first bytes, not at import (hash.ts does the same for node:crypto); undefined outside Node
let nodeBuffer: typeof NodeBuffer | undefined | null = null;

/**
 * UTF-8 without its byte-order mark, as TextDecoder reads it. In Node, valid UTF-8 (told by Node's own validator) is
 * transcoded to UTF-16 and read as that: four to five times faster than TextDecoder, whose decoding into a string of
 * two-byte characters (a Vietnamese text) was the costliest step of ingest. Invalid bytes go to TextDecoder, which
 * puts its replacement characters in, and so do bytes that are all ASCII, which it reads fast into a string of one
 * byte a character (a UTF-16 one would take twice the memory).
 */
function decodeUtf8(bytes: Uint8Array): string {
  if (nodeBuffer === null)
    nodeBuffer = (globalThis as MaybeNode).process?.getBuiltinModule?.('node:buffer') as typeof NodeBuffer | undefined;
  // drops a UTF-8 BOM itself
  if (!nodeBuffer?.isUtf8(bytes) || nodeBuffer.isAscii(bytes)) return UTF8.decode(bytes);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return nodeBuffer.transcode(bytes.subarray(bom), 'utf8', 'utf16le').toString('utf16le');
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The encoding decode() would use, from the byte-order mark alone (nothing is decoded). */
export function encodingOf(input: string | Uint8Array): Decoded['encoding'] {
  if (typeof input === 'string') return 'string';
  if (input[0] === 0xff && input[1] === 0xfe) return 'utf-16le';
  if (input[0] === 0xfe && input[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}
