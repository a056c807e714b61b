/** ASCII slugs for URIs and eIds: "Ủy ban nhân dân tỉnh" → "uy-ban-nhan-dan-tinh". */
import { withoutMarks } from '../grammar/tones.js';

const NOT_SLUG = /[^a-z0-9]+/g;
const EDGE_DASHES = /^-+|-+$/g;
const MAX_LENGTH = 60;

/**
 * Lower case, diacritics dropped, đ as d (so "NĐ-CP" gives "nd-cp"), other runs as "-".
 * @example slug('15/NĐ-CP') // '15-nd-cp'
 */
export function slug(text: string, dd = 'd'): string {
  const ascii = withoutMarks(text, dd).toLowerCase();
  return ascii.replace(NOT_SLUG, '-').slice(0, MAX_LENGTH).replace(EDGE_DASHES, '');
}
