/**
 * The outline as the AKN body hierarchy: one element per node, chosen by the kind of its label
 * (Phần → part, Chương → chapter, Mục → section, Điều → article, I. → division, 1. → paragraph,
 * 1.1./(1) → subparagraph, a) → point, -/+ → indent), with `<num>` and `<heading>`.
 * The body carries the structure, not the running text (that travels in the proprietary block).
 */
import type { OutlineNode } from '../model/schema.js';
import { markerOf, type MarkerKind } from '../outline/markers.js';
import type { EIds } from './eids.js';
import { readSpan, spanText } from './fields.js';
import { VB } from './namespaces.js';
import { child, el, elements, textEl, textOf, type XmlElement } from './xml-tree.js';

const ELEMENTS: Readonly<Record<MarkerKind, string>> = {
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

// a label is read as the start of a line with a heading after it: "I" alone is no roman numeral, "I NỘI DUNG" is
const AS_LINE = ' NỘI DUNG';

export function bodyElementOf(label: string): string {
  const marker = markerOf(label + AS_LINE);
  return marker && marker.label === label ? ELEMENTS[marker.kind] : GENERIC;
}

/** The body's children; a document without an outline gets one empty hcontainer (the body may not be empty). */
export function outlineToBody(outline: readonly OutlineNode[], eids: EIds): XmlElement[] {
  if (outline.length === 0) return [el(GENERIC, { eId: eids.claim('hcontainer_1'), name: 'noOutline' })];
  return nodesToAkn(outline, null, 1, eids);
}

function nodesToAkn(nodes: readonly OutlineNode[], parent: string | null, depth: number, eids: EIds): XmlElement[] {
  const positions = new Map<string, number>();
  return nodes.map((node) => {
    const element = bodyElementOf(node.label);
    const position = (positions.get(element) ?? 0) + 1;
    positions.set(element, position);
    const eId = eids.hierarchy(parent, element, node.label, position);
    const attrs = {
      eId,
      name: element === GENERIC ? 'item' : undefined,
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
    nodes.push({
      label: textOf(num),
      level: level === undefined ? depth : Number(level),
      heading: heading ? textOf(heading) : null,
      span: readSpan(element.attrs[`${VB}span`]),
      children: bodyToOutline(element, depth + 1),
    });
  }
  return nodes;
}
