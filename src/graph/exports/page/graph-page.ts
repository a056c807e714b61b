/**
 * The graph page's own code, run in the browser: sigma.js draws the graph at the positions
 * toHTML computed; filters, search, a node's lược đồ and the ego view change what it draws.
 * Bundled with sigma and graphology by scripts/graph-page-bundle.ts; the lược đồ and the ego
 * view ask the same queries as the library (../../queries.ts).
 */
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { about, ancestors, descendants, RELATION_NAMES } from '../../queries.js';
import type { Relation } from '../../../model/schema.js';
import type { CitationGraph } from '../../attributes.js';
import type { PageData } from './data.js';

const data = JSON.parse(document.getElementById('data')!.textContent!) as PageData;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, '');
const yearOf = (date: string) => (date ? Number(date.slice(0, 4)) : NaN);

// ---- the graph, with what sigma draws ----
const graph = new MultiDirectedGraph();
const keys = data.nodes.map((n) => n[0]);
for (const [key, label, kind, issuer, date, parsed, x, y, title, unresolved] of data.nodes) {
  graph.addNode(key, {
    key,
    label,
    x,
    y,
    kind: data.kinds[kind] ?? null,
    issuer: data.issuers[issuer] ?? null,
    date: date || null,
    title: title || null,
    parsed: parsed === 1,
    unresolved: unresolved === 1,
    sources: [],
    aliases: [],
    number: null,
    name: null,
    color: data.kindColours[kind] ?? '#999',
    year: yearOf(date),
  });
}
for (const [source, target, relation] of data.edges) {
  graph.addEdge(keys[source]!, keys[target]!, {
    relation: data.relations[relation]!,
    color: data.relationColours[relation]! + '99',
    size: 1,
  });
}
// bigger when cited more; documents of the archive a little bigger than those only cited
graph.forEachNode((key, a) =>
  graph.setNodeAttribute(key, 'size', Math.min(16, 2.5 + 1.6 * Math.sqrt(graph.inDegree(key)) + (a.parsed ? 1.5 : 0))),
);
const citations = graph as unknown as CitationGraph;
const attr = (key: string) => graph.getNodeAttributes(key);

// ---- what is shown ----
const state = {
  hiddenKinds: new Set<string>(),
  hiddenRelations: new Set<Relation>(),
  issuer: '',
  yearFrom: NaN,
  yearTo: NaN,
  focus: null as string | null,
  neighbours: new Set<string>(),
  ego: null as Set<string> | null,
};
let visible = new Set<string>();
const FEW = 150;

function passesFilters(key: string): boolean {
  const a = attr(key);
  if (state.hiddenKinds.has(a.kind ?? '')) return false;
  if (state.issuer !== '' && a.issuer !== state.issuer) return false;
  if (!Number.isNaN(state.yearFrom) && !(a.year >= state.yearFrom)) return false;
  if (!Number.isNaN(state.yearTo) && !(a.year <= state.yearTo)) return false;
  return state.ego === null || state.ego.has(key);
}

const container = $('graph');
let renderer: Sigma;
try {
  renderer = new Sigma(graph, container, {
    defaultEdgeType: 'arrow',
    labelRenderedSizeThreshold: 7,
    labelDensity: 0.5,
    hideEdgesOnMove: graph.size > 20_000,
    zIndex: true,
    nodeReducer: (key, a) => {
      if (!visible.has(key)) return { ...a, hidden: true };
      // few nodes left (a filter, an ego view): name them all, and draw them larger
      if (visible.size <= FEW && state.focus === null) return { ...a, forceLabel: true, size: a.size * 1.6 };
      if (state.focus === null) return a;
      const scale = visible.size <= FEW ? 1.6 : 1;
      if (key === state.focus) return { ...a, highlighted: true, forceLabel: true, zIndex: 2, size: a.size * scale };
      if (state.neighbours.has(key)) return { ...a, forceLabel: true, zIndex: 1, size: a.size * scale };
      if (visible.size <= FEW) return { ...a, forceLabel: true, size: a.size * scale };
      return { ...a, color: '#e2e2e2', label: '', zIndex: 0 };
    },
    edgeReducer: (edge, a) => {
      const [source, target] = graph.extremities(edge);
      if (state.hiddenRelations.has(a.relation) || !visible.has(source) || !visible.has(target))
        return { ...a, hidden: true };
      // a focused node shows its own edges; an ego view, every edge between what it shows
      if (state.focus !== null && state.ego === null && source !== state.focus && target !== state.focus)
        return { ...a, hidden: true };
      return state.focus === null ? a : { ...a, size: 2, color: a.color.slice(0, 7) };
    },
  });
} catch (error) {
  container.textContent = `Trình duyệt không vẽ được đồ thị (cần WebGL): ${(error as Error).message}`;
  throw error;
}

/** Recompute what passes the filters and the ego view, and redraw. */
function redraw(): void {
  visible = new Set(graph.filterNodes(passesFilters));
  if (state.focus !== null && !visible.has(state.focus)) unfocus();
  $('count').textContent =
    `${visible.size.toLocaleString('vi')} / ${graph.order.toLocaleString('vi')} văn bản hiển thị, ${graph.size.toLocaleString('vi')} quan hệ`;
  renderer.refresh({ skipIndexation: true });
}

// ---- focus: a node, its neighbours, its lược đồ ----
function focus(key: string, zoom: boolean): void {
  state.focus = key;
  state.neighbours = new Set(graph.neighbors(key));
  if (!visible.has(key)) {
    // a search may find what the filters or the ego view hide: show it anyway
    if (state.ego !== null) leaveEgo();
    clearFilters();
  }
  showAbout(key);
  $('ego-controls').hidden = false;
  renderer.refresh({ skipIndexation: true });
  if (zoom) {
    const at = renderer.getNodeDisplayData(key);
    if (at) void renderer.getCamera().animate({ x: at.x, y: at.y, ratio: 0.12 }, { duration: 400 });
  }
}

function unfocus(): void {
  state.focus = null;
  state.neighbours = new Set();
}

function clearFilters(): void {
  state.hiddenKinds.clear();
  state.hiddenRelations.clear();
  state.issuer = '';
  state.yearFrom = state.yearTo = NaN;
  document.querySelectorAll<HTMLInputElement>('#kinds input, #relations input').forEach((box) => (box.checked = true));
  $<HTMLSelectElement>('issuer').value = '';
  $<HTMLInputElement>('year-from').value = $<HTMLInputElement>('year-to').value = '';
  visible = new Set(graph.filterNodes(passesFilters));
}

const describe = (key: string) => {
  const a = attr(key);
  const by = [a.issuer, a.date].filter(Boolean).join(', ');
  return `${a.label}${by ? ` (${by})` : ''}`;
};

function nodeButton(key: string): HTMLElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = describe(key);
  button.dataset.key = key;
  button.addEventListener('click', () => focus(key, true));
  return button;
}

const SHOWN_PER_GROUP = 50;
function list(keysOf: readonly string[], className = ''): HTMLElement {
  const ul = document.createElement('ul');
  for (const key of keysOf.slice(0, SHOWN_PER_GROUP)) {
    const li = document.createElement('li');
    li.className = className;
    li.append(nodeButton(key));
    ul.append(li);
  }
  if (keysOf.length > SHOWN_PER_GROUP)
    ul.append(
      Object.assign(document.createElement('li'), {
        textContent: `… và ${keysOf.length - SHOWN_PER_GROUP} văn bản khác`,
      }),
    );
  return ul;
}

function section(title: string, groups: Array<{ name: string; keys: string[] }>, className = ''): HTMLElement {
  const div = document.createElement('div');
  div.className = 'part';
  div.append(Object.assign(document.createElement('h2'), { textContent: title }));
  if (groups.length === 0) div.append(Object.assign(document.createElement('p'), { textContent: 'Không có.' }));
  for (const group of groups) {
    div.append(
      Object.assign(document.createElement('h3'), { textContent: `${group.name} (${group.keys.length})` }),
      list(group.keys, className),
    );
  }
  return div;
}

function showAbout(key: string): void {
  const a = attr(key);
  const lược = about(citations, key)!;
  const panel = $('about');
  panel.replaceChildren();
  panel.append(Object.assign(document.createElement('h2'), { textContent: a.label }));
  const dl = document.createElement('dl');
  const rows: Array<[string, string | null]> = [
    ['Loại', a.kind],
    ['Cơ quan ban hành', a.issuer],
    ['Ngày', a.date],
    ['Trích yếu', a.title],
    ['Trong kho', a.parsed ? 'có' : 'không — chỉ được trích dẫn'],
    ['Khóa', key + (a.unresolved ? ' (chưa đủ năm hoặc địa phương)' : '')],
  ];
  for (const [name, value] of rows)
    if (value)
      dl.append(
        Object.assign(document.createElement('dt'), { textContent: name }),
        Object.assign(document.createElement('dd'), { textContent: value }),
      );
  panel.append(dl);
  panel.append(
    section(
      'Văn bản này dựa vào',
      lược.parents.map((g) => ({ name: RELATION_NAMES[g.relation].parents, keys: g.keys })),
    ),
  );
  panel.append(
    section(
      'Văn bản dựa vào văn bản này',
      lược.children.map((g) => ({ name: RELATION_NAMES[g.relation].children, keys: g.keys })),
    ),
  );
  panel.append(
    section(
      'Được trích dẫn nhưng chưa có trong kho',
      lược.missing.length > 0 ? [{ name: 'Cần thu thập', keys: lược.missing }] : [],
      'missing',
    ),
  );
}

// ---- the ego view: a document, what it rests on, what rests on it, to any depth ----
function showEgo(): void {
  if (state.focus === null) return;
  const depthValue = Number($<HTMLInputElement>('ego-depth').value);
  const depth = depthValue > 0 ? depthValue : Infinity;
  const relations = data.relations.filter((r) => !state.hiddenRelations.has(r));
  const around = new Set([state.focus]);
  if ($<HTMLInputElement>('ego-up').checked)
    for (const k of ancestors(citations, state.focus, relations, depth)) around.add(k);
  if ($<HTMLInputElement>('ego-down').checked)
    for (const k of descendants(citations, state.focus, relations, depth)) around.add(k);
  state.ego = around;
  $('ego-off').hidden = false;
  redraw();
  frame(around);
}

function leaveEgo(): void {
  state.ego = null;
  $('ego-off').hidden = true;
  renderer.setCustomBBox(null);
}

function hideEgo(): void {
  leaveEgo();
  redraw();
  void renderer.getCamera().animatedReset({ duration: 300 });
}

/** Fit the camera to some nodes. */
function frame(nodes: Set<string>): void {
  const xs = [...nodes].map((k) => attr(k).x);
  const ys = [...nodes].map((k) => attr(k).y);
  const pad = 1 + Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) * 0.05;
  renderer.setCustomBBox({
    x: [Math.min(...xs) - pad, Math.max(...xs) + pad],
    y: [Math.min(...ys) - pad, Math.max(...ys) + pad],
  });
  renderer.refresh({ skipIndexation: true });
  void renderer.getCamera().animatedReset({ duration: 300 });
}

// ---- search ----
const spaced = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();
const folded = keys.map((key) => ({
  key,
  label: fold(attr(key).label),
  spaced: spaced(attr(key).label),
  id: fold(key),
  title: fold(attr(key).title ?? ''),
}));
function search(query: string): string[] {
  const q = fold(query);
  if (q === '') return [];
  // a number or name finds its node first; titles only when nothing is named so
  const named = folded.filter((n) => n.label.includes(q) || n.id.includes(q));
  const hits = named.length > 0 ? named : folded.filter((n) => n.title.includes(q));
  // a key finds its node first; "28-CT/TW" is Chỉ thị 28-CT/TW before it is 128-CT/TW (a whole number at the label's
  // end)
  const qs = spaced(query);
  const whole = (n: { spaced: string; id: string }) =>
    Number(n.id === q) * 2 + Number(n.spaced === qs || n.spaced.endsWith(` ${qs}`));
  return hits
    .sort((a, b) => whole(b) - whole(a) || graph.inDegree(b.key) - graph.inDegree(a.key))
    .slice(0, 12)
    .map((n) => n.key);
}

const searchBox = $<HTMLInputElement>('search');
searchBox.addEventListener('input', () => {
  const hits = $('hits');
  hits.replaceChildren(
    ...search(searchBox.value).map((key) => {
      const li = document.createElement('li');
      li.append(nodeButton(key));
      return li;
    }),
  );
});
searchBox.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter') return;
  const [first] = search(searchBox.value);
  if (first !== undefined) focus(first, true);
});

// ---- filters ----
function checkbox(
  parent: HTMLElement,
  value: string,
  text: string,
  swatch: string,
  className: string,
  count: number,
  onChange: (on: boolean) => void,
): void {
  const label = document.createElement('label');
  const box = Object.assign(document.createElement('input'), { type: 'checkbox', checked: true, value });
  box.addEventListener('change', () => onChange(box.checked));
  const mark = document.createElement('i');
  mark.className = className;
  mark.style.background = swatch;
  label.append(box, mark, `${text} (${count.toLocaleString('vi')})`);
  parent.append(label);
}

const countBy = <T>(values: T[]) => values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<T, number>());
const kindCounts = countBy(graph.mapNodes((_, a) => a.kind ?? ''));
data.kinds.forEach((kind, i) =>
  checkbox($('kinds'), kind, kind, data.kindColours[i]!, 'swatch', kindCounts.get(kind) ?? 0, (on) => {
    if (on) state.hiddenKinds.delete(kind);
    else state.hiddenKinds.add(kind);
    redraw();
  }),
);
if (kindCounts.has(''))
  checkbox($('kinds'), '', 'Chưa rõ loại', '#999', 'swatch', kindCounts.get('')!, (on) => {
    if (on) state.hiddenKinds.delete('');
    else state.hiddenKinds.add('');
    redraw();
  });
const relationCounts = countBy(graph.mapEdges((_, a) => a.relation as Relation));
data.relations.forEach((relation, i) => {
  if (!relationCounts.has(relation)) return;
  checkbox(
    $('relations'),
    relation,
    RELATION_NAMES[relation].parents,
    data.relationColours[i]!,
    'line',
    relationCounts.get(relation)!,
    (on) => {
      if (on) state.hiddenRelations.delete(relation);
      else state.hiddenRelations.add(relation);
      redraw();
    },
  );
});
const issuerCounts = countBy(graph.mapNodes((_, a) => a.issuer ?? ''));
const issuerSelect = $<HTMLSelectElement>('issuer');
for (const issuer of data.issuers) issuerSelect.append(new Option(`${issuer} (${issuerCounts.get(issuer)})`, issuer));
issuerSelect.addEventListener('change', () => {
  state.issuer = issuerSelect.value;
  redraw();
});
for (const [id, field] of [
  ['year-from', 'yearFrom'],
  ['year-to', 'yearTo'],
] as const) {
  const input = $<HTMLInputElement>(id);
  input.addEventListener('input', () => {
    state[field] = input.value === '' ? NaN : Number(input.value);
    redraw();
  });
}

// ---- clicks ----
renderer.on('clickNode', ({ node }) => focus(node, false));
renderer.on('clickStage', () => {
  unfocus();
  renderer.refresh({ skipIndexation: true });
});
$('ego').addEventListener('click', showEgo);
$('ego-off').addEventListener('click', hideEgo);

redraw();

// what a test (or a curious reader) can ask of the page
const page = {
  firstDraw: NaN,
  shown: () => visible.size,
  focus: () => state.focus,
  ego: () => (state.ego === null ? null : [...state.ego]),
  cameraRatio: () => renderer.getCamera().ratio,
};
(window as unknown as { vanbanGraph: typeof page }).vanbanGraph = page;
requestAnimationFrame(() => (page.firstDraw = performance.now()));
