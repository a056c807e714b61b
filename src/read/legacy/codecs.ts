/**
 * Byte codecs for the legacy Vietnamese encodings: TCVN3 and VNI (tables in
 * grammars/legacy-encodings.json, since iconv-lite has neither) and Windows-1258 (iconv-lite).
 * Decoders return NFC; the encoders exist for the tests and the detection measurements.
 */
import { dependency } from '../../deps/index.js';
import { load } from '../../grammar/load.js';

export type LegacyEncoding = 'tcvn3' | 'vni' | 'windows-1258';

const fromHex = (hex: string): number[] => hex.split(' ').map((h) => Number.parseInt(h, 16));

/**
 * The byte tables, built on the first legacy text (iconv-lite and the tables are not loaded for
 * Unicode input).
 */
function buildTables() {
  const iconv = dependency('iconv-lite');
  const data = load('legacy-encodings');
  /** What the legacy fonts show outside their letters: Windows-1252 (quotes, dashes, "…"). */
  const CP1252: readonly string[] = Array.from({ length: 256 }, (_, b) =>
    iconv.decode(Buffer.from([b]), 'windows-1252'),
  );
  const CP1252_BYTE = new Map<string, number>(
    CP1252.map((ch, b) => [ch, b] as const).filter(([ch]) => ch !== '\uFFFD'),
  );
  const CP1252_UNITS = Uint16Array.from(CP1252, (ch) => ch.charCodeAt(0));

  const TCVN3_DECODE: readonly string[] = (() => {
    const table = [...CP1252];
    for (const [hex, letter] of Object.entries(data.tcvn3.bytes)) table[Number.parseInt(hex, 16)] = letter;
    return table;
  })();

  /** every TCVN3 letter and every Windows-1252 character is one UTF-16 code unit */
  const TCVN3_UNITS = Uint16Array.from(TCVN3_DECODE, (ch) => ch.charCodeAt(0));

  const TCVN3_ENCODE = new Map<string, number>();
  for (const [hex, letter] of Object.entries(data.tcvn3.bytes)) TCVN3_ENCODE.set(letter, Number.parseInt(hex, 16));

  /** VNI letters by their bytes: one byte (b) or two (b1 << 8 | b2) → the letter's UTF-16 code unit. */
  const VNI_SINGLE = new Map<number, number>();
  const VNI_PAIR = new Map<number, number>();
  const VNI_ENCODE = new Map<string, number[]>();
  for (const [letter, hex] of Object.entries(data.vni.letters)) {
    const bytes = fromHex(hex);
    VNI_ENCODE.set(letter, bytes);
    const unit = letter.charCodeAt(0);
    if (bytes.length === 1) {
      VNI_SINGLE.set(bytes[0]!, unit);
      continue;
    }
    const [base, mark] = [bytes[0]!, bytes[1]!];
    VNI_PAIR.set((base << 8) | mark, unit);
    // the base letter decides the case: "Aù" is Á whatever the case of the modifier
    const other = CP1252_BYTE.get(flipCase(CP1252[mark]!));
    if (other !== undefined && !VNI_PAIR.has((base << 8) | other)) VNI_PAIR.set((base << 8) | other, unit);
  }

  /** Bytes VNI uses in its letters. */
  const VNI_BYTES = new Set([...VNI_ENCODE.values()].flat());
  return {
    CP1252,
    CP1252_BYTE,
    CP1252_UNITS,
    TCVN3_DECODE,
    TCVN3_UNITS,
    TCVN3_ENCODE,
    VNI_SINGLE,
    VNI_PAIR,
    VNI_ENCODE,
    VNI_BYTES,
  };
}

let built: ReturnType<typeof buildTables> | undefined;
const tables = (): ReturnType<typeof buildTables> => (built ??= buildTables());

// ---- TCVN3 ----

export function decodeTcvn3(bytes: Uint8Array): string {
  const { TCVN3_UNITS } = tables();
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) units[i] = TCVN3_UNITS[bytes[i]!]!;
  return fromUnits(units).normalize('NFC');
}

/** Capital toned vowels have no code: they are written with the lowercase one, as the .VnTimeH font did. */
export function encodeTcvn3(text: string): Uint8Array {
  const { TCVN3_ENCODE, TCVN3_DECODE } = tables();
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = TCVN3_ENCODE.get(ch) ?? TCVN3_ENCODE.get(ch.toLowerCase()) ?? asciiOr1252(ch);
    // a symbol whose Windows-1252 byte TCVN3 uses for a letter ("×" is "ì") cannot be written
    out.push(TCVN3_DECODE[code] === ch || TCVN3_ENCODE.has(ch.toLowerCase()) ? code : 0x3f);
  }
  return Uint8Array.from(out);
}

// ---- VNI ----

export function decodeVni(bytes: Uint8Array): string {
  const { VNI_PAIR, VNI_SINGLE, CP1252_UNITS } = tables();
  const units = new Uint16Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const pair = i + 1 < bytes.length ? VNI_PAIR.get((b << 8) | bytes[i + 1]!) : undefined;
    if (pair !== undefined) {
      units[n++] = pair;
      i++;
    } else {
      units[n++] = VNI_SINGLE.get(b) ?? CP1252_UNITS[b]!;
    }
  }
  return fromUnits(units.subarray(0, n)).normalize('NFC');
}

export function encodeVni(text: string): Uint8Array {
  const { VNI_ENCODE, VNI_BYTES } = tables();
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const letter = VNI_ENCODE.get(ch);
    if (letter) {
      out.push(...letter);
      continue;
    }
    // a symbol whose Windows-1252 byte VNI uses for a letter or a mark ("ñ" is "đ") cannot be written
    const code = asciiOr1252(ch);
    out.push(code < 0x80 || !VNI_BYTES.has(code) ? code : 0x3f);
  }
  return Uint8Array.from(out);
}

// ---- Windows-1258 ----

export function decodeWindows1258(bytes: Uint8Array): string {
  // iconv-lite gives base letters with combining tone marks (docs/packages.md G14)
  return dependency('iconv-lite')
    .decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1258')
    .normalize('NFC');
}

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;

/** Windows-1258 keeps some toned letters precomposed; the others are written as base letter + tone mark. */
export function encodeWindows1258(text: string): Uint8Array {
  const iconv = dependency('iconv-lite');
  const parts: Buffer[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = iconv.encode(ch, 'windows-1258');
    if (direct.length === 1 && (direct[0] !== 0x3f || ch === '?')) {
      parts.push(direct);
      continue;
    }
    const nfd = ch.normalize('NFD');
    const tone = nfd.match(TONE_MARK)?.[0] ?? '';
    const base = nfd.replace(TONE_MARK, '').normalize('NFC');
    parts.push(iconv.encode(base + tone, 'windows-1258'));
  }
  return new Uint8Array(Buffer.concat(parts));
}

// ---- shared ----

export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  switch (encoding) {
    case 'tcvn3':
      return decodeTcvn3(bytes);
    case 'vni':
      return decodeVni(bytes);
    case 'windows-1258':
      return decodeWindows1258(bytes);
  }
}

export function encodeLegacy(text: string, encoding: LegacyEncoding): Uint8Array {
  switch (encoding) {
    case 'tcvn3':
      return encodeTcvn3(text);
    case 'vni':
      return encodeVni(text);
    case 'windows-1258':
      return encodeWindows1258(text);
  }
}

/** A string of Windows-1252 (or Latin-1) characters back to its bytes; null if a character has none. */
export function cp1252Bytes(text: string): Uint8Array | null {
  const { CP1252_BYTE } = tables();
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // C1 controls come from a Latin-1 (not Windows-1252) reading of the same bytes
    const b = code < 0xa0 ? code : CP1252_BYTE.get(text[i]!);
    if (b === undefined) return null;
    out[i] = b;
  }
  return out;
}

const UTF16 = new TextDecoder('utf-16le');

/** UTF-16 code units → string (typed arrays are little-endian on every platform Node runs on). */
function fromUnits(units: Uint16Array): string {
  return UTF16.decode(units);
}

function flipCase(ch: string): string {
  return ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase();
}

function asciiOr1252(ch: string): number {
  const { CP1252_BYTE } = tables();
  const code = ch.codePointAt(0)!;
  return code < 0x80 ? code : (CP1252_BYTE.get(ch) ?? 0x3f);
}
