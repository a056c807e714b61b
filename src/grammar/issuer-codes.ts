/**
 * Issuer codes of the ký hiệu (grammars/issuer-codes.json): "CP", "UBND", "BLĐTBXH", "TW",
 * term-suffixed "QH15", with the dates each code was in use and its successor.
 */
import { alternation, compile, WORD_END, WORD_START } from './compile.js';
import { registerGrammarChecks } from './checks.js';
import { foldCode } from './document-types.js';
import { load } from './load.js';
import type { IssuerCodeEntry as IssuerEntry } from './grammar-schema.js';

export const ISSUER_FAMILIES = ['central', 'ministry', 'local', 'party', 'shared'] as const;
export type IssuerFamily = (typeof ISSUER_FAMILIES)[number];

const GRAMMAR = 'issuer-codes';
const ENTRIES: readonly IssuerEntry[] = load(GRAMMAR).entries;

/** What issuerByCode returns. */
export interface IssuerCode {
  /** canonical spelling, with the term for term-suffixed codes ("QH15") */
  code: string;
  name: string;
  family: IssuerFamily;
  validFrom: string | null;
  validTo: string | null;
  /** canonical code of the body that took over, if any */
  successor: string | null;
  /** the term (khóa) of a term-suffixed code */
  term: number | null;
  /** the body is one of many of its kind (a province's UBND, Tỉnh ủy): its jurisdiction must come from context */
  local: boolean;
}

// A term is one or two digits (QH9 … QH16).
const TERM = String.raw`[0-9]{1,2}`;
const TERM_CODE = compile(`${GRAMMAR}/term`, String.raw`^(?<stem>\D+?)(?<term>[0-9]{1,2})$`, 'u');

function entryPattern(entry: IssuerEntry): string {
  const suffix = entry.termSuffix ? TERM : '';
  return `${WORD_START}(?:${alternation([entry.code, ...(entry.variants ?? [])])})${suffix}${WORD_END}`;
}

const BY_CODE = new Map<string, IssuerEntry[]>();
const BY_TERM_STEM = new Map<string, IssuerEntry>();
const BY_ID = new Map<string, IssuerEntry>();
for (const entry of ENTRIES) {
  BY_ID.set(entry.id, entry);
  for (const spelling of [entry.code, ...(entry.variants ?? [])]) {
    const key = foldCode(spelling);
    if (entry.termSuffix) BY_TERM_STEM.set(key, entry);
    else BY_CODE.set(key, [...(BY_CODE.get(key) ?? []), entry]);
  }
}
for (const entry of ENTRIES) {
  if (entry.successor && !BY_ID.has(entry.successor))
    throw new Error(`grammars/${GRAMMAR}: ${entry.id}: unknown successor`);
}

function inUse(entry: IssuerEntry, date: string | undefined): boolean {
  if (!date) return true;
  return (!entry.validFrom || date >= entry.validFrom) && (!entry.validTo || date <= entry.validTo);
}

function toIssuer(entry: IssuerEntry, term: string | null): IssuerCode {
  return {
    code: entry.code + (term ?? ''),
    name: entry.name,
    family: entry.family,
    validFrom: entry.validFrom ?? null,
    validTo: entry.validTo ?? null,
    successor: entry.successor ? (BY_ID.get(entry.successor)?.code ?? null) : null,
    term: term === null ? null : Number(term),
    local: entry.family === 'local' || entry.local === true,
  };
}

/**
 * The body an issuer code stands for, case-insensitively (canonical case from the grammar).
 * With an ISO `date`, a code not in use on that date gives undefined (BTNMT after 2025-02-28).
 * @example issuerByCode('TTG')?.code // 'TTg'
 * @example issuerByCode('QH15')?.term // 15
 * @example issuerByCode('BLĐTBXH')?.successor // 'BNV'
 */
export function issuerByCode(code: string, date?: string): IssuerCode | undefined {
  const folded = foldCode(code.trim());
  const plain = BY_CODE.get(folded)?.find((e) => inUse(e, date));
  if (plain) return toIssuer(plain, null);
  const groups = TERM_CODE.exec(folded)?.groups;
  const termed = groups?.stem ? BY_TERM_STEM.get(groups.stem) : undefined;
  return termed && groups?.term && inUse(termed, date) ? toIssuer(termed, groups.term) : undefined;
}

/**
 * The body of the whole country an issuer code stands for (a central body or a ministry), as {@link issuerByCode} reads
 * it; undefined for a local code ("UBND": whose?), a Party or shared one, or an unknown one.
 */
export function nationalIssuerByCode(code: string, date?: string): IssuerCode | undefined {
  const body = issuerByCode(code, date);
  return body && !body.local && (body.family === 'central' || body.family === 'ministry') ? body : undefined;
}

/** Every issuer code in the grammar (canonical spelling, without term suffixes). */
export const ISSUER_CODES: readonly string[] = ENTRIES.map((e) => e.code);

registerGrammarChecks(() =>
  ENTRIES.map((entry) => ({
    grammar: GRAMMAR,
    id: entry.id,
    pattern: compile(`${GRAMMAR}#${entry.id}`, entryPattern(entry), 'iu'),
    examples: entry.examples,
    counterExamples: entry.counterExamples,
  })),
);
