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
import { quotedAt } from './support/quotes.js';
import type { ExtractContext, Extracted } from './support/context.js';

/** The clause, tried at a line's start (its pattern opens with the text's start or a line break). */
const CLAUSE = new RegExp(EFFECTIVE.clause.source, EFFECTIVE.clause.flags + 'y');
const IN_FORCE = new RegExp(EFFECTIVE.inForce.source, EFFECTIVE.inForce.flags + 'g');

export function extractEffective(
  { text, layout }: ExtractContext,
  adoption: DocumentDate | null,
): Extracted<Effective | null> {
  let match: RegExpExecArray | undefined;
  for (const clause of clauses(layout.canonical)) {
    if (!quotedAt(text, clause.index)) {
      match = clause;
      break;
    }
  }
  if (!match) return { value: null, diagnostics: [] };
  const g = match.groups!;
  const span: [number, number] = [match.index + match[0].length - g.when!.length, match.index + match[0].length];
  const raw = text.slice(...span);
  if (g.signing) return { value: { iso: null, onSigning: true, raw, span }, diagnostics: [] };
  if (g.adoption) return { value: { iso: adoption?.iso ?? null, onSigning: false, raw, span }, diagnostics: [] };
  const iso = isoDate(g.year ?? g.year2, g.month ?? g.month2, g.day ?? g.day2);
  return { value: { iso: iso ?? null, onSigning: false, raw, span }, diagnostics: [] };
}

/**
 * The matches of the clause in `canonical`, in order: those of a global scan. A match holds no line break but the one
 * it opens with, and holds "hiệu lực": the pattern is tried only at the start of a line where those words stand,
 * instead of after every line break of the text.
 */
function* clauses(canonical: string): Generator<RegExpExecArray> {
  let tried = -1;
  IN_FORCE.lastIndex = 0;
  for (let words = IN_FORCE.exec(canonical); words; words = IN_FORCE.exec(canonical)) {
    const lineStart = Math.max(0, canonical.lastIndexOf('\n', words.index));
    if (lineStart === tried) continue;
    tried = lineStart;
    CLAUSE.lastIndex = lineStart;
    const clause = CLAUSE.exec(canonical);
    if (clause) yield clause;
  }
}
