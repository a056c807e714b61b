/**
 * The citation graph as one self-contained HTML page, usable offline: drawn by sigma.js (WebGL)
 * at positions a ForceAtlas2 layout computed here, ahead, so the browser only draws. The page's
 * code (sigma, graphology and page/graph-page.ts) is bundled at build time into page/bundle.generated.js
 * (scripts/graph-page-bundle.ts) and embedded: nothing is loaded from anywhere.
 */
import { labelOf } from '../build.js';
import { RELATION_NAMES } from '../queries.js';
import type { Relation } from '../../model/schema.js';
import type { CitationGraph, InstrumentAttributes } from '../attributes.js';
import { layoutPositions } from './layout.js';
import type { PageData, PageEdge, PageNode } from './page/data.js';
import { PAGE_SCRIPT } from './page/bundle.generated.js';

const RELATION_COLOURS: Record<Relation, string> = {
  implements: '#d62728',
  basedOn: '#1f77b4',
  proposal: '#9467bd',
  amends: '#ff7f0e',
  replaces: '#8c564b',
  repeals: '#7f7f7f',
  guides: '#2ca02c',
  cites: '#b4b4b4', // the commonest: quiet, so the others show
};

// Kelly's colours of maximum contrast (without white and black): the most frequent kinds get them
const KIND_COLOURS = [
  '#0067a5',
  '#be0032',
  '#008856',
  '#f38400',
  '#875692',
  '#f3c300',
  '#a1caf1',
  '#882d17',
  '#8db600',
  '#e68fac',
  '#604e97',
  '#c2b280',
  '#f99379',
  '#b3446c',
  '#dcd300',
  '#654522',
  '#e25822',
  '#2b3d26',
  '#848482',
  '#f6a600',
];
/** Past the palette, hues a golden angle apart. */
const kindColour = (rank: number) => KIND_COLOURS[rank] ?? `hsl(${Math.round((rank * 137.508) % 360)}, 65%, 45%)`;

/** Text inside <script>: "</script" and "<!--" must not appear raw. */
const scriptSafe = (text: string) => text.replace(/<(?=\/script|!--)/giu, '\\u003c');
const escapeHtml = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/"/gu, '&quot;');
/** A source as a person names it: the file name, never the folders above it. */
const fileName = (path: string) => path.split(/[\\/]/u).pop() ?? path;
/** The node's label as a person cites it: kind and số/ký hiệu, or the file name. */
const pageLabel = (a: InstrumentAttributes) => labelOf({ ...a, sources: a.sources.map(fileName) });

/** Values of one attribute, most frequent first (ties by name), with each value's index. */
function rankValues(values: Iterable<string | null>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi')).map(([v]) => v);
  return new Map(ranked.map((v, i) => [v, i]));
}

/** The graph in the page's compact columns, with its layout. */
export function pageData(graph: CitationGraph): PageData {
  const positions = layoutPositions(graph);
  const kinds = rankValues(graph.mapNodes((_, a) => a.kind));
  const issuers = rankValues(graph.mapNodes((_, a) => a.issuer));
  const relations = Object.keys(RELATION_NAMES) as Relation[];
  const index = new Map<string, number>();
  const round = (v: number) => Math.round(v * 10) / 10;
  const nodes = graph.mapNodes((key, a): PageNode => {
    index.set(key, index.size);
    const { x, y } = positions.get(key)!;
    return [
      key,
      pageLabel(a),
      kinds.get(a.kind ?? '') ?? -1,
      issuers.get(a.issuer ?? '') ?? -1,
      a.date ?? '',
      a.parsed ? 1 : 0,
      round(x),
      round(y),
      a.title ?? '',
      a.unresolved ? 1 : 0,
    ];
  });
  const edges = graph.mapEdges(
    (_, a, source, target): PageEdge => [index.get(source)!, index.get(target)!, relations.indexOf(a.relation)],
  );
  return {
    kinds: [...kinds.keys()],
    kindColours: [...kinds.keys()].map((_, rank) => kindColour(rank)),
    relations,
    relationColours: relations.map((r) => RELATION_COLOURS[r]),
    issuers: [...issuers.keys()],
    nodes,
    edges,
  };
}

/**
 * The graph as one self-contained HTML page, usable offline: drawn with sigma.js (WebGL) at a
 * ForceAtlas2 layout computed here; nodes coloured by kind, edges by relation; filters by kind,
 * relation, issuer and year; a search that zooms to a node and lights up its neighbours; a
 * node's lược đồ (what it rests on, what rests on it, what it cites that the archive lacks);
 * and an ego view (a document, what it rests on and what implements it, to any depth). The
 * page is in Vietnamese. Nothing is loaded from elsewhere.
 *
 * @param title - the page's title
 *
 * @example
 * ```ts
 * import { buildGraph, parse, toHTML } from 'vanban';
 *
 * const graph = buildGraph([parse('Số: 15/KH-UBND\n\nKẾ HOẠCH\nThực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư')]);
 * const page = toHTML(graph, 'Kế hoạch 15/KH-UBND'); // e.g. writeFileSync('graph.html', page)
 * page.startsWith('<!doctype html>'); // → true
 * page.includes('<title>Kế hoạch 15/KH-UBND</title>'); // → true
 * ```
 */
export function toHTML(graph: CitationGraph, title = 'vanban — đồ thị trích dẫn'): string {
  const escapedTitle = escapeHtml(title);
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapedTitle}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<div id="graph" role="img" aria-label="đồ thị trích dẫn"></div>
<aside>
  <h1>${escapedTitle}</h1>
  <p id="count"></p>
  <div class="search">
    <input id="search" type="search" placeholder="Tìm số, ký hiệu, tên… (28-CT/TW)" aria-label="Tìm văn bản" autocomplete="off">
    <ol id="hits"></ol>
  </div>
  <details open><summary>Lọc</summary>
    <fieldset id="kinds"><legend>Loại văn bản</legend></fieldset>
    <fieldset id="relations"><legend>Quan hệ</legend></fieldset>
    <label>Cơ quan ban hành <select id="issuer"><option value="">Tất cả</option></select></label>
    <label>Năm từ <input id="year-from" type="number" inputmode="numeric"></label>
    <label>đến <input id="year-to" type="number" inputmode="numeric"></label>
  </details>
  <section id="ego-controls" hidden>
    <h2>Sơ đồ quanh văn bản</h2>
    <label><input id="ego-up" type="checkbox" checked> văn bản nó dựa vào</label>
    <label><input id="ego-down" type="checkbox" checked> văn bản dựa vào nó</label>
    <label>Số bậc <input id="ego-depth" type="number" min="0" value="2" title="0: mọi bậc"></label>
    <button id="ego" type="button">Xem sơ đồ</button> <button id="ego-off" type="button" hidden>Xem toàn bộ</button>
  </section>
  <section id="about"><p>Chọn một văn bản (bấm vào nút hoặc tìm kiếm) để xem lược đồ của nó.</p></section>
</aside>
<script type="application/json" id="data">${scriptSafe(JSON.stringify(pageData(graph)))}</script>
<script>${scriptSafe(PAGE_SCRIPT)}</script>
</body>
</html>
`;
}

const PAGE_STYLE = `
  body { margin: 0; font: 14px/1.4 system-ui, sans-serif; display: grid; grid-template-columns: 1fr 360px; height: 100vh; }
  #graph { width: 100%; height: 100vh; background: #fcfcfc; }
  aside { border-left: 1px solid #ddd; padding: 10px 12px; overflow: auto; }
  h1 { font-size: 16px; margin: 0 0 4px; } h2 { font-size: 15px; margin: 10px 0 4px; } h3 { font-size: 13px; margin: 8px 0 2px; }
  input[type=search] { width: 100%; box-sizing: border-box; padding: 6px; font: inherit; }
  #hits { margin: 0; padding: 0; list-style: none; }
  #hits button, #about button { all: unset; cursor: pointer; color: #0645ad; }
  #hits li { padding: 2px 4px; } #hits li:hover { background: #eef; }
  fieldset { border: 1px solid #ddd; margin: 6px 0; padding: 4px 6px; }
  fieldset label { display: block; font-size: 13px; }
  #kinds { max-height: 190px; overflow: auto; }
  label { margin-right: 6px; } select { max-width: 100%; } input[type=number] { width: 5em; }
  i.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 5px; margin-right: 4px; }
  i.line { display: inline-block; width: 14px; height: 3px; vertical-align: middle; margin-right: 4px; }
  #about ul { margin: 0; padding-left: 18px; } #about dt { font-weight: 600; } #about dd { margin: 0 0 4px; }
  .missing { color: #a00; }
`;
