/**
 * Reading one code group of a ký hiệu against the grammars: canonical case ("TTG" → "TTg"),
 * Đ lost to D by fonts or OCR ("ND" → "NĐ", only when that gives a known code), and a
 * type code glued to its issuer ("QĐUBND" → "QĐ" + "UBND").
 */
import { lookupTypeCode, type TypeFamily } from '../grammar/document-types.js';
import { issuerByCode } from '../grammar/issuer-codes.js';

export type CodeRole = 'type' | 'issuer';

export interface ResolvedCode {
  /** canonical spelling from the grammar */
  code: string;
  /** what had to change to find it */
  fix: 'none' | 'case' | 'ocr';
}

/** More D's than this in one group are not tried (2^n spellings). */
const MAX_D_TRIED = 3;
/** Groups longer than this are not split (a split tries every cut). */
const MAX_SPLIT_LENGTH = 24;

function lookup(code: string, role: CodeRole, family?: TypeFamily): string | undefined {
  if (role === 'type') return lookupTypeCode(code, undefined, family)?.code;
  return issuerByCode(code)?.code;
}

/**
 * A code group as a known type or issuer code, or undefined.
 * @example resolveCode('ND', 'type') // { code: 'NĐ', fix: 'ocr' }
 */
export function resolveCode(printed: string, role: CodeRole, family?: TypeFamily): ResolvedCode | undefined {
  const direct = lookup(printed, role, family);
  if (direct) return { code: direct, fix: direct === printed ? 'none' : 'case' };
  for (const spelling of dSpellings(printed)) {
    const found = lookup(spelling, role, family);
    if (found) return { code: found, fix: 'ocr' };
  }
  return undefined;
}

/** Every spelling with some D's (or d's) read as Đ, fewest changes first. */
function dSpellings(code: string): string[] {
  const positions = [...code].flatMap((ch, i) => (ch === 'D' || ch === 'd' ? [i] : []));
  if (positions.length === 0 || positions.length > MAX_D_TRIED) return [];
  const spellings: Array<{ text: string; changes: number }> = [];
  for (let mask = 1; mask < 1 << positions.length; mask += 1) {
    const chars = [...code];
    let changes = 0;
    positions.forEach((pos, bit) => {
      if ((mask & (1 << bit)) === 0) return;
      chars[pos] = chars[pos] === 'D' ? 'Đ' : 'đ';
      changes += 1;
    });
    spellings.push({ text: chars.join(''), changes });
  }
  return spellings.sort((a, b) => a.changes - b.changes).map((s) => s.text);
}

/**
 * A group that is a known type code glued to a known issuer code, longest type code first.
 * @example splitGlued('QĐUBND') // { type: { code: 'QĐ', … }, issuer: { code: 'UBND', … } }
 */
export function splitGlued(
  printed: string,
  family?: TypeFamily,
): { type: ResolvedCode; issuer: ResolvedCode } | undefined {
  if (printed.length > MAX_SPLIT_LENGTH) return undefined;
  for (let cut = printed.length - 1; cut > 0; cut -= 1) {
    const type = resolveCode(printed.slice(0, cut), 'type', family);
    const issuer = type && resolveCode(printed.slice(cut), 'issuer');
    if (type && issuer) return { type, issuer };
  }
  return undefined;
}
