/**
 * When the document takes effect: "<Loại> này có hiệu lực (thi hành) (kể) từ ngày 01 tháng 8 năm 2026",
 * "… kể từ ngày ký (ban hành)" (on signing), "… từ ngày thông qua" (the adoption date).
 * Only the document's own clause counts: one that opens a sentence or a numbered point, not
 * "trước ngày Thông tư này có hiệu lực" nor "Điều 1 Thông tư này có hiệu lực từ …", nor one quoted
 * from another act (“…”).
 */
import type { DocumentDate, Effective } from '../model/schema.js';
import { EFFECTIVE } from './effective-patterns.js';
import { isoDate } from './place-date.js';
import { inRanges, quotedRanges } from './support/quotes.js';
import type { ExtractContext, Extracted } from './support/context.js';

const CLAUSES = new RegExp(EFFECTIVE.clause.source, EFFECTIVE.clause.flags + 'g');

export function extractEffective(
  { text, layout }: ExtractContext,
  adoption: DocumentDate | null,
): Extracted<Effective | null> {
  const quoted = quotedRanges(text);
  const match = [...layout.canonical.matchAll(CLAUSES)].find((m) => !inRanges(quoted, m.index));
  if (!match) return { value: null, diagnostics: [] };
  const g = match.groups!;
  const span: [number, number] = [match.index + match[0].length - g.when!.length, match.index + match[0].length];
  const raw = text.slice(...span);
  if (g.signing) return { value: { iso: null, onSigning: true, raw, span }, diagnostics: [] };
  if (g.adoption) return { value: { iso: adoption?.iso ?? null, onSigning: false, raw, span }, diagnostics: [] };
  const iso = isoDate(g.year ?? g.year2, g.month ?? g.month2, g.day ?? g.day2);
  return { value: { iso: iso ?? null, onSigning: false, raw, span }, diagnostics: [] };
}
