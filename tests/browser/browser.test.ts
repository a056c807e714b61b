import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Metafile } from 'esbuild';
import { bundleBrowser } from '../../scripts/browser-bundle.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph, parse, toJSON } from '../../src/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const seeds = readdirSync(join(ROOT, 'corpus/seeds'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => join(ROOT, 'corpus/seeds', f));

async function bundle(): Promise<{ code: string; metafile: Metafile }> {
  const { text, metafile } = await bundleBrowser();
  return { code: text, metafile };
}

let code = '';
let metafile: Metafile;
beforeAll(async () => {
  ({ code, metafile } = await bundle());
});

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
// a static or dynamic import, an export-from, or a require() of a bare specifier
const SPECIFIERS = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"']+)["']/g;

describe('the browser bundle', () => {
  it('should import nothing: no Node builtin, no package left outside', () => {
    const specifiers = (js: string) => [...js.matchAll(SPECIFIERS)].map((m) => m[1]!);
    expect(specifiers('import{a}from"node:fs";const b=require("path");import("os")')).toEqual([
      'node:fs',
      'path',
      'os',
    ]);
    const imported = specifiers(code);
    expect(imported.filter((s) => BUILTINS.has(s) || s.startsWith('node:'))).toEqual([]);
    expect(Object.values(metafile.outputs).flatMap((o) => o.imports)).toEqual([]);
  });

  it('should not reach the Node-only modules (files, .docx, .pdf, the CLI)', () => {
    const inputs = Object.keys(metafile.inputs);
    expect(
      inputs.filter((f) =>
        /src\/(?:read|cli|convert|eval)\/|parse-file|mammoth|unpdf|iconv-lite|better-sqlite3/.test(f),
      ),
    ).toEqual([]);
  });
});

const chromium = process.env.VANBAN_CHROMIUM ?? '/usr/bin/chromium';
const haveChromium = existsSync(chromium);
if (!haveChromium && process.env.VANBAN_REQUIRE_BROWSER)
  throw new Error(`VANBAN_REQUIRE_BROWSER is set but ${chromium} does not exist`);
if (!haveChromium)
  console.warn(
    `tests/browser/browser.test.ts: the Chromium run is skipped — no Chromium at ${chromium} (set VANBAN_CHROMIUM)`,
  );

// served from memory by the page's request router: nothing goes over a network
const ORIGIN = 'http://vanban.invalid';
const PAGE = `<!doctype html><meta charset="utf-8"><script type="module">
import * as vanban from './vanban.js';
window.vanban = vanban;
</script>`;
// a module worker has no DOM: the bundle must not need one
const WORKER = `import * as vanban from './vanban.js';
onmessage = (e) => postMessage(JSON.stringify(vanban.parse(e.data.text, { name: e.data.name })));`;
const IN_WORKER = (text: string, name: string) => `new Promise((resolve, reject) => {
  const worker = new Worker('./worker.js', { type: 'module' });
  worker.onmessage = (e) => { resolve(e.data); worker.terminate(); };
  worker.onerror = (e) => reject(new Error(e.message));
  worker.postMessage({ text: ${JSON.stringify(text)}, name: ${JSON.stringify(name)} });
})`;

describe.skipIf(!haveChromium)('the browser bundle in headless Chromium', () => {
  it('should parse the seeds exactly as Node does, from text, from bytes and in a worker, and build the same graph', async () => {
    const { chromium: browserType } = await import('playwright-core');
    const browser = await browserType.launch({
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const tab = await browser.newPage();
      const served: string[] = [];
      const errors: string[] = [];
      tab.on('pageerror', (e) => errors.push(e.message));
      await tab.route('**/*', (route) => {
        const url = route.request().url();
        served.push(url);
        if (url === `${ORIGIN}/`) return route.fulfill({ contentType: 'text/html', body: PAGE });
        if (url === `${ORIGIN}/vanban.js`) return route.fulfill({ contentType: 'text/javascript', body: code });
        if (url === `${ORIGIN}/worker.js`) return route.fulfill({ contentType: 'text/javascript', body: WORKER });
        return route.abort();
      });
      await tab.goto(`${ORIGIN}/`);
      await tab.waitForFunction('window.vanban !== undefined');
      expect(errors).toEqual([]);
      expect(await tab.evaluate('typeof process === "undefined" && typeof Buffer === "undefined"')).toBe(true);

      const inBrowser = (expression: string) => tab.evaluate(expression) as Promise<string>;
      for (const seed of seeds) {
        const text = readFileSync(seed, 'utf8');
        const name = basename(seed);
        const [quoted, options] = [JSON.stringify(text), `{ name: ${JSON.stringify(name)} }`];
        expect(JSON.parse(await inBrowser(`JSON.stringify(vanban.parse(${quoted}, ${options}))`)), name).toEqual(
          JSON.parse(JSON.stringify(parse(text, { name }))),
        );
        const fromBytes = JSON.parse(
          await inBrowser(`JSON.stringify(vanban.parse(new TextEncoder().encode(${quoted}), ${options}))`),
        );
        expect(fromBytes, `${name} as bytes`).toEqual(JSON.parse(JSON.stringify(parse(readFileSync(seed), { name }))));
      }

      const [first] = seeds as [string];
      const inWorker = JSON.parse(await inBrowser(IN_WORKER(readFileSync(first, 'utf8'), basename(first))));
      expect(inWorker).toEqual(
        JSON.parse(JSON.stringify(parse(readFileSync(first, 'utf8'), { name: basename(first) }))),
      );

      const documents = seeds.map((s) => ({ text: readFileSync(s, 'utf8'), name: basename(s) }));
      const graphJson = await inBrowser(
        `JSON.stringify(vanban.toJSON(vanban.buildGraph(${JSON.stringify(documents)}.map((d) => vanban.parse(d.text, { name: d.name })))))`,
      );
      const nodeGraph = buildGraph(documents.map((d) => parse(d.text, { name: d.name })));
      expect(JSON.parse(graphJson)).toEqual(JSON.parse(JSON.stringify(toJSON(nodeGraph))));
      expect(nodeGraph.size).toBeGreaterThan(0);
      expect([...new Set(served)].sort()).toEqual([`${ORIGIN}/`, `${ORIGIN}/vanban.js`, `${ORIGIN}/worker.js`]); // the worker loads vanban.js again
    } finally {
      await browser.close();
    }
  }, 60_000);
});
