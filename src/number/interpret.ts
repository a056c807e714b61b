/**
 * From the code groups of a matched number to the contract fields: which group is the type
 * code, which the issuer(s), which the drafting unit, with every fix recorded.
 *
 * State symbols (after "/" or "/YYYY/"):
 *   known type code first      → TYPE-ISSUER[-ISSUER…|-UNIT]   2280/QĐ-UBND, 01/2025/TT-BLĐTBXH
 *   known issuer code first    → ISSUER[-UNIT] (công văn)      403/UBND-KGVX, 121/2020/QH14
 *   type code glued to issuer  → split                         3027/QĐUBND
 *   unknown, then a known issuer → unknown type code            12/KT-UBND
 *   otherwise                  → issuer as printed[-UNIT]      3169/TCT06
 * After the issuer, a group that is a known issuer code is a co-issuer (joint numbers); the
 * first other group is the unit. For a joint type (TTLT, QCPH) every group is an issuer.
 */
import { lookupTypeCode, type TypeFamily } from '../grammar/document-types.js';
import { issuerByCode } from '../grammar/issuer-codes.js';
import { resolveCode, splitGlued, type ResolvedCode } from './codes.js';

export interface Codes {
  typeCode: string | null;
  issuerCodes: string[];
  unitCode: string | null;
  /** the symbol rebuilt from the canonical groups */
  groups: string[];
  fixes: string[];
  unknownType: string | null;
  /** a Party-punctuated number without type code or "/" (251-BCĐ) */
  incomplete?: boolean;
}

function emptyCodes(): Codes {
  return { typeCode: null, issuerCodes: [], unitCode: null, groups: [], fixes: [], unknownType: null };
}

/**
 * Read a state symbol ("QĐ-UBND", "UBND-KGVX", "QH14").
 * @example readStateSymbol(['TTLT', 'BTC', 'BLĐTBXH'], 'normative').issuerCodes // ['BTC', 'BLĐTBXH']
 */
export function readStateSymbol(groups: readonly string[], family: TypeFamily): Codes {
  const codes = emptyCodes();
  const [first = '', ...rest] = groups;
  const type = resolveCode(first, 'type', family);
  if (type) return typed(codes, first, type, rest, family);
  const issuer = resolveCode(first, 'issuer');
  if (issuer) return congVan(codes, first, issuer, rest);
  const glued = splitGlued(first, family);
  if (glued) {
    codes.fixes.push(`"${first}" split into "${glued.type.code}-${glued.issuer.code}" (hyphen lost)`);
    return typed(codes, first, glued.type, [glued.issuer.code, ...rest], family);
  }
  if (rest[0] !== undefined && resolveCode(rest[0], 'issuer')) {
    codes.unknownType = first;
    return typed(codes, first, { code: first, fix: 'none' }, rest, family);
  }
  return congVan(codes, first, { code: first, fix: 'none' }, rest);
}

/**
 * Read a Party number's type and issuer groups ("CT" and "TW" of 28-CT/TW).
 * @example readPartySymbol('KH', ['TU']).typeCode // 'KH'
 */
export function readPartySymbol(typeGroup: string, issuerGroups: readonly string[]): Codes {
  const codes = emptyCodes();
  const type = resolveCode(typeGroup, 'type', 'party');
  if (!type) codes.unknownType = typeGroup;
  return typed(codes, typeGroup, type ?? { code: typeGroup, fix: 'none' }, issuerGroups, 'party');
}

function typed(codes: Codes, printed: string, type: ResolvedCode, rest: readonly string[], family: TypeFamily): Codes {
  codes.typeCode = type.code;
  recordFix(codes, printed, type);
  codes.groups.push(type.code);
  const joint = lookupTypeCode(type.code, undefined, family)?.type.joint === true;
  rest.forEach((group, i) => addAfterType(codes, group, joint, i === 0));
  return codes;
}

/** A group after the type code: the issuer, a co-issuer, or the unit. */
function addAfterType(codes: Codes, printed: string, joint: boolean, isFirst: boolean): void {
  const known = resolveCode(printed, 'issuer');
  if (known) recordFix(codes, printed, known);
  const code = known?.code ?? printed;
  codes.groups.push(code);
  if (isFirst || joint || known) codes.issuerCodes.push(withoutSubUnit(codes, code));
  else if (codes.unitCode === null) codes.unitCode = code;
}

/** A công văn: issuer then unit ("UBND-KGVX"); further groups stay in the text only. */
function congVan(codes: Codes, printed: string, issuer: ResolvedCode, rest: readonly string[]): Codes {
  recordFix(codes, printed, issuer);
  codes.groups.push(issuer.code, ...rest);
  codes.issuerCodes.push(withoutSubUnit(codes, issuer.code));
  if (rest[0] !== undefined && codes.unitCode === null) codes.unitCode = rest[0];
  return codes;
}

/** "CAT(PC04)": issuer CAT, unit PC04 (the parenthesised drafting unit). */
function withoutSubUnit(codes: Codes, code: string): string {
  const open = code.indexOf('(');
  if (open <= 0 || !code.endsWith(')')) return code;
  if (codes.unitCode === null) codes.unitCode = code.slice(open + 1, -1);
  return code.slice(0, open);
}

function recordFix(codes: Codes, printed: string, resolved: ResolvedCode): void {
  if (resolved.fix === 'ocr') codes.fixes.push(`"${printed}" read as "${resolved.code}" (Đ printed as D)`);
  if (resolved.fix === 'case') codes.fixes.push(`"${printed}" written "${resolved.code}"`);
}

/** True when a state-shaped number has a Party type and an issuer code only the Party uses (36/CT-TW). */
export function looksLikeParty(codes: Codes): boolean {
  const issuer = codes.issuerCodes[0];
  if (!codes.typeCode || !issuer || codes.unknownType) return false;
  const type = lookupTypeCode(codes.typeCode, undefined, 'party')?.type;
  return type?.families.includes('party') === true && issuerByCode(issuer)?.family === 'party';
}
