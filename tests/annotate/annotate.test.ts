import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { annotate, annotationLayout, type AnnotateInput } from '../../src/annotate/index.js';
import type { CitationGraph } from '../../src/graph/attributes.js';
import type { Deadline, Reference, Relation, Span, Target, Task } from '../../src/model/schema.js';
import { parse } from '../../src/parse.js';
import { marksOf, readBack, textDiv } from './read-back.js';

function doc(text: string, parts: Partial<AnnotateInput> = {}): AnnotateInput {
  return { text, references: [], tasks: [], deadlines: [], targets: [], ...parts };
}
function ref(key: string, spans: Span[], relation: Relation = 'cites'): Reference {
  const mentions = spans.map((span) => ({ span, text: '', pinpoint: null }));
  return {
    key,
    keyPartial: false,
    kind: { name: 'Chỉ thị', code: 'CT' },
    number: null,
    name: null,
    date: null,
    issuer: null,
    title: null,
    relation,
    mentions,
  };
}
const deadline = (span: Span, date: string | null = '2026-05-20'): Deadline => ({
  text: '',
  date,
  recurrence: 'once',
  span,
});
const target = (span: Span, value = 90): Target => ({
  text: '',
  value,
  unit: '%',
  metric: null,
  by: '2030',
  recurrence: 'once',
  change: 'level',
  comparator: '>=',
  byInferred: false,
  agencies: [],
  span,
});
function task(agencies: [string, Span][], coordinators: [string, Span][] = [], deadlines: Deadline[] = []): Task {
  const body = ([name, span]: [string, Span]) => ({ name, span, successors: [] });
  return {
    agencies: agencies.map(body),
    coordinators: coordinators.map(body),
    text: '',
    deadlines,
    references: [],
    span: [0, 0],
  };
}
/** the [start, end) of `part` in `text` (its first occurrence) */
function at(text: string, part: string, from = 0): Span {
  const start = text.indexOf(part, from);
  if (start === -1) throw new Error(`"${part}" not in the text`);
  return [start, start + part.length];
}

/**
 * Annotate, read back, and check what every annotation must hold: the text back, each mark its span's text, balanced
 * tags, no link in a link.
 */
function annotated(input: AnnotateInput, options: Parameters<typeof annotate>[1] = {}) {
  const html = annotate(input, { ...options, page: false });
  const read = readBack(textDiv(html));
  expect(read.problems).toEqual([]);
  expect(read.text).toBe(input.text);
  const marks = marksOf(read);
  for (const [id, mark] of marks) expect(mark.text, `mark ${id}`).toBe(input.text!.slice(...mark.span));
  return { html, read, marks: [...marks.values()] };
}

describe('annotate() marks each value where its span is', () => {
  const text =
    'Thực hiện Chỉ thị số 28-CT/TW, Sở Y tế chủ trì, phối hợp với Sở Tài chính, báo cáo trước ngày 20/5/2026; đạt 90% xã.';
  const input = doc(text, {
    references: [ref('vn:28-ct/tw#2023', [at(text, 'Chỉ thị số 28-CT/TW')], 'implements')],
    tasks: [
      task(
        [['Sở Y tế', at(text, 'Sở Y tế')]],
        [['Sở Tài chính', at(text, 'Sở Tài chính')]],
        [deadline(at(text, 'trước ngày 20/5/2026'))],
      ),
    ],
    deadlines: [deadline(at(text, 'trước ngày 20/5/2026'))],
    targets: [target(at(text, 'đạt 90% xã'))],
  });

  it.each([
    [
      'a citation as a link to its key, with its relation',
      'a',
      'Chỉ thị số 28-CT/TW',
      {
        class: 'vb-cite',
        href: '#vn%3A28-ct%2Ftw%232023',
        'data-key': 'vn:28-ct/tw#2023',
        'data-relation': 'implements',
      },
    ],
    [
      'an agency that leads, with its task',
      'span',
      'Sở Y tế',
      { class: 'vb-agency', 'data-agency': 'Sở Y tế', 'data-role': 'lead', 'data-tasks': '0' },
    ],
    ['an agency that coordinates', 'span', 'Sở Tài chính', { class: 'vb-agency', 'data-role': 'coordinator' }],
    [
      'a deadline named by the document and its task once, with its date',
      'span',
      'trước ngày 20/5/2026',
      { class: 'vb-deadline', 'data-date': '2026-05-20', 'data-recurrence': 'once', 'data-tasks': '0' },
    ],
    [
      'a target with its value, unit, due year and comparator',
      'span',
      'đạt 90% xã',
      { class: 'vb-target', 'data-value': '90', 'data-unit': '%', 'data-by': '2030', 'data-comparator': '>=' },
    ],
  ])('%s', (_, tag, words, attributes) => {
    const { read } = annotated(input);
    const found = read.elements.filter((e) => e.text === words && e.attributes['data-mark'] !== undefined);
    expect(found).toHaveLength(1);
    expect(found[0]!.tag).toBe(tag);
    expect(found[0]!.attributes).toMatchObject(attributes);
  });

  it('should leave the words no value covers unmarked', () => {
    const { read } = annotated(input);
    expect(read.elements).toHaveLength(5);
    expect(read.elements.some((e) => e.text.includes('Thực hiện') || e.text.includes('phối hợp'))).toBe(false);
  });

  it('should link where the href says: a {key} template, a function, or # and the key by default', () => {
    const hrefs = (options: Parameters<typeof annotate>[1]) =>
      annotated(input, options)
        .read.elements.filter((e) => e.tag === 'a')
        .map((e) => e.attributes.href);
    expect(hrefs({})).toEqual(['#vn%3A28-ct%2Ftw%232023']);
    expect(hrefs({ href: 'graph.html?node={key}&x=1' })).toEqual(['graph.html?node=vn%3A28-ct%2Ftw%232023&x=1']);
    expect(hrefs({ href: 'https://example.org/n/' })).toEqual(['https://example.org/n/vn%3A28-ct%2Ftw%232023']);
    expect(hrefs({ href: (key) => `/k/${key.length}` })).toEqual(['/k/16']);
  });

  it('should link a citation to the node a graph merged its partial key into', () => {
    const graph: CitationGraph = new MultiDirectedGraph();
    const node = {
      kind: 'Chỉ thị',
      number: '28-CT/TW',
      name: null,
      issuer: null,
      date: null,
      title: null,
      parsed: false,
      unresolved: false,
      sources: [],
      label: 'Chỉ thị 28-CT/TW',
    };
    graph.addNode('vn:28-ct/tw#2023', { ...node, key: 'vn:28-ct/tw#2023', aliases: ['vn:28-ct/tw'] });
    const partial = doc(text, { references: [ref('vn:28-ct/tw', [at(text, 'Chỉ thị số 28-CT/TW')])] });
    const [link] = annotated(partial, { graph }).read.elements;
    expect(link!.attributes).toMatchObject({ 'data-key': 'vn:28-ct/tw#2023', href: '#vn%3A28-ct%2Ftw%232023' });
    expect(annotated(partial).read.elements[0]!.attributes['data-key']).toBe('vn:28-ct/tw');
  });
});

describe('annotate() escapes everything', () => {
  it('should write markup characters, quotes and carriage returns in the text and in attributes as references', () => {
    const text = 'a <b>&amp; "q" \'s\'\r\nx > y, Sở <Y> & "tế"';
    const input = doc(text, { tasks: [task([['Sở <Y> & "tế"', at(text, 'Sở <Y> & "tế"')]])] });
    const { html, read } = annotated(input);
    expect(html).not.toContain('<b>');
    expect(html).toContain('&#13;');
    expect(read.elements[0]!.attributes['data-agency']).toBe('Sở <Y> & "tế"');
  });

  it('should escape the page title and the cited keys in the page', () => {
    const text = 'Căn cứ Luật <Trẻ em>';
    const page = annotate(doc(text, { references: [ref('vn:luật:luật <trẻ em>', [at(text, 'Luật <Trẻ em>')])] }), {
      title: 'A <b> & c',
    });
    expect(page).toContain('<title>A &lt;b&gt; &amp; c</title>');
    expect(page).toContain('<li id="vn:luật:luật &lt;trẻ em&gt;">');
    expect(page).not.toMatch(/<trẻ em>|<b>/u);
  });
});

describe('annotate() lays overlapping marks out deterministically', () => {
  it('should nest a mark inside the one that holds it', () => {
    const text = 'Đến năm 2030, đạt 95% hồ sơ xử lý trước ngày 15/12 hằng năm.';
    const input = doc(text, {
      targets: [target([0, text.length - 1], 95)],
      deadlines: [deadline(at(text, 'trước ngày 15/12'), '--12-15')],
    });
    const { read } = annotated(input);
    const inner = read.elements.find((e) => e.attributes.class === 'vb-deadline')!;
    expect(inner.ancestors).toEqual(['span']);
    expect(annotationLayout(input).diagnostics).toEqual([]);
  });

  it.each([
    ['target', 'citation', 'deadline', 'agency'],
    ['agency', 'deadline', 'citation', 'target'],
  ])(
    'should nest marks of one span by kind, a target outside and an agency inside, whatever order they come in (%s first)',
    (...order) => {
      const text = 'Ủy ban nhân dân tỉnh';
      const span: Span = [0, text.length];
      const parts: Record<string, Partial<AnnotateInput>> = {
        target: { targets: [target(span)] },
        citation: { references: [ref('vn:x', [span])] },
        deadline: { deadlines: [deadline(span)] },
        agency: { tasks: [task([['Ủy ban nhân dân tỉnh', span]])] },
      };
      const input = doc(text, Object.assign({}, ...order.map((kind) => parts[kind])));
      const { read } = annotated(input);
      expect(read.elements.map((e) => e.attributes.class)).toEqual([
        'vb-target',
        'vb-cite',
        'vb-deadline',
        'vb-agency',
      ]);
    },
  );

  it('should split a mark that crosses the end of one begun before it, and say so', () => {
    const text = 'chủ trì: Sở Nội vụ trước ngày 05 hằng tháng';
    const input = doc(text, {
      tasks: [task([['Sở Nội vụ', [9, 22]]])], // "Sở Nội vụ trư": a span that runs into the deadline
      deadlines: [deadline(at(text, 'trước ngày 05 hằng tháng'), '---05')],
    });
    const { read, marks } = annotated(input);
    const deadlinePieces = marks.find((m) => m.pieces[0]!.attributes.class === 'vb-deadline')!.pieces;
    expect(deadlinePieces.map((p) => [p.text, p.attributes['data-part']])).toEqual([
      ['trư', '1/2'],
      ['ớc ngày 05 hằng tháng', '2/2'],
    ]);
    expect(read.elements[0]!.attributes.class).toBe('vb-agency');
    expect(annotationLayout(input).diagnostics.map((d) => [d.code, d.span])).toEqual([
      ['annotate/split', at(text, 'trước ngày 05 hằng tháng')],
    ]);
    expect(annotate(input)).toContain('<summary>Ghi chú (1)</summary>');
  });

  it('should keep a citation inside a citation a link, and link the outer one’s other words to it (HTML nests no links)', () => {
    const text = 'Quyết định số 290/2005/QĐ-TTg, số 142/2008/QĐ-TTg của Thủ tướng';
    const input = doc(text, {
      references: [
        ref('vn:290/2005/qđ-ttg', [at(text, 'Quyết định số 290/2005/QĐ-TTg')]),
        ref('vn:142/2008/qđ-ttg', [at(text, 'Quyết định số 290/2005/QĐ-TTg, số 142/2008/QĐ-TTg')]),
      ],
    });
    const { read } = annotated(input);
    expect(
      read.elements.map((e) => [e.tag, e.attributes.class, e.text, e.attributes.href ?? e.attributes['data-href']]),
    ).toEqual([
      ['span', 'vb-cite', 'Quyết định số 290/2005/QĐ-TTg, số 142/2008/QĐ-TTg', '#vn%3A142%2F2008%2Fq%C4%91-ttg'],
      ['a', 'vb-cite', 'Quyết định số 290/2005/QĐ-TTg', '#vn%3A290%2F2005%2Fq%C4%91-ttg'],
      ['a', 'vb-link', ', số 142/2008/QĐ-TTg', '#vn%3A142%2F2008%2Fq%C4%91-ttg'],
    ]);
  });

  it('should leave out a mark over no text or outside the text, with a diagnostic', () => {
    const input = doc('Sở Y tế', { deadlines: [deadline([3, 3])], targets: [target([2, 40])] });
    const { read } = annotated(input);
    expect(read.elements).toEqual([]);
    expect(annotationLayout(input).diagnostics.map((d) => d.code)).toEqual([
      'annotate/empty-span',
      'annotate/span-outside',
    ]);
  });

  it('should draw any marks over any text so that the text and every mark read back exactly', () => {
    const kinds = ['citation', 'agency', 'deadline', 'target'] as const;
    const cases = fc
      .string({
        unit: fc.constantFrom('a', 'ệ', ' ', '\n', '<', '&', '>', '"', '\r', 'Đ'),
        minLength: 1,
        maxLength: 40,
      })
      .chain((text) =>
        fc.record({
          text: fc.constant(text),
          marks: fc.array(fc.tuple(fc.constantFrom(...kinds), fc.nat(text.length), fc.nat(text.length)), {
            maxLength: 8,
          }),
        }),
      );
    fc.assert(
      fc.property(cases, ({ text, marks }) => {
        const input = doc(text);
        marks.forEach(([kind, a, b], i) => {
          const span: Span = [Math.min(a, b), Math.max(a, b)];
          if (kind === 'citation') input.references.push(ref(`vn:${i}`, [span]));
          else if (kind === 'agency') input.tasks.push(task([[`Sở ${i}`, span]]));
          else if (kind === 'deadline') input.deadlines.push(deadline(span, `2026-01-${10 + i}`));
          else input.targets.push(target(span, i));
        });
        const { html, marks: read } = annotated(input);
        expect(read.length).toBe(marks.filter(([, a, b]) => a !== b).length);
        // the same values listed in another order are drawn the same
        const reversed = {
          ...input,
          references: [...input.references].reverse(),
          deadlines: [...input.deadlines].reverse(),
          targets: [...input.targets].reverse(),
        };
        expect(annotate(reversed, { page: false })).toBe(html);
      }),
      { numRuns: 500 },
    );
  });
});

describe('annotate() on a parsed document', () => {
  const result = parse(readFileSync(new URL('../../corpus/seeds/003_92d5c371dfb6f108.txt', import.meta.url)), {
    name: '003_92d5c371dfb6f108.txt',
  });

  it('should link every mention of every reference to the reference’s key', () => {
    const { read } = annotated(result);
    const links = read.elements.filter((e) => e.attributes.class === 'vb-cite');
    expect(links).toHaveLength(result.references.reduce((n, r) => n + r.mentions.length, 0));
    expect(new Set(links.map((e) => e.attributes['data-key']))).toEqual(new Set(result.references.map((r) => r.key)));
  });

  it('should write one page: heading, legend with counts, the text, and each cited instrument as a link target', () => {
    const page = annotate(result);
    expect(page).toMatch(/^<!doctype html>\n<html lang="vi">/u);
    expect(page).toContain('<title>Kế hoạch 203/KH-UBND</title>');
    expect(page).toMatch(/<li><span class="vb-cite">Văn bản được dẫn<\/span> \d+<\/li>/u);
    expect(page).toContain('<p class="vb-key">Khóa: <code>vn:203/kh-ubnd@ha-noi#2024</code></p>');
    expect(page).not.toMatch(/<(?:script|link|img)\b|https?:/u);
  });

  it('should list each cited instrument once, its id the key the links go to, with a link back to each mention', () => {
    const page = annotate(result);
    const items = [...page.matchAll(/<li id="([^"]+)">([^\n]*)<\/li>/gu)];
    expect(items.map(([, key]) => key).sort()).toEqual(result.references.map((r) => r.key).sort());
    const mentionIds = new Set(
      readBack(textDiv(page))
        .elements.map((e) => e.attributes.id)
        .filter(Boolean),
    );
    for (const [, key, item] of items) {
      const back = [...item!.matchAll(/href="#(vb-m\d+)"/gu)].map(([, id]) => id);
      expect(back, key).toHaveLength(result.references.find((r) => r.key === key)!.mentions.length);
      for (const id of back) expect(mentionIds.has(id), `${key} → ${id}`).toBe(true);
    }
  });

  it('should refuse a result without its text, and a format it does not write', () => {
    expect(() => annotate({ ...result, text: undefined })).toThrow(/no text/u);
    expect(() => annotate(result, { format: 'pdf' as 'html' })).toThrow(/unknown format/u);
  });
});
