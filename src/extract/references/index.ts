/**
 * References, the reading half: every mention of a cited instrument with the relation the
 * document has to it, and the changes the text states between two cited instruments. Turning
 * mentions into references (merging, keys, issuers completed) is resolve/cited.ts.
 */
import type { Relation } from '../../model/schema.js';
import type { Layout } from '../../layout/index.js';
import { findMentions } from './mentions.js';
import type { Mention } from '../../model/mention.js';
import { isQuotedMention, operativeRelation, relationOf, type RelationContext } from './relation.js';
import { expiryPhrases, governedRelations, statedChanges, type StatedChange } from './governed.js';
import { RELATION } from './reference-patterns.js';

/** What {@link readMentions} finds. */
export interface ReadMentions {
  /** every mention, with the relation the document has to what it names */
  related: Array<{ mention: Mention; relation: Relation }>;
  /** the mentions that are not back references ("Nghị định này", "Kế hoạch nêu trên") */
  cited: Mention[];
  /** changes the text states between two cited mentions ("… được sửa đổi, bổ sung bởi …") */
  changes: StatedChange[];
  /** the text as matched (tone placement canonical: `Layout.canonical`) */
  canonical: string;
  /** where the preamble ends (a text offset): a consolidated text's header stands before it */
  preambleEnd: number;
}

/**
 * Every mention in a normalized text and its relation; `title` is the title's span, `layout` the text's (read once).
 */
export function readMentions(text: string, options: { title?: [number, number] | null; layout: Layout }): ReadMentions {
  const { layout } = options;
  const { canonical } = layout;
  const mentions = findMentions(text, canonical);
  const preambleEnd = findPreambleEnd(layout, options.title ?? null);
  const title = options.title ?? null;
  const publishesList = title !== null && RELATION.publishesList.test(canonical.slice(title[0], title[1]));
  const ctx: RelationContext = {
    canonical,
    lines: layout.lines,
    title,
    preambleEnd,
    publishesList,
    bodyEnd: annexStart(layout, preambleEnd),
    // found once: the lists they end and the mentions they follow
    expiries: expiryPhrases(canonical),
  };
  const governed = publishesList
    ? new Map()
    : governedRelations(mentions, canonical, layout.lines, (m) => operativeRelation(m, ctx), ctx.expiries);
  const related = mentions.map((mention) => {
    const own = relationOf(mention, ctx);
    return {
      mention,
      relation: own === 'cites' && !isQuotedMention(mention, ctx) ? (governed.get(mention.span[0]) ?? own) : own,
    };
  });
  const cited = mentions.filter((m) => !m.backReference);
  return {
    related,
    cited,
    changes: statedChanges(cited, canonical),
    canonical,
    preambleEnd: layout.lines[preambleEnd]?.start ?? canonical.length,
  };
}

/** The first outline label after the title (or the header) ends the preamble. */
function findPreambleEnd(layout: Layout, title: [number, number] | null): number {
  const from = title ? layout.lines.findIndex((l) => l.end >= title[1]) + 1 : layout.header.bodyStart;
  const end = layout.lines.findIndex((l, i) => i >= from && RELATION.outlineStart.test(l.canonical));
  return end === -1 ? layout.lines.length : end;
}

/**
 * The first line of an annex or a form after the preamble (or the body's end): where a "Căn cứ" line is no longer the
 * document's.
 */
function annexStart(layout: Layout, preambleEnd: number): number {
  const at = layout.lines.findIndex(
    (l, i) => i >= preambleEnd && i < layout.bodyEnd && RELATION.annexStart.test(l.canonical),
  );
  return at === -1 ? layout.bodyEnd : at;
}
