/** Bytes to a JavaScript string: UTF-8, or UTF-16 announced by its byte-order mark. */

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'string';
  /** the bytes were not valid UTF-8 and replacement characters were put in */
  lossy: boolean;
}

export function decode(input: string | Uint8Array): Decoded {
  if (typeof input === 'string') return { text: stripBom(input), encoding: 'string', lossy: false };
  if (input[0] === 0xff && input[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(input.subarray(2)), encoding: 'utf-16le', lossy: false };
  }
  if (input[0] === 0xfe && input[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(input.subarray(2)), encoding: 'utf-16be', lossy: false };
  }
  const text = new TextDecoder('utf-8').decode(input); // drops a UTF-8 BOM itself
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
