/**
 * eIds after the AKN naming convention: an element's abbreviation and its number
 * (`art_5`, `para_2`, `point_dd`), joined to the parent's with `__` (`chp_ii__art_5__para_2`).
 * One registry per document keeps every eId unique, meta and body alike.
 */
import { alternation, compile } from '../grammar/compile.js';
import { UNIT_WORDS } from '../outline/markers.js';
import { slug } from './slug.js';

/** The AKN abbreviations of the hierarchy elements an outline uses. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  part: 'part',
  chapter: 'chp',
  section: 'sec',
  article: 'art',
  division: 'dvs',
  paragraph: 'para',
  subparagraph: 'subpara',
  point: 'point',
  indent: 'indent',
  hcontainer: 'hcontainer',
};

export class EIds {
  private readonly used = new Set<string>();

  /** `base` itself when free, else `base-2`, `base-3`… */
  claim(base: string): string {
    let eId = base;
    for (let n = 2; this.used.has(eId); n++) eId = `${base}-${n}`;
    this.used.add(eId);
    return eId;
  }

  /** A hierarchy element's eId; an element without a number ("-", "+") is numbered by its position. */
  hierarchy(parent: string | null, element: string, label: string, position: number): string {
    const number = labelNumber(label) || String(position);
    const own = `${ABBREVIATIONS[element] ?? element}_${number}`;
    return this.claim(parent ? `${parent}__${own}` : own);
  }

  /** A meta entry's eId: `org_uy-ban-nhan-dan-tinh-kien-giang`. */
  named(prefix: string, name: string): string {
    return this.claim(`${prefix}_${slug(name) || 'x'}`);
  }
}

// the unit word before the number ("Điều 5." → "5", "Phần thứ nhất" → "thu-nhat")
/** A label's unit word (grammars/outline.json, the words the outline reads labels by). */
const UNIT_WORD = compile('akn#unitWord', String.raw`^\[?\s*(?:${alternation(UNIT_WORDS)})\s+`, 'iu');

/** The number of a label as an eId part: "Điều 12a." → "12a", "đ)" → "dd", "(3)" → "3", "-" → "". */
export function labelNumber(label: string): string {
  return slug(label.replace(UNIT_WORD, ''), 'dd');
}
