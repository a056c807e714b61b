/**
 * Acceptance: every real số/ký hiệu in corpus/numbers parses, and the type code agrees with the
 * type the portal gives. binhduong.csv has no type column (its trích yếu is the subject, not the
 * type: "kế hoạch …" heads many QĐ that approve a plan), so only sonla.jsonl checks the type.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile, WORD_END } from '../../src/grammar/compile.js';
import { documentTypeByWord, TYPE_WORD_SOURCE } from '../../src/grammar/document-types.js';
import { canonicalTones } from '../../src/grammar/tones.js';
import { NUMBER_TOKEN_SOURCE, parseDocumentNumber } from '../../src/number/parse-document-number.js';
import { readCsv } from '../fixtures/csv.js';

const RATE = 0.995;
const corpus = (name: string) => readFileSync(new URL(`../../corpus/numbers/${name}`, import.meta.url), 'utf8');

function column(rows: string[][], name: string): string[] {
  const [header = [], ...body] = rows;
  const index = header.indexOf(name);
  expect(index, `column ${name}`).toBeGreaterThanOrEqual(0);
  return body.map((r) => r[index] ?? '');
}

const binhduong = column(readCsv(corpus('binhduong.csv')), 'so_ky_hieu');
const sonla = corpus('sonla.jsonl')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as { so_hieu: string; loai_van_ban: string });

interface Outcome {
  input: string;
  ok: boolean;
  typeCode: string | null;
}

function parseAll(inputs: readonly string[]): Outcome[] {
  return inputs.map((input) => {
    const { number } = parseDocumentNumber(input);
    const ok = number !== null && number.text !== null && (number.typeCode !== null || number.issuerCode !== null);
    return { input, ok, typeCode: number?.typeCode ?? null };
  });
}

function expectRate(outcomes: readonly Outcome[], name: string): void {
  const failures = outcomes.filter((o) => !o.ok).map((o) => o.input);
  const rate = 1 - failures.length / outcomes.length;
  console.info(`${name}: ${outcomes.length - failures.length}/${outcomes.length} parsed (${(rate * 100).toFixed(2)}%)`);
  expect(rate, `${name} failures:\n${failures.join('\n')}`).toBeGreaterThanOrEqual(RATE);
}

describe('real numbers parse', () => {
  it('reads the whole corpus', () => {
    expect(binhduong.length).toBe(1531);
    expect(sonla.length).toBe(184);
  });

  it('binhduong.csv so_ky_hieu', () => expectRate(parseAll(binhduong), 'binhduong'));

  it('sonla.jsonl so_hieu', () => expectRate(parseAll(sonla.map((r) => r.so_hieu)), 'sonla'));
});

// The type word that opens "Quyết định của Chủ tịch UBND tỉnh", "Nghị quyết HĐND xã".
const LEADING_TYPE = compile('test/leading-type-word', `^(?:${TYPE_WORD_SOURCE})${WORD_END}`, 'iu');

/**
 * Rows where the portal's category contradicts the number itself, each checked by hand.
 * They are counted apart so that the rate measures the parser, and listed so that a fix
 * of the data or a change of the parser shows up here.
 */
const PORTAL_CATEGORY_ERRORS: Readonly<Record<string, string>> = {
  '23/QĐ-TT HĐND': 'filed as Nghị quyết; QĐ of the Thường trực HĐND (its trích yếu cites "Quyết định số 120/QĐTTHĐND")',
  '01/QĐ-TT HĐND': 'filed as Nghị quyết; same QĐ-TT HĐND series as the row above',
  '15/CT-UBND': 'filed as Quyết định; a Chỉ thị (CT) of the Chủ tịch UBND on the 2026 exams',
};

describe('type code agrees with the stated type (sonla loai_van_ban)', () => {
  const rows = sonla.map((row) => {
    const word = LEADING_TYPE.exec(canonicalTones(row.loai_van_ban.normalize('NFC')))?.[0];
    const codes = word ? (documentTypeByWord(word)?.codes ?? []) : [];
    const { typeCode } = parseDocumentNumber(row.so_hieu).number ?? { typeCode: null };
    return {
      input: row.so_hieu,
      type: row.loai_van_ban,
      typeCode,
      agrees: typeCode !== null && codes.includes(typeCode),
    };
  });

  it('every row names a known type', () => {
    expect(rows.filter((r) => !LEADING_TYPE.test(canonicalTones(r.type.normalize('NFC')))).map((r) => r.type)).toEqual(
      [],
    );
  });

  it(`agrees on at least ${RATE * 100}% of rows`, () => {
    const checked = rows.filter((r) => !(r.input in PORTAL_CATEGORY_ERRORS));
    const disagree = checked.filter((r) => !r.agrees);
    const rate = 1 - disagree.length / checked.length;
    const all = rows.filter((r) => r.agrees).length / rows.length;
    console.info(
      `sonla type agreement: ${(rate * 100).toFixed(2)}% (${(all * 100).toFixed(2)}% counting the portal's own errors)`,
    );
    const listing = disagree.map((r) => `${r.input}: ${r.type} ≠ ${r.typeCode}`).join('\n');
    expect(rate, `disagreements:\n${listing}`).toBeGreaterThanOrEqual(RATE);
  });

  it('the listed portal errors still disagree (else drop them from the list)', () => {
    const listed = rows.filter((r) => r.input in PORTAL_CATEGORY_ERRORS);
    expect(listed.map((r) => r.input).sort()).toEqual(Object.keys(PORTAL_CATEGORY_ERRORS).sort());
    expect(listed.filter((r) => r.agrees)).toEqual([]);
  });
});

describe('the cleaned text is a token that citation finders can match', () => {
  const token = new RegExp(`^(?:${NUMBER_TOKEN_SOURCE})$`, 'u');
  it('matches NUMBER_TOKEN_SOURCE completely', () => {
    const texts = [...binhduong, ...sonla.map((r) => r.so_hieu)].map((input) => parseDocumentNumber(input).number);
    // a Party serial with no "/" (251-BCĐ) is too loose a shape for running text
    const complete = texts.filter((n) => n?.text && !(n.scheme === 'party' && !n.text.includes('/')));
    const misses = complete.filter((n) => !token.test(n?.text ?? '')).map((n) => n?.text);
    expect(misses).toEqual([]);
  });
});

describe('robustness on the corpus', () => {
  it('no call throws, whatever the row', () => {
    const everything = [...binhduong, ...sonla.flatMap((r) => [r.so_hieu, r.loai_van_ban])];
    for (const input of everything) expect(() => parseDocumentNumber(input)).not.toThrow();
  });
});
