/**
 * The graph page (toHTML): its data in Node, then the page itself in headless Chromium at the
 * corpus's size and at 20,000 nodes — filter, search-zoom, lược đồ and ego view. The time to
 * first draw is printed, never asserted. VANBAN_SHOTS=DIR keeps the screenshots there.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import {
  about,
  ancestors,
  buildGraph,
  descendants,
  findInstruments,
  parse,
  parseFile,
  toHTML,
  type CitationGraph,
  type InstrumentAttributes,
} from '../../src/index.js';
import { pageData } from '../../src/graph/exports/html.js';
import type { Relation } from '../../src/model/schema.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('the page’s data', () => {
  it('labels a document as a person cites it — kind and number, or the file name, never its folders', () => {
    const g = buildGraph([
      parse(
        'ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 15/KH-UBND\nAn Giang, ngày 05 tháng 5 năm 2024\nKẾ HOẠCH\nThực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư\n',
        { name: 'kho/2024/ke-hoach.txt' },
      ),
      parse('GIẤY MỜI\nhọp giao ban\n', { name: '/home/van-thu/kho/2024/giay-moi.txt' }),
    ]);
    const labels = pageData(g)
      .nodes.map((n) => n[1])
      .sort();
    expect(labels).toEqual(['Chỉ thị 28-CT/TW', 'Giấy mời (giay-moi.txt)', 'Kế hoạch 15/KH-UBND']);
    expect(labels.join(' ')).not.toContain('/home');
  });

  it('gives every kind its own colour, every node a position, every edge its relation', () => {
    const kinds = [
      'Luật',
      'Nghị định',
      'Thông tư',
      'Quyết định',
      'Kế hoạch',
      'Công văn',
      'Chỉ thị',
      'Nghị quyết',
      'Thông báo',
      'Báo cáo',
      'Tờ trình',
      'Hướng dẫn',
      'Kết luận',
      'Pháp lệnh',
      'Bộ luật',
      'Công điện',
      'Công ước',
      'Phương án',
      'Chương trình',
      'Giấy mời',
      'Hiến pháp',
      'Đề án',
      'Quy định',
      'Dự án',
    ];
    const data = pageData(synthetic(kinds.length * 3, kinds));
    expect(data.kinds).toHaveLength(kinds.length);
    expect(new Set(data.kindColours).size).toBe(kinds.length);
    expect(data.nodes.every((n) => Number.isFinite(n[6]) && Number.isFinite(n[7]))).toBe(true);
    expect(data.edges.every(([, , r]) => data.relations[r] !== undefined)).toBe(true);
  });

  it('lays the same graph out the same way twice', () => {
    const g = synthetic(300);
    expect(pageData(g).nodes).toEqual(pageData(g).nodes);
  });
});

/**
 * A citation graph of `order` nodes shaped like an archive: a few hundred laws and decrees that
 * most documents cite, plans implementing earlier plans, documents of the archive after the
 * first tenth. Deterministic.
 */
function synthetic(
  order: number,
  kinds = [
    'Luật',
    'Nghị định',
    'Thông tư',
    'Quyết định',
    'Kế hoạch',
    'Công văn',
    'Chỉ thị',
    'Nghị quyết',
    'Thông báo',
    'Báo cáo',
    'Tờ trình',
    'Hướng dẫn',
  ],
): CitationGraph {
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
  const relations: Relation[] = [
    'cites',
    'cites',
    'cites',
    'basedOn',
    'basedOn',
    'implements',
    'guides',
    'amends',
    'replaces',
    'repeals',
    'proposal',
  ];
  const g: CitationGraph = new MultiDirectedGraph();
  const roots = Math.max(3, Math.floor(order / 60));
  for (let i = 0; i < order; i++) {
    const kind = i < roots ? kinds[i % 2]! : kinds[i % kinds.length]!;
    const attributes: InstrumentAttributes = {
      key: `vn:${i}/syn`,
      kind,
      number: `${i}/SYN`,
      name: null,
      issuer: `Cơ quan ${Math.floor(random() * 150)}`,
      date: `${2000 + Math.floor((i / order) * 26)}-01-01`,
      title: `về việc số ${i}`,
      parsed: i >= order / 10,
      unresolved: false,
      sources: [],
      aliases: [],
      label: `${kind} ${i}/SYN`,
    };
    g.addNode(attributes.key, attributes);
    if (i === 0) continue;
    for (let k = 0; k < 1 + Math.floor(random() * 2); k++) {
      const target = random() < 0.6 ? Math.floor(random() * Math.min(i, roots)) : Math.floor(random() * i);
      g.addEdge(attributes.key, `vn:${target}/syn`, {
        relation: pick(relations),
        direct: true,
        evidence: [{ document: attributes.key, source: null, span: [0, 1], text: '…' }],
      });
    }
  }
  return g;
}

const chromium = process.env.VANBAN_CHROMIUM ?? '/usr/bin/chromium';
const haveChromium = existsSync(chromium);
if (!haveChromium && process.env.VANBAN_REQUIRE_BROWSER)
  throw new Error(`VANBAN_REQUIRE_BROWSER is set but ${chromium} does not exist`);
if (!haveChromium)
  console.warn(`tests/graph/page.test.ts: the page test is skipped — no Chromium at ${chromium} (set VANBAN_CHROMIUM)`);

// WebGL without a GPU: Chromium's software renderer (SwiftShader), which it no longer picks by itself
const BROWSER_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Open the page of `graph` (its hooks: window.vanbanGraph in page/graph-page.ts), then filter it, search it, read a
 * lược đồ and open an ego view, as a reader would.
 */
async function exercise(name: string, graph: CitationGraph, query: string, filterKind: string): Promise<void> {
  const { chromium: browserType } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'vanban-page-'));
  const shots = process.env.VANBAN_SHOTS ?? dir;
  mkdirSync(shots, { recursive: true });
  const file = join(dir, 'graph.html');
  const started = performance.now();
  writeFileSync(file, toHTML(graph));
  const exported = performance.now() - started;
  const browser = await browserType.launch({ executablePath: chromium, args: BROWSER_ARGS });
  try {
    const tab = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const requests: string[] = [];
    const errors: string[] = [];
    tab.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    tab.on('pageerror', (e) => errors.push(e.message));
    const ask = <T>(expression: string) => tab.evaluate(`window.vanbanGraph.${expression}`) as Promise<T>;
    await tab.goto(`file://${file}`);
    await tab.waitForFunction('window.vanbanGraph !== undefined && !Number.isNaN(window.vanbanGraph.firstDraw)', null, {
      timeout: 120_000,
    });
    console.log(
      `graph page, ${name}: ${graph.order} nodes, ${graph.size} edges; toHTML ${Math.round(exported)} ms, ${(statSync(file).size / 1e6).toFixed(1)} MB; first draw ${Math.round(await ask<number>('firstDraw'))} ms after navigation`,
    );
    expect(errors).toEqual([]);
    expect(await ask<number>('shown()')).toBe(graph.order);
    const shot = async (what: string) => {
      const path = join(shots, `${name}-${what}.png`);
      await tab.screenshot({ path });
      expect(statSync(path).size, what).toBeGreaterThan(20_000);
    };
    await shot('whole');

    // filter: no documents of one kind, then only one issuer's from one year on
    const timings: string[] = [];
    const timed = async (what: string, act: () => Promise<unknown>) => {
      const t = performance.now();
      await act();
      timings.push(`${what} ${Math.round(performance.now() - t)} ms`);
    };
    await timed('filter', () => tab.locator('#kinds input[value="' + filterKind + '"]').uncheck());
    expect(await ask<number>('shown()')).toBe(graph.filterNodes((_, a) => a.kind !== filterKind).length);
    const issuer = graph.getNodeAttribute(findInstruments(graph, query)[0]!, 'issuer');
    if (issuer) {
      await tab.selectOption('#issuer', issuer);
      await tab.fill('#year-from', '2020');
      const expected = graph.filterNodes(
        (_, a) => a.kind !== filterKind && a.issuer === issuer && Number((a.date ?? '').slice(0, 4)) >= 2020,
      ).length;
      expect(await ask<number>('shown()')).toBe(expected);
      expect(await tab.textContent('#count')).toContain(
        `${expected.toLocaleString('vi')} / ${graph.order.toLocaleString('vi')}`,
      );
    }
    await shot('filter');
    await tab.locator('#kinds input[value="' + filterKind + '"]').check();
    await tab.selectOption('#issuer', '');
    await tab.fill('#year-from', '');
    expect(await ask<number>('shown()')).toBe(graph.order);

    // search: the number finds its node, the camera zooms to it, the panel shows its lược đồ (filters that hid it give
    // way)
    const [key] = findInstruments(graph, query) as [string];
    await tab.fill('#search', query);
    await timed('search and zoom', async () => {
      await tab.press('#search', 'Enter');
      await tab.waitForFunction('window.vanbanGraph.cameraRatio() < 0.2');
    });
    expect(await ask<string>('focus()')).toBe(key);
    const lược = about(graph, key)!;
    const panel = (await tab.textContent('#about'))!;
    expect(panel).toContain(graph.getNodeAttribute(key, 'label'));
    for (const group of [...lược.parents, ...lược.children]) expect(panel).toContain(`(${group.keys.length})`);
    expect(await tab.locator('#about button').count()).toBe(
      [...lược.parents, ...lược.children].reduce((n, g) => n + Math.min(50, g.keys.length), 0) +
        Math.min(50, lược.missing.length),
    );
    await shot('search');

    // ego view, every step: the node, all it rests on and all that rests on it
    await tab.fill('#ego-depth', '0');
    await timed('ego view', () => tab.click('#ego'));
    const ego = new Set([key, ...ancestors(graph, key), ...descendants(graph, key)]);
    expect((await ask<string[]>('ego()'))!.sort()).toEqual([...ego].sort());
    expect(await ask<number>('shown()')).toBe(ego.size);
    await tab.waitForFunction('window.vanbanGraph.cameraRatio() === 1'); // framed on the ego view
    await shot('ego');
    // one step: only its neighbours
    await tab.fill('#ego-depth', '1');
    await tab.click('#ego');
    expect(await ask<number>('shown()')).toBe(new Set([key, ...graph.neighbors(key)]).size);
    await tab.click('#ego-off');
    expect(await ask<number>('shown()')).toBe(graph.order);
    // a search for what an ego view hides leaves the ego view
    await tab.click('#ego');
    const outside = graph.findNode((k) => k !== key && !graph.areNeighbors(k, key))!;
    await tab.fill('#search', outside);
    await tab.press('#search', 'Enter');
    expect([await ask<string>('focus()'), await ask<number>('shown()'), await ask<null>('ego()')]).toEqual([
      outside,
      graph.order,
      null,
    ]);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]); // offline: nothing is fetched
    console.log(
      `graph page, ${name}: ${timings.join(', ')} (each from the action to its redraw, as the test drives it)`,
    );
  } finally {
    await browser.close();
    rmSync(file);
  }
}

describe.skipIf(!haveChromium)('the graph page in headless Chromium', () => {
  it('at the corpus’s size: draws, filters, zooms to 28-CT/TW, shows its lược đồ and its ego view', async () => {
    const files = ['seeds', 'dev', 'unlabeled'].flatMap((d) =>
      readdirSync(join(ROOT, 'corpus', d), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(txt|md)$/u.test(f))
        .map((f) => join(ROOT, 'corpus', d, f)),
    );
    const graph = buildGraph(files.map((f) => parseFile(f)));
    expect(graph.order).toBeGreaterThan(2000);
    await exercise('corpus', graph, '28-CT/TW', 'Luật');
  }, 600_000);

  it('at 20,000 nodes: the same, and stays usable', async () => {
    await exercise('20k', synthetic(20_000), '12345/SYN', 'Thông tư');
  }, 600_000);
});
