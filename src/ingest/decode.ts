/** Bytes to a JavaScript string: UTF-8, or UTF-16 announced by its byte-order mark. */

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
  const text = UTF8.decode(input); // drops a UTF-8 BOM itself
  return { text, encoding: 'utf-8', lossy: text.includes('\uFFFD') };
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
