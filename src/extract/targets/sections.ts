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
  /** the heading's span, read into `kind` and `due` when a figure under it first asks */
  span: readonly [number, number] | null;
  read: { kind: Kind; due: string | null } | null;
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
      return { start, end, parent: entry.parent, span, read: null };
    });
  }

  /** Whether `offset` is in a targets section, and the due time its headings give. */
  placementAt(offset: number): Placement {
    let kind: Kind = null;
    let due: string | null = null;
    for (let i = this.innermost(offset); i >= 0 && (kind === null || due === null); i = this.nodes[i]!.parent) {
      const node = this.nodes[i]!;
      const read = (node.read ??= this.headingOf(node));
      kind ??= read.kind;
      due ??= read.due;
    }
    return { inTargets: kind === 'targets', inPast: kind === 'past', due };
  }

  /** Most headings are over no figure: each is read once, when a figure first needs it. */
  private headingOf({ span }: Node): { kind: Kind; due: string | null } {
    const heading = span && isHeading(this.flat.slice(span[0], span[1])) ? span : null;
    return heading
      ? { kind: kindOf(this.flat.slice(heading[0], heading[1])), due: dueOf(this.flat, heading[0], heading[1]) }
      : { kind: null, due: null };
  }

  private innermost(offset: number): number {
    let found = -1;
    for (let i = 0; i < this.nodes.length; i++) {
      const node = this.nodes[i]!;
      if (node.start > offset) break;
      if (offset < node.end) found = i;
    }
    return found;
  }
}

function isHeading(heading: string): boolean {
  const words = heading.trim().split(/\s+/u);
  return words.length <= MAX_HEADING_WORDS && !/[.;]\s+\S/u.test(heading);
}

function kindOf(heading: string): Kind {
  const text = heading.trim();
  if (TARGET_HEADING.test(text)) return 'targets';
  if (PAST_HEADING.test(text)) return 'past';
  if (OTHER_HEADING.test(text)) return 'other';
  return null;
}
