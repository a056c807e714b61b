/**
 * The outline as the AKN body hierarchy: one element per node, chosen by the kind of its label
 * (Phần → part, Chương → chapter, Mục → section, Điều → article, I. → division, 1. → paragraph,
 * 1.1./(1) → subparagraph, a) → point, -/+ → indent), with `<num>` and `<heading>`.
 * The body carries the structure, not the running text (that travels in the proprietary block).
 */
import { OUTLINE_KINDS, type OutlineKind, type OutlineNode } from '../model/schema.js';
import { markerOf } from '../outline/markers.js';
import type { EIds } from './eids.js';
import { readSpan, spanText } from './vb-attributes.js';
import { VB } from './namespaces.js';
import { child, el, elements, textEl, textOf, type XmlElement } from './xml-tree.js';

const ELEMENTS: Readonly<Record<OutlineKind, string>> = {
  part: 'part',
  chapter: 'chapter',
  section: 'section',
  article: 'article',
  roman: 'division',
  decimal: 'subparagraph',
  clause: 'paragraph',
  paren: 'subparagraph',
  point: 'point',
  dash: 'indent',
  plus: 'indent',
};
/** for a label the outline grammar does not know */
const GENERIC = 'hcontainer';

/** The kind each element stands for when it stands for one only (subparagraph and indent hold two). */
const KIND_OF_ELEMENT: ReadonlyMap<string, OutlineKind> = new Map(
  OUTLINE_KINDS.filter((kind) => OUTLINE_KINDS.filter((k) => ELEMENTS[k] === ELEMENTS[kind]).length === 1).map(
    (kind) => [ELEMENTS[kind], kind],
  ),
);

// a label is read as the start of a line with a heading after it: "I" alone is no roman numeral, "I NỘI DUNG" is
const AS_LINE = ' NỘI DUNG';

/**
 * The kind of a node read back from AKN: the element's own when it has one, else the `vb:kind` vanban writes,
 * else (AKN from another producer) the kind of its label; a label of no known kind is taken as a clause.
 */
function kindOf(element: XmlElement, label: string): OutlineKind {
  const written = element.attrs[`${VB}kind`];
  if (written !== undefined && (OUTLINE_KINDS as readonly string[]).includes(written)) return written as OutlineKind;
  const own = KIND_OF_ELEMENT.get(element.name);
  if (own) return own;
  const marker = markerOf(label + AS_LINE);
  return marker && marker.label === label ? marker.kind : 'clause';
}

/** The body's children; a document without an outline gets one empty hcontainer (the body may not be empty). */
export function outlineToBody(outline: readonly OutlineNode[], eids: EIds): XmlElement[] {
  if (outline.length === 0) return [el(GENERIC, { eId: eids.claim('hcontainer_1'), name: 'noOutline' })];
  return nodesToAkn(outline, null, 1, eids);
}

function nodesToAkn(nodes: readonly OutlineNode[], parent: string | null, depth: number, eids: EIds): XmlElement[] {
  const positions = new Map<string, number>();
  return nodes.map((node) => {
    const element = ELEMENTS[node.kind];
    const position = (positions.get(element) ?? 0) + 1;
    positions.set(element, position);
    const eId = eids.hierarchy(parent, element, node.label, position);
    const attrs = {
      eId,
      [`${VB}kind`]: KIND_OF_ELEMENT.has(element) ? undefined : node.kind,
      [`${VB}span`]: spanText(node.span),
      [`${VB}level`]: node.level === depth ? undefined : String(node.level),
    };
    return el(element, attrs, [
      textEl('num', {}, node.label),
      node.heading !== null && textEl('heading', {}, node.heading),
      ...nodesToAkn(node.children, eId, depth + 1, eids),
    ]);
  });
}

/** Outline nodes back from a body: every hierarchy element with a `<num>` is one. */
export function bodyToOutline(body: XmlElement, depth = 1): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  for (const element of elements(body)) {
    const num = child(element, 'num');
    // an element without a number is no outline node, but may hold some (the placeholder holds none)
    if (!num) {
      nodes.push(...bodyToOutline(element, depth));
      continue;
    }
    const heading = child(element, 'heading');
    const level = element.attrs[`${VB}level`];
    const label = textOf(num);
    nodes.push({
      label,
      kind: kindOf(element, label),
      level: level === undefined ? depth : Number(level),
      heading: heading ? textOf(heading) : null,
      span: readSpan(element.attrs[`${VB}span`]),
      children: bodyToOutline(element, depth + 1),
    });
  }
  return nodes;
}
