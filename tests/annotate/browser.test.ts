/**
 * The annotated page as a browser reads it: its DOM text is the result's text, each mark's
 * pieces hold its span's text, no link is inside a link, nothing is fetched, and a citation's
 * default link lands on the cited instrument in the page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { annotate, type AnnotateInput } from '../../src/annotate/index.js';
import { parse } from '../../src/parse.js';

const CORPUS = fileURLToPath(new URL('../../corpus', import.meta.url));
const chromium = process.env.VANBAN_CHROMIUM ?? '/usr/bin/chromium';
const haveChromium = existsSync(chromium);
if (!haveChromium && process.env.VANBAN_REQUIRE_BROWSER)
  throw new Error(`VANBAN_REQUIRE_BROWSER is set but ${chromium} does not exist`);
if (!haveChromium)
  console.warn(`tests/annotate/browser.test.ts: skipped — no Chromium at ${chromium} (set VANBAN_CHROMIUM)`);

/** In the page: the text back, each mark's joined pieces against its span, and links in links. */
const READ_PAGE = `(() => {
  const div = document.querySelector('.vb-text');
  const marks = {};
  for (const el of div.querySelectorAll('[data-mark]')) {
    const m = (marks[el.dataset.mark] ??= { span: el.dataset.span.split(' ').map(Number), text: '' });
    m.text += el.textContent;
  }
  return { text: div.textContent, marks: Object.values(marks), linksInLinks: div.querySelectorAll('a a').length };
})()`;

/** A text with a deadline crossing an agency's end, and a citation inside a citation. */
function overlapping(): AnnotateInput {
  const text =
    '\n\nchủ trì: Sở Nội vụ trước ngày 05 hằng tháng & <b>Quyết định số 290/2005/QĐ-TTg, số 142/2008/QĐ-TTg</b>\r\n';
  const span = (part: string): [number, number] => [text.indexOf(part), text.indexOf(part) + part.length];
  const ref = (key: string, part: string) => ({
    key,
    keyPartial: false,
    kind: { name: 'Quyết định', code: 'QĐ' },
    number: null,
    name: null,
    date: null,
    issuer: null,
    title: null,
    relation: 'cites' as const,
    mentions: [{ span: span(part), text: part, pinpoint: null }],
  });
  const [start] = span('Sở Nội vụ');
  return {
    text,
    references: [
      ref('vn:290/2005/qđ-ttg', 'Quyết định số 290/2005/QĐ-TTg'),
      ref('vn:142/2008/qđ-ttg', 'Quyết định số 290/2005/QĐ-TTg, số 142/2008/QĐ-TTg'),
    ],
    tasks: [
      {
        agencies: [{ name: 'Sở Nội vụ', span: [start, start + 13], successors: [] }],
        coordinators: [],
        text: '',
        deadlines: [],
        references: [],
        span: [0, 0],
      },
    ],
    deadlines: [{ text: '', date: '---05', recurrence: 'monthly', span: span('trước ngày 05 hằng tháng') }],
    targets: [],
  };
}

describe.skipIf(!haveChromium)('the annotated page in headless Chromium', () => {
  it('should read back as the text, each mark as its span, with no link in a link and nothing fetched; a citation lands on its instrument', async () => {
    const seeds = readdirSync(join(CORPUS, 'seeds'))
      .filter((f) => f.endsWith('.txt'))
      .sort();
    const inputs: [string, AnnotateInput][] = [
      ...seeds.map((f) => [f, parse(readFileSync(join(CORPUS, 'seeds', f)), { name: f })] as [string, AnnotateInput]),
      [
        'cb-008 (citations inside citations)',
        parse(readFileSync(join(CORPUS, 'unlabeled', 'cb-008-thong-tu-so-44-2022-tt-btc-37701.txt'))),
      ],
      ['overlapping marks', overlapping()],
    ];
    const { chromium: browserType } = await import('playwright-core');
    const browser = await browserType.launch({
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    try {
      const tab = await browser.newPage();
      const fetched: string[] = [];
      await tab.route('**/*', (route) => {
        fetched.push(route.request().url());
        return route.abort();
      });
      for (const [name, input] of inputs) {
        await tab.setContent(annotate(input));
        const read = (await tab.evaluate(READ_PAGE)) as {
          text: string;
          marks: { span: [number, number]; text: string }[];
          linksInLinks: number;
        };
        expect(read.text === input.text, `${name}: the DOM text differs`).toBe(true);
        expect(read.linksInLinks, name).toBe(0);
        for (const mark of read.marks)
          expect(mark.text === input.text!.slice(...mark.span), `${name}: mark at [${mark.span}]`).toBe(true);
      }
      expect(fetched).toEqual([]);

      // a key with spaces and Vietnamese letters: the fragment is URL-encoded, the id is the key itself
      await tab.setContent(annotate(inputs.find(([name]) => name.startsWith('002_'))![1]));
      const key = await tab.evaluate(`document.querySelector('a.vb-cite[data-key*=" "]').dataset.key`);
      expect(key).toMatch(/^vn:\S+ .*[ạ-ỹ]/u);
      await tab.click('a.vb-cite[data-key*=" "]');
      expect(await tab.evaluate(`document.querySelector(':target')?.id`)).toBe(key);
      await tab.click(`li:target a[href^="#vb-m"]`);
      expect(await tab.evaluate(`document.querySelector(':target')?.dataset.key`)).toBe(key);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
