/**
 * How the citing document relates to one mention: "Căn cứ …" → basedOn, "Thực hiện …" →
 * implements, "Xét đề nghị …" → proposal (opening triggers of the preamble, clause by clause,
 * and of the title), "bãi bỏ / thay thế / sửa đổi, bổ sung …" → repeals / replaces / amends
 * (the verb in the mention's own sentence), a title opening "Hướng dẫn …" → guides; else cites.
 */
import type { Relation } from '../../model/schema.js';
import type { Line } from '../../layout/lines.js';
import { RELATION } from './patterns.js';
import type { Mention } from './mentions.js';

export interface RelationContext {
  match: string;
  lines: readonly Line[];
  /** the document's title, which may state what it implements, amends or guides */
  title: [number, number] | null;
  /** index of the first line after the preamble (the first outline label) */
  preambleEnd: number;
}

/** Strongest first: a reference takes the strongest relation among its mentions. */
export const RELATION_ORDER: readonly Relation[] = ['implements', 'basedOn', 'proposal', 'replaces', 'repeals', 'amends', 'guides', 'cites'];

/** How far into a paragraph its opening may reach ("Ủy ban nhân dân tỉnh nhận được …"). */
const OPENING_REACH = 100;

/** How far before the mention an operative verb may stand ("Bãi bỏ Thông tư số …"). */
const VERB_REACH = 60;

export function relationOf(mention: Mention, ctx: RelationContext): Relation {
  const at = mention.span[0];
  if (ctx.title && at >= ctx.title[0] && at < ctx.title[1]) return titleRelation(mention, ctx, ctx.title);
  const line = lineAt(ctx.lines, at);
  if (line && line.index < ctx.preambleEnd) {
    // a submission named with its proposer ("đề nghị của Sở Nội vụ tại Tờ trình số …")
    if (mention.proposed && !mention.number?.year) return 'proposal';
    const start = paragraphStart(ctx.lines, line);
    const opening = openingRelation(clauseAt(ctx.match, start, at), ctx.match.slice(start, line.end));
    if (opening) return opening === 'basedOn' && isInsideTitle(mention, ctx.match, start) ? 'cites' : opening;
  }
  return operativeRelation(mention, ctx.match) ?? 'cites';
}

function titleRelation(mention: Mention, ctx: RelationContext, title: [number, number]): Relation {
  const text = ctx.match.slice(title[0], title[1]);
  if (RELATION.implementsInTitle.test(ctx.match.slice(title[0], mention.span[0]))) return 'implements';
  const operative = operativeRelation(mention, ctx.match);
  if (operative) return operative;
  return RELATION.guides.test(text) ? 'guides' : 'cites';
}

/** The trigger of the mention's clause (after the last ";"), else of its paragraph. */
function openingRelation(clause: string, paragraph: string): Relation | null {
  return triggerOf(clause) ?? triggerOf(paragraph);
}

function triggerOf(text: string): Relation | null {
  if (RELATION.basedOn.test(text)) return 'basedOn';
  if (RELATION.proposal.test(text) || RELATION.received.test(text.slice(0, OPENING_REACH))) return 'proposal';
  if (RELATION.implements.test(text)) return 'implements';
  return null;
}

/** The clause the mention stands in, when the paragraph has several ("Căn cứ …; để thực hiện …"). */
function clauseAt(match: string, start: number, at: number): string {
  const before = match.slice(start, at);
  let cut = -1;
  for (const m of before.matchAll(CLAUSE_BREAK)) cut = m.index + m[0].length;
  return cut === -1 ? '' : match.slice(start + cut, at).trimStart();
}

const CLAUSE_BREAK = /;|\.\s+(?=\p{Lu})/gu;

/**
 * A paragraph runs back over lines that do not end a sentence (hard-wrapped text), but not over
 * a heading in capitals, and not past a line that opens with a trigger of its own.
 */
function paragraphStart(lines: readonly Line[], line: Line): number {
  let first = line;
  for (let i = line.index - 1; i >= 0 && triggerOf(first.match) === null; i--) {
    const above = lines[i]!;
    if (above.blank || above.caps || /[.;:!?]$/u.test(above.match)) break;
    first = above;
  }
  return first.start + first.indent;
}

/**
 * A named law inside the title of the instrument a "Căn cứ" clause cites ("Căn cứ Nghị định số
 * 115/2015/NĐ-CP … quy định chi tiết một số điều của Luật Bảo hiểm xã hội") is cited, not a basis.
 */
function isInsideTitle(mention: Mention, match: string, start: number): boolean {
  return mention.number === null && RELATION.ofBefore.test(match.slice(Math.max(start, mention.span[0] - 12), mention.span[0]));
}

/**
 * An operative verb of the mention's clause: opening it ("Bãi bỏ Thông tư số …", "Điều 1. Đính
 * chính … Thông tư số …"), after "và" ("… và thay thế Quyết định số …"), or "hết hiệu lực" after it.
 */
function operativeRelation(mention: Mention, match: string): Relation | null {
  const clauseStart = lastBoundary(match, mention.span[0]);
  let before = match.slice(Math.max(clauseStart, mention.span[0] - VERB_REACH), mention.span[0]);
  // far from the clause start only the "và thay thế …" form counts
  before = mention.span[0] - clauseStart <= VERB_REACH ? before.trimStart() : ` ${before}`;
  before = before.slice(RELATION.clauseLead.exec(before)?.[0].length ?? 0);
  for (const relation of ['replaces', 'repeals', 'amends'] as const) {
    const verb = RELATION[relation].exec(before);
    if (verb) return relation === 'replaces' && RELATION.partialObject.test(before.slice(verb.index)) ? 'amends' : relation;
  }
  const after = match.slice(mention.span[1], nextBoundary(match, mention.span[1]));
  return RELATION.expires.test(after) ? 'repeals' : null;
}

function lastBoundary(match: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && !/[.;:\n]/.test(match[i]!)) i--;
  return i + 1;
}

function nextBoundary(match: string, at: number): number {
  let i = at;
  while (i < match.length && !/[.;\n]/.test(match[i]!)) i++;
  return i;
}

function lineAt(lines: readonly Line[], at: number): Line | undefined {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const line = lines[mid]!;
    if (at < line.start) hi = mid - 1;
    else if (at > line.end) lo = mid + 1;
    else return line;
  }
  return undefined;
}
