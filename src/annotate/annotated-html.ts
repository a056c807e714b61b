/**
 * The marked text as HTML: each citation an `<a>` to its graph node, each agency, deadline and
 * target a `<span>` with its class and data. Links do not nest in HTML, so a citation that holds
 * another is a `<span class="vb-cite">` whose own words (those outside the inner citation) are
 * links to it: every word of every citation stays a link, to the innermost instrument it names.
 */
import type { Relation } from '../model/schema.js';
import { RELATION_NAMES as GRAPH_RELATION_NAMES } from '../graph/queries.js';
import { escapeAttribute, escapeHtml } from './html-escape.js';
import type { MarkNode } from './nest-marks.js';
import type { Mark } from './marks.js';

/** The relation as the citing text says it ("thực hiện", "căn cứ"): the graph page's names, lower-cased. */
export const RELATION_NAMES = Object.fromEntries(
  Object.entries(GRAPH_RELATION_NAMES).map(([relation, names]) => [relation, names.parents.toLowerCase()]),
) as Readonly<Record<Relation, string>>;

const ROLE_NAMES = { lead: 'chủ trì', coordinator: 'phối hợp' } as const;
const RECURRENCE_NAMES = {
  once: '',
  yearly: 'hằng năm',
  semiannual: '6 tháng một lần',
  quarterly: 'hằng quý',
  monthly: 'hằng tháng',
  weekly: 'hằng tuần',
} as const;
const COMPARATOR_SIGNS = { '>': '> ', '>=': '≥ ', '<': '< ', '<=': '≤ ', '=': '' } as const;

export interface RenderContext {
  text: string;
  href: (key: string) => string;
}

/** The text from `start` to `end` with the given pieces marked in it. */
export function renderRange(
  context: RenderContext,
  start: number,
  end: number,
  nodes: readonly MarkNode[],
  link: string | null,
): string {
  let out = '';
  let run = '';
  let at = start;
  const flush = () => {
    if (run !== '') out += `<a class="vb-link" href="${escapeAttribute(link!)}">${run}</a>`;
    run = '';
  };
  for (const node of nodes) {
    const gap = escapeHtml(context.text.slice(at, node.start));
    if (link === null) out += gap + renderNode(context, node, null);
    else if (holdsCitation(node)) {
      run += gap;
      flush();
      out += renderNode(context, node, link);
    } else run += gap + renderNode(context, node, null);
    at = node.end;
  }
  const tail = escapeHtml(context.text.slice(at, end));
  if (link === null) return out + tail;
  run += tail;
  flush();
  return out;
}

/**
 * One piece: its element, and inside it the text it covers. `link` is where the words not yet
 * inside a link go (the nearest citation drawn as a span), or null when they are inside one.
 */
function renderNode(context: RenderContext, node: MarkNode, link: string | null): string {
  const mark = node.mark;
  const inner = (innerLink: string | null) => renderRange(context, node.start, node.end, node.children, innerLink);
  // data-span is the whole mark's span, on every piece of it: the value's own span in the result
  const common = `data-mark="${node.id}" data-span="${mark.span[0]} ${mark.span[1]}"${node.parts > 1 ? ` data-part="${node.part}/${node.parts}"` : ''} title="${escapeAttribute(titleOf(mark))}"`;
  if (mark.kind !== 'citation') return `<span class="vb-${mark.kind}" ${common}${dataOf(mark)}>${inner(link)}</span>`;
  const href = context.href(mark.key);
  // the page's list of cited instruments links back to each mention's first piece
  const back = node.part === 1 ? ` id="${mentionId(node.id)}"` : '';
  if (node.children.some(holdsCitation))
    return `<span class="vb-cite" ${common}${dataOf(mark)} data-href="${escapeAttribute(href)}"${back}>${inner(href)}</span>`;
  return `<a class="vb-cite" href="${escapeAttribute(href)}" ${common}${dataOf(mark)}${back}>${inner(null)}</a>`;
}

/** The `id` of a citation's (first) element: `vb-m` and its mark number. */
export function mentionId(mark: number): string {
  return `vb-m${mark}`;
}

function holdsCitation(node: MarkNode): boolean {
  return node.mark.kind === 'citation' || node.children.some(holdsCitation);
}

/** The mark's values as data attributes, each value escaped. */
function dataOf(mark: Mark): string {
  const fields: [string, string | number | null][] =
    mark.kind === 'citation'
      ? [
          ['key', mark.key],
          ['relation', mark.relation],
          ['pinpoint', mark.pinpoint],
        ]
      : mark.kind === 'agency'
        ? [
            ['agency', mark.name],
            ['role', mark.roles.join(' ')],
            ['tasks', mark.tasks.join(' ')],
            ['successors', mark.successors.join('; ') || null],
          ]
        : mark.kind === 'deadline'
          ? [
              ['date', mark.date],
              ['recurrence', mark.recurrence],
              ['tasks', mark.tasks.join(' ') || null],
            ]
          : [
              ['value', mark.value],
              ['unit', mark.unit],
              ['by', mark.by],
              ['comparator', mark.comparator],
              ['change', mark.change],
              ['recurrence', mark.recurrence],
            ];
  return fields
    .filter(([, value]) => value !== null && value !== '')
    .map(([name, value]) => ` data-${name}="${escapeAttribute(String(value))}"`)
    .join('');
}

/** What a reader sees on hovering the mark. */
function titleOf(mark: Mark): string {
  switch (mark.kind) {
    case 'citation':
      return `${mark.label}${mark.pinpoint ? `, ${mark.pinpoint}` : ''} — ${RELATION_NAMES[mark.relation]}`;
    case 'agency':
      return `${mark.name} — ${mark.roles.map((role) => ROLE_NAMES[role]).join(', ')}${mark.successors.length > 0 ? ` (nay: ${mark.successors.join(', ')})` : ''}`;
    case 'deadline':
      return `Thời hạn: ${mark.date ?? 'tương đối'}${mark.recurrence === 'once' ? '' : `, ${RECURRENCE_NAMES[mark.recurrence]}`}`;
    case 'target':
      return `Chỉ tiêu: ${COMPARATOR_SIGNS[mark.comparator]}${mark.value}${mark.unit === '%' ? '%' : mark.unit ? ` ${mark.unit}` : ''}${mark.by ? `, đến ${mark.by}` : ''}${mark.recurrence === 'yearly' ? `, ${RECURRENCE_NAMES.yearly}` : ''}`;
  }
}
