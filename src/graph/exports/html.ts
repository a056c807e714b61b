/**
 * The citation graph as one self-contained HTML page, usable offline: an SVG drawing laid out
 * by a small force simulation in the page, nodes coloured by kind (dashed when only cited),
 * edges by relation, a search box, and a node's details on click. No script or style is loaded
 * from anywhere: the data and the code are in the page.
 */
import type { CitationGraph } from '../types.js';

const RELATION_COLOURS: Record<string, string> = {
  implements: '#d62728',
  basedOn: '#1f77b4',
  proposal: '#9467bd',
  amends: '#ff7f0e',
  replaces: '#8c564b',
  repeals: '#7f7f7f',
  guides: '#2ca02c',
  cites: '#bcbd22',
};

/** Text inside <script>: "</script" and "<!--" must not appear raw. */
const scriptSafe = (json: string) => json.replace(/</gu, '\\u003c');

/**
 * The graph as one self-contained HTML page, usable offline: an SVG drawing laid out in the
 * page, nodes coloured by kind (dashed when only cited), edges by relation, a search box, and
 * a node's details on click. Nothing is loaded from elsewhere.
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
export function toHTML(graph: CitationGraph, title = 'vanban — citation graph'): string {
  const data = {
    nodes: graph.mapNodes((key, a) => ({ key, label: a.label, kind: a.kind ?? '', issuer: a.issuer ?? '', date: a.date ?? '', title: a.title ?? '', parsed: a.parsed, unresolved: a.unresolved, sources: a.sources })),
    edges: graph.mapEdges((_, a, source, target) => ({ source, target, relation: a.relation, evidence: a.evidence.map((e) => e.text).slice(0, 3) })),
    colours: RELATION_COLOURS,
  };
  const escapedTitle = title.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapedTitle}</title>
<style>
  body { margin: 0; font: 14px/1.4 system-ui, sans-serif; display: grid; grid-template-columns: 1fr 320px; height: 100vh; }
  #graph { width: 100%; height: 100%; background: #fafafa; }
  aside { border-left: 1px solid #ddd; padding: 12px; overflow: auto; }
  input { width: 100%; box-sizing: border-box; padding: 6px; font: inherit; }
  .node circle { stroke: #333; stroke-width: 1px; cursor: pointer; }
  .node.cited circle { stroke-dasharray: 3 2; }
  .node text { font-size: 10px; pointer-events: none; }
  .node.match circle { stroke: #000; stroke-width: 4px; }
  .node.dim, .edge.dim { opacity: 0.15; }
  .edge { stroke-width: 1.4px; fill: none; }
  #legend span { display: inline-block; margin: 2px 6px 2px 0; }
  #legend i { display: inline-block; width: 14px; height: 3px; vertical-align: middle; margin-right: 4px; }
  dt { font-weight: 600; margin-top: 6px; }
  dd { margin: 0; word-break: break-word; }
</style>
</head>
<body>
<svg id="graph" role="img" aria-label="citation graph"></svg>
<aside>
  <h1 style="font-size:16px">${escapedTitle}</h1>
  <input id="search" type="search" placeholder="Tìm số, ký hiệu, tên… (28-CT/TW)" aria-label="search">
  <p id="count"></p>
  <div id="legend"></div>
  <dl id="details"><dd>Chọn một nút để xem chi tiết.</dd></dl>
</aside>
<script type="application/json" id="data">${scriptSafe(JSON.stringify(data))}</script>
<script>
${PAGE_SCRIPT}
</script>
</body>
</html>
`;
}

/** The page's own code: layout, drawing, search and details (plain DOM, no library). */
const PAGE_SCRIPT = String.raw`
(function () {
  var data = JSON.parse(document.getElementById('data').textContent);
  var svg = document.getElementById('graph');
  var NS = 'http://www.w3.org/2000/svg';
  var W = svg.clientWidth || 900, H = svg.clientHeight || 700;
  var kinds = Array.from(new Set(data.nodes.map(function (n) { return n.kind; }))).sort();
  var palette = ['#4e79a7','#f28e2b','#e15759','#76b7b2','#59a14f','#edc948','#b07aa1','#ff9da7','#9c755f','#bab0ac'];
  function colour(kind) { return palette[kinds.indexOf(kind) % palette.length]; }
  var index = new Map(data.nodes.map(function (n, i) { return [n.key, i]; }));
  var pos = data.nodes.map(function (n, i) {
    var a = 2 * Math.PI * i / Math.max(1, data.nodes.length);
    return { x: W / 2 + (W / 3) * Math.cos(a), y: H / 2 + (H / 3) * Math.sin(a), dx: 0, dy: 0 };
  });
  var links = data.edges.map(function (e) { return [index.get(e.source), index.get(e.target)]; });
  // Fruchterman-Reingold, with fewer rounds on large graphs so the page opens quickly
  var n = pos.length, k = Math.sqrt((W * H) / Math.max(1, n)) * 0.4;
  var rounds = Math.max(30, Math.min(300, Math.floor(3e6 / Math.max(1, n * n))));
  for (var r = 0, t = W / 10; r < rounds; r++, t *= 0.97) {
    for (var i = 0; i < n; i++) { pos[i].dx = 0; pos[i].dy = 0; }
    for (i = 0; i < n; i++) for (var j = i + 1; j < n; j++) {
      var dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y, d = Math.sqrt(dx * dx + dy * dy) || 0.01, f = (k * k) / d;
      pos[i].dx += dx / d * f; pos[i].dy += dy / d * f; pos[j].dx -= dx / d * f; pos[j].dy -= dy / d * f;
    }
    links.forEach(function (l) {
      var a = pos[l[0]], b = pos[l[1]], dx = a.x - b.x, dy = a.y - b.y, d = Math.sqrt(dx * dx + dy * dy) || 0.01, f = (d * d) / k;
      a.dx -= dx / d * f; a.dy -= dy / d * f; b.dx += dx / d * f; b.dy += dy / d * f;
    });
    pos.forEach(function (p) {
      // a little gravity keeps separate parts of the graph from drifting apart
      p.dx -= (p.x - W / 2) * 0.5; p.dy -= (p.y - H / 2) * 0.5;
      var d = Math.sqrt(p.dx * p.dx + p.dy * p.dy) || 0.01, s = Math.min(d, t);
      p.x += p.dx / d * s; p.y += p.dy / d * s;
    });
  }
  // fit the drawing to the window rather than pinning nodes to its edges
  var xs = pos.map(function (p) { return p.x; }), ys = pos.map(function (p) { return p.y; });
  var minX = Math.min.apply(null, xs) - 30, minY = Math.min.apply(null, ys) - 30;
  var maxX = Math.max.apply(null, xs) + 160, maxY = Math.max.apply(null, ys) + 30;
  svg.setAttribute('viewBox', [minX, minY, maxX - minX, maxY - minY].join(' '));
  var defs = document.createElementNS(NS, 'defs');
  Object.keys(data.colours).forEach(function (rel) {
    var m = document.createElementNS(NS, 'marker');
    m.setAttribute('id', 'arrow-' + rel); m.setAttribute('viewBox', '0 0 10 10'); m.setAttribute('refX', '16'); m.setAttribute('refY', '5');
    m.setAttribute('markerWidth', '6'); m.setAttribute('markerHeight', '6'); m.setAttribute('orient', 'auto');
    var p = document.createElementNS(NS, 'path'); p.setAttribute('d', 'M0,0 L10,5 L0,10 z'); p.setAttribute('fill', data.colours[rel]);
    m.appendChild(p); defs.appendChild(m);
  });
  svg.appendChild(defs);
  var edgeEls = data.edges.map(function (e, i) {
    var a = pos[links[i][0]], b = pos[links[i][1]], line = document.createElementNS(NS, 'line');
    line.setAttribute('class', 'edge'); line.setAttribute('x1', a.x); line.setAttribute('y1', a.y); line.setAttribute('x2', b.x); line.setAttribute('y2', b.y);
    line.setAttribute('stroke', data.colours[e.relation] || '#999'); line.setAttribute('marker-end', 'url(#arrow-' + e.relation + ')');
    line.dataset.source = e.source; line.dataset.target = e.target;
    svg.appendChild(line); return line;
  });
  var nodeEls = data.nodes.map(function (node, i) {
    var g = document.createElementNS(NS, 'g'), c = document.createElementNS(NS, 'circle'), label = document.createElementNS(NS, 'text');
    g.setAttribute('class', 'node' + (node.parsed ? ' parsed' : ' cited'));
    g.dataset.key = node.key;
    c.setAttribute('cx', pos[i].x); c.setAttribute('cy', pos[i].y); c.setAttribute('r', node.parsed ? 9 : 7); c.setAttribute('fill', colour(node.kind));
    label.setAttribute('x', pos[i].x + 11); label.setAttribute('y', pos[i].y + 4); label.textContent = node.label;
    var tip = document.createElementNS(NS, 'title'); tip.textContent = node.label + (node.issuer ? ' — ' + node.issuer : '');
    g.appendChild(tip); g.appendChild(c); g.appendChild(label);
    g.addEventListener('click', function () { show(node); });
    svg.appendChild(g); return g;
  });
  function show(node) {
    var dl = document.getElementById('details'); dl.innerHTML = '';
    var rows = [['Nút', node.label], ['Khóa', node.key], ['Loại', node.kind], ['Cơ quan ban hành', node.issuer], ['Ngày', node.date], ['Trích yếu', node.title],
      ['Trong kho', node.parsed ? 'có (' + node.sources.join(', ') + ')' : 'không — chỉ được trích dẫn'], ['Khóa chưa đủ', node.unresolved ? 'có' : 'không']];
    var out = data.edges.filter(function (e) { return e.source === node.key; }).map(function (e) { return e.relation + ' → ' + e.target; });
    var inn = data.edges.filter(function (e) { return e.target === node.key; }).map(function (e) { return e.source + ' → ' + e.relation; });
    rows.push(['Trích dẫn', out.join('\n') || '—'], ['Được trích dẫn bởi', inn.join('\n') || '—']);
    rows.forEach(function (row) {
      if (!row[1]) return;
      var dt = document.createElement('dt'), dd = document.createElement('dd');
      dt.textContent = row[0]; dd.textContent = row[1]; dd.style.whiteSpace = 'pre-line';
      dl.appendChild(dt); dl.appendChild(dd);
    });
  }
  function fold(s) { return s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ''); }
  var search = document.getElementById('search'), count = document.getElementById('count');
  search.addEventListener('input', function () {
    var q = fold(search.value), hits = 0;
    // a number or name finds its node; only when none has it do titles count ("28-CT/TW" is not every plan implementing it)
    var byName = function (node) { return fold(node.key).indexOf(q) >= 0 || fold(node.label).indexOf(q) >= 0; };
    var named = q !== '' && data.nodes.some(byName);
    nodeEls.forEach(function (g, i) {
      var node = data.nodes[i], hit = q !== '' && (byName(node) || (!named && fold(node.title).indexOf(q) >= 0));
      g.classList.toggle('match', hit); g.classList.toggle('dim', q !== '' && !hit); if (hit) hits++;
    });
    edgeEls.forEach(function (line) { line.classList.toggle('dim', q !== ''); });
    count.textContent = q === '' ? data.nodes.length + ' nút, ' + data.edges.length + ' cạnh' : hits + ' nút khớp';
    if (hits === 1) show(data.nodes[nodeEls.findIndex(function (g) { return g.classList.contains('match'); })]);
  });
  count.textContent = data.nodes.length + ' nút, ' + data.edges.length + ' cạnh';
  var legend = document.getElementById('legend');
  Object.keys(data.colours).forEach(function (rel) {
    var s = document.createElement('span'), i = document.createElement('i'); i.style.background = data.colours[rel];
    s.appendChild(i); s.appendChild(document.createTextNode(rel)); legend.appendChild(s);
  });
  kinds.forEach(function (kind) {
    var s = document.createElement('span'), i = document.createElement('i'); i.style.background = colour(kind); i.style.height = '10px'; i.style.borderRadius = '5px';
    s.appendChild(i); s.appendChild(document.createTextNode(kind || '?')); legend.appendChild(s);
  });
})();
`;
