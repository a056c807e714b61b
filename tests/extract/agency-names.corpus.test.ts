/**
 * The corpus-wide check of issue 14: over every corpus document (seeds, dev, unlabeled), no
 * agency a task names (lead or coordinator) ends in a verb or particle (grammars/agencies.json
 * notInName) or in a number that cites a part of a text or a time ("khoản 1"; "… số 1", "Phường 2 Bảo
 * Lộc", "Vùng Cảnh sát biển 3" are names), nor inside a gazetteer name that a line break cut ("Bảo
 * hiểm xã hội Việt / Nam").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AGENCY } from '../../src/extract/agencies/gazetteer.js';
import { PUBLIC_BODIES } from '../../src/grammar/public-bodies.js';
import { foldWords } from '../../src/grammar/tones.js';
import { parse } from '../../src/parse.js';

const ROOT = fileURLToPath(new URL('../../corpus', import.meta.url));
const DOCUMENTS = ['seeds', 'dev', 'unlabeled'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => /\.(txt|md)$/u.test(f))
    .map((f) => join(dir, f)),
);

const ENDS_IN_VERB_OR_PARTICLE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${AGENCY.notInName.source})$`, 'u');
/** A number after a word that cites a part of a text or a time ("tại khoản 1", "năm 2026") ends no name. */
const ENDS_IN_STRAY_NUMBER =
  /(?<![\p{L}\p{N}])(?:[Kk]hoản|[Đđ]iểm|[Đđ]iều|[Mm]ục|[Cc]hương|[Pp]hụ[ \t]+lục|lần|năm|ngày|tháng)[ \t]+\p{N}+$/u;

/** A year ends no name: the time cell of a table read with the name before it ("Các tỉnh, thành phố 2026 - 2030"). */
const ENDS_IN_YEAR = /(?<![\p{L}\p{N}])(?:19|20)\p{N}{2}$/u;

/** A conjunction or preposition ends no name: the list or the sentence goes on after it. */
const ENDS_IN_JOINER = /(?<![\p{L}\p{N}])(?:và|hoặc|hay|của|với|cho|tại)$/u;

/**
 * The heads of gazetteer names cut before a capital word ("Bảo hiểm xã hội Việt" of "… Việt
 * Nam"): a name that ends so was cut by a line break, folded for case and tone placement.
 */
const CUT_NAMES: readonly string[] = [
  ...new Set(
    PUBLIC_BODIES.flatMap((b) => b.names).flatMap((name) => {
      const words = name.split(' ');
      const cuts: string[] = [];
      for (let k = 2; k < words.length; k++)
        if (/^\p{Lu}/u.test(words[k - 1]!) && /^\p{Lu}/u.test(words[k]!))
          cuts.push(foldWords(words.slice(0, k).join(' ')));
      return cuts;
    }),
  ),
];

/** `name` ends where a gazetteer name it holds goes on: "Các đơn vị trực thuộc của Bảo hiểm xã hội Việt". */
function endsInsideName(name: string): boolean {
  const folded = foldWords(name);
  return CUT_NAMES.some(
    (cut) =>
      folded.endsWith(cut) && (folded.length === cut.length || folded.charAt(folded.length - cut.length - 1) === ' '),
  );
}

function badEnding(name: string): boolean {
  const trimmed = name.replace(/[\s.,;:]+$/u, '');
  return (
    ENDS_IN_VERB_OR_PARTICLE.test(trimmed) ||
    ENDS_IN_STRAY_NUMBER.test(trimmed) ||
    ENDS_IN_JOINER.test(trimmed) ||
    ENDS_IN_YEAR.test(trimmed) ||
    endsInsideName(trimmed)
  );
}

describe('agency names across the corpus', () => {
  it('has documents to check', () => {
    expect(DOCUMENTS.length).toBeGreaterThan(150);
  });

  it('tells a name that runs past its end from one that ends', () => {
    expect(
      [
        'Ủy ban nhân dân tỉnh đã',
        'Sở Y tế tiến hành',
        'Nhà đầu tư phải',
        'Ban Chủ nhiệm gồm có',
        'Nhà đầu tư tại khoản 1',
        'Công an tỉnh trực tiếp quản lý và',
        'Bảo hiểm xã hội Việt',
        'Các đơn vị trực thuộc của Bảo hiểm xã hội Việt',
        'Các tỉnh, thành phố 2026 - 2030',
      ].filter(badEnding),
    ).toHaveLength(9);
    expect(
      [
        'Ủy ban nhân dân tỉnh',
        'Ban Quản lý dự án đầu tư xây dựng số 1',
        'Ủy ban nhân dân Phường 2 Bảo Lộc',
        'Bộ Tư lệnh Vùng Cảnh sát biển 3',
        'Cục Hàng không Việt Nam',
        'Bảo hiểm xã hội Việt Nam',
        'Tổng Liên đoàn Lao động Việt Nam',
      ].filter(badEnding),
    ).toEqual([]);
  });

  it('no task agency ends in a verb, particle or stray number', () => {
    const bad: string[] = [];
    for (const file of DOCUMENTS) {
      const result = parse(readFileSync(join(ROOT, file)), { name: file });
      for (const task of result.tasks) {
        for (const agency of [...task.agencies, ...task.coordinators])
          if (badEnding(agency.name)) bad.push(`${file}: ${agency.name}`);
      }
    }
    expect(bad).toEqual([]);
  }, 120_000);
});
