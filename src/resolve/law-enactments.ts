/**
 * A law cited by name, keyed to one enactment by the laws table (grammars/laws.json): "Luật Đầu
 * tư công" cited in 2021 is 39/2019/QH14, cited in 2025 it is 58/2024/QH15. The enactment is the
 * one the year names ("Luật Khoáng sản năm 2010"), else the one in force at the citing
 * document's date. When the table cannot say for sure (no date, a date between a new law's
 * adoption and its entry into force, a date before the oldest enactment the table knows, dates
 * the table lacks), the name keeps its name-only key: a guess would merge two laws.
 */
import { enactedOn, LAWS, lawsTitled, type Law } from '../grammar/laws.js';
import { foldWords } from '../grammar/tones.js';

export type LawResolution = { law: Law; basis: 'year' | 'date' | 'only' } | { law: null; reason: string };

/** The enactment a law cited by name stands for; `citingDate` is the citing document's ISO date. */
export function resolveLawName(
  name: string,
  year: string | null,
  citingDate: string | null,
  adoptedOn: string | null = null,
): LawResolution {
  const enactments = lawsTitled(name).filter((law) => law.kind !== 'Nghị quyết');
  if (enactments.length === 0) return { law: null, reason: 'not in the laws table' };
  if (enactments.length === 1 && enactments[0]!.number === null) return { law: enactments[0]!, basis: 'only' };
  // "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025": the day it was adopted
  const adopted = adoptedOn ? enactments.filter((law) => law.adopted === adoptedOn) : [];
  if (adopted.length === 1) return { law: adopted[0]!, basis: 'year' };
  const given = year ?? adoptedOn?.slice(0, 4) ?? null;
  if (given) {
    const named = enactments.filter((law) => enactedOn(law).startsWith(given));
    if (named.length === 1) return { law: named[0]!, basis: 'year' };
    // two enactments in one year (65/2025/QH15 and 72/2025/QH15): the one in force then
    const inForce = named.length > 1 && citingDate ? inForceOn(named, citingDate) : null;
    return inForce?.law ? inForce : { law: null, reason: `no single enactment of ${given}` };
  }
  if (!citingDate) return { law: null, reason: 'the citing document has no date' };
  return inForceOn(enactments, citingDate);
}

/** The enactment in force on `date`, when the table's dates decide it. */
function inForceOn(enactments: readonly Law[], date: string): LawResolution {
  const last = enactments.findLastIndex((law) => startsBy(law) <= date);
  if (last === -1) return { law: null, reason: `cited on ${date}, before the oldest enactment the table knows` };
  const law = enactments[last]!;
  if (!surelyInForce(law, date, last > 0))
    return { law: null, reason: `${law.number} may not yet be in force on ${date}` };
  const next = enactments[last + 1];
  if (next && !surelyBefore(next, date))
    return { law: null, reason: `${next.number} was adopted but not yet in force on ${date}` };
  return { law, basis: 'date' };
}

/** The earliest day the law may be in force. */
function startsBy(law: Law): string {
  return law.effective ?? law.adopted ?? `${yearOf(law)}-01-01`;
}

function surelyInForce(law: Law, date: string, replacesOne: boolean): boolean {
  if (law.effective) return law.effective <= date;
  // adopted: cited by its name, the new law is meant
  if (law.adopted) return law.adopted <= date;
  // without any date, a later year is sure for a title first enacted then; where it replaced an
  // older law of the same title, only the year after next is: a law passed late in one year often
  // takes effect in the middle of the next (Luật Viên chức 129/2025/QH15, passed in December 2025,
  // in force from July 2026), and until then the name means the old law
  return `${Number(yearOf(law)) + (replacesOne ? 1 : 0)}-12-31` < date;
}

/** `date` surely falls before the next enactment was adopted. */
function surelyBefore(next: Law, date: string): boolean {
  if (next.adopted) return date < next.adopted;
  return date < `${yearOf(next)}-01-01`;
}

function yearOf(law: Law): string {
  let year = YEARS.get(law);
  if (year === undefined) YEARS.set(law, (year = enactedOn(law).slice(0, 4)));
  return year;
}

/** Each law's year and key, read once: every named law of every document asks for them. */
const YEARS = new WeakMap<Law, string>();
const KEYS = new WeakMap<Law, string>();

/** The key of an enactment: its number's key, or, for a Constitution without one, its title's. */
export function lawKey(law: Law): string {
  let key = KEYS.get(law);
  if (key === undefined) {
    key = law.number ? `vn:${foldWords(law.number)}` : `vn:${foldWords(law.kind)}:${foldWords(law.title)}`;
    KEYS.set(law, key);
  }
  return key;
}

// built on the first lookup: folding every key of the table cost a tenth of `import 'vanban'`
let byKey: Map<string, Law> | undefined;

/** The law of the table a key names (`vn:39/2019/qh14`), if it is one. */
export function lawByKey(key: string): Law | undefined {
  byKey ??= new Map(LAWS.filter((law) => law.kind !== 'Nghị quyết').map((law) => [lawKey(law), law]));
  return byKey.get(key);
}
