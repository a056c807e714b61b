/**
 * Targets sections: the parts of the outline whose heading opens with "Mục tiêu", "Chỉ tiêu" or
 * "Tầm nhìn" ("2.2. Một số mục tiêu cụ thể", "II. CHỈ TIÊU CHỦ YẾU THỰC HIỆN ĐẾN NĂM 2030").
 * Their figures are targets by place. A heading nested in one that opens another kind of part
 * ("b) Nhiệm vụ") ends that for its own content. Any heading may also give a due time
 * ("a) Đến năm 2030", "b) Giai đoạn 2 (2029 - 2031)") to the figures under it.
 */
import type { Layout } from '../../layout/index.js';
import type { DocumentOutline } from '../../outline/index.js';
import { BULLET_KINDS, MARKER_KINDS } from '../../outline/markers.js';
import { compile } from '../../grammar/compile.js';
import { phrases } from './grammar.js';
import { dueOf } from './time.js';

/** What a position in the body owes to the headings above it. */
export interface Placement {
  /** inside a targets section (and not in a part of another kind nested in it) */
  inTargets: boolean;
  /** inside an account of results or of the present ("Kết quả thực hiện", "Tình hình …"): no targets there */
  inPast: boolean;
  /** the due time of the nearest heading above that gives one */
  due: string | null;
}

/** Label kinds whose line can be a heading: every outline kind but the bullets. */
const HEADING_KINDS: ReadonlySet<string> = new Set(MARKER_KINDS.filter((kind) => !BULLET_KINDS.has(kind)));
/** A heading is short; a labelled line longer than this is a sentence of content. */
const MAX_HEADING_WORDS = 16;

const LEAD = String.raw`(?:(?:${phrases('headingLeadWords')})(?:[ \t]*[,;])?[ \t]+)*`;
const TARGET_HEADING = compile(
  'targets#targetHeading',
  String.raw`^${LEAD}(?:${phrases('targetHeadings')})(?![\p{L}\p{N}])`,
  'iu',
);
const OTHER_HEADING = compile(
  'targets#otherHeading',
  String.raw`^(?:${phrases('otherHeadings')})(?![\p{L}\p{N}])`,
  'iu',
);
const PAST_HEADING = compile('targets#pastHeading', String.raw`^(?:${phrases('pastHeadings')})(?![\p{L}\p{N}])`, 'iu');

/** targets: figures are targets by place; other: only a goal word makes one; past: nothing is a target. */
type Kind = 'targets' | 'other' | 'past' | null;

interface Node {
  start: number;
  end: number;
  parent: number;
  /** the heading's span, for the kinds of label that may head a part */
  span: readonly [number, number] | null;
  /** read from the heading when first asked: most headings are over no figure */
  heading?: boolean;
  kind?: Kind;
  /** whether the heading opens a targets section, when asked before its kind */
  targets?: boolean;
  due?: string | null;
}

/** The headings of the outline, each with its kind and due time, for {@link placementAt}. */
export class Sections {
  private readonly nodes: Node[];
  private readonly flat: string;

  constructor(layout: Layout, outline: DocumentOutline, flat: string) {
    const { lines } = layout;
    this.flat = flat;
    this.nodes = outline.entries.map((entry) => {
      const start = lines[entry.line]!.start;
      const end = entry.end > entry.line ? lines[entry.end - 1]!.end : lines[entry.line]!.end;
      const span = entry.headingSpan && HEADING_KINDS.has(entry.kind) ? entry.headingSpan : null;
      return { start, end, parent: entry.parent, span };
    });
  }

  /** Whether `offset` is in a targets section, and the due time its headings give. */
  placementAt(offset: number): Placement {
    let kind: Kind = null;
    let due: string | null = null;
    for (let i = this.innermost(offset); i >= 0 && (kind === null || due === null); i = this.nodes[i]!.parent) {
      const node = this.nodes[i]!;
      kind ??= this.kindOf(node);
      due ??= this.dueOf(node);
    }
    return { inTargets: kind === 'targets', inPast: kind === 'past', due };
  }

  /**
   * Whether some offset of the paragraph that opens at `offset` may lie in a targets section. No outline node opens
   * inside a paragraph (a label starts a new one), so every node around one of its offsets is around `offset` too: the
   * paragraph is in no targets section when no heading around `offset` opens one.
   */
  mayBeInTargets(offset: number): boolean {
    for (let i = this.innermost(offset); i >= 0; i = this.nodes[i]!.parent) {
      if (this.headsTargets(this.nodes[i]!)) return true;
    }
    return false;
  }

  /** Whether the node's heading opens a targets section: the first test of {@link kindOf}, asked on its own. */
  private headsTargets(node: Node): boolean {
    if (node.kind !== undefined) return node.kind === 'targets';
    // the words first: most headings open no targets section, and are then never counted
    node.targets ??=
      node.span !== null && isTargetHeading(this.flat.slice(node.span[0], node.span[1])) && this.isHeading(node);
    return node.targets;
  }

  private isHeading(node: Node): boolean {
    node.heading ??= node.span !== null && isHeading(this.flat.slice(node.span[0], node.span[1]));
    return node.heading;
  }

  private kindOf(node: Node): Kind {
    if (node.kind === undefined)
      node.kind = this.isHeading(node) ? kindOf(this.flat.slice(node.span![0], node.span![1]), node.targets) : null;
    return node.kind;
  }

  private dueOf(node: Node): string | null {
    if (node.due === undefined) node.due = this.isHeading(node) ? dueOf(this.flat, node.span![0], node.span![1]) : null;
    return node.due;
  }

  /**
   * The deepest node around `offset`. The nodes nest and open in text order: every node around it is around the last
   * one to open before it, or that node itself, so the search goes up from there.
   */
  private innermost(offset: number): number {
    let low = 0;
    let high = this.nodes.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.nodes[mid]!.start <= offset) low = mid + 1;
      else high = mid;
    }
    let i = low - 1;
    while (i >= 0 && offset >= this.nodes[i]!.end) i = this.nodes[i]!.parent;
    return i;
  }
}

function isHeading(heading: string): boolean {
  return hasAtMostWords(heading.trim(), MAX_HEADING_WORDS) && !/[.;]\s+\S/u.test(heading);
}

const GAP = /\s+/gu;

/**
 * `trimmed.split(/\s+/u).length <= max`, counted gap by gap up to the limit: a paragraph read as a heading is not split
 * whole.
 */
function hasAtMostWords(trimmed: string, max: number): boolean {
  let words = 1;
  GAP.lastIndex = 0;
  // test(): the gaps are counted, their matches never read
  while (GAP.test(trimmed)) if (++words > max) return false;
  return true;
}

function isTargetHeading(heading: string): boolean {
  return TARGET_HEADING.test(heading.trim());
}

/** `targets`: whether the heading opens a targets section, when already known. */
function kindOf(heading: string, targets = isTargetHeading(heading)): Kind {
  const text = heading.trim();
  if (targets) return 'targets';
  if (PAST_HEADING.test(text)) return 'past';
  if (OTHER_HEADING.test(text)) return 'other';
  return null;
}
