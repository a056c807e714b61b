import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DocumentResultSchema,
  fromAkomaNtoso,
  parse,
  parseFile,
  toAkomaNtoso,
  type DocumentResult,
} from '../../src/index.js';
import { readXml, descendants, elements, child, textOf, type XmlElement } from '../../src/akn/xml-tree.js';
import { xmlSafe } from '../../src/akn/xml-escape.js';
import { corpusInput, tokenInput } from '../../scripts/fuzz.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCHEMA = join(ROOT, 'tests/fixtures/akn/akomantoso30.xsd');
const CORPUS_DIRS = ['corpus/seeds', 'corpus/dev', 'corpus/unlabeled'];
const files = CORPUS_DIRS.flatMap((d) =>
  readdirSync(join(ROOT, d))
    .filter((f) => /\.(?:txt|md)$/u.test(f))
    .sort()
    .map((f) => join(ROOT, d, f)),
);
const corpus = files.map((file) => {
  const result = parseFile(file);
  return { file, result, xml: toAkomaNtoso(result) };
});
const byName = (prefix: string) => corpus.find((c) => c.result.source.name!.startsWith(prefix))!;

const xmllint = process.env.VANBAN_XMLLINT ?? 'xmllint';
const haveXmllint = spawnSync(xmllint, ['--version']).status === 0;
if (!haveXmllint && process.env.VANBAN_REQUIRE_XMLLINT)
  throw new Error(`VANBAN_REQUIRE_XMLLINT is set but ${xmllint} does not run (apt-get install libxml2-utils)`);
if (!haveXmllint)
  console.warn(
    `tests/akn/akn.test.ts: schema validation is skipped — no ${xmllint} (install libxml2-utils or set VANBAN_XMLLINT)`,
  );

/** Validate every document in one xmllint run; returns its exit status and what it printed. */
function validate(documents: readonly { name: string; xml: string }[]): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-akn-'));
  const paths = documents.map(({ name, xml }, i) => {
    const path = join(dir, `${String(i).padStart(3, '0')}-${name}.xml`);
    writeFileSync(path, xml);
    return path;
  });
  const run = spawnSync(xmllint, ['--noout', '--schema', SCHEMA, ...paths], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const trees = new Map<string, XmlElement>();
/** The document element (act or doc) of an exported text, read once. */
function documentOf(xml: string): XmlElement {
  let tree = trees.get(xml);
  if (!tree) trees.set(xml, (tree = elements(readXml(xml))[0]!));
  return tree;
}

const allEIds = (node: XmlElement): string[] => [
  ...(node.attrs.eId ? [node.attrs.eId] : []),
  ...elements(node).flatMap(allEIds),
];

describe('Akoma Ntoso export of the corpus', () => {
  it('should cover every corpus document (seeds, dev, unlabeled)', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(170);
  });

  it.skipIf(!haveXmllint)('should validate against the AKN 3.0 schema, every document in one xmllint run', () => {
    const { status, output } = validate(corpus.map(({ result, xml }) => ({ name: result.source.name!, xml })));
    expect(output.match(/ validates$/gmu)?.length, output.slice(0, 2000)).toBe(corpus.length);
    expect(status, output.slice(0, 2000)).toBe(0);
  });

  it('should read every document back into the same result, text and spans included', () => {
    for (const { file, result, xml } of corpus) expect(fromAkomaNtoso(xml), file).toStrictEqual(result);
  });

  it('should round-trip a result without its text (as the CLI prints it)', () => {
    for (const { result } of corpus.slice(0, 20)) {
      const { text, ...withoutText } = result;
      expect(text).toBeDefined();
      expect(fromAkomaNtoso(toAkomaNtoso(withoutText))).toStrictEqual(withoutText);
    }
  });

  it("should give every element a unique, well-formed eId, nested under its parent's", () => {
    for (const { file, xml } of corpus) {
      const document = documentOf(xml);
      const eIds = allEIds(document);
      expect(new Set(eIds).size, file).toBe(eIds.length);
      for (const eId of eIds) expect(eId, file).toMatch(/^[a-z][a-z0-9-]*(?:_[a-z0-9-]+)?(?:__[a-z]+_[a-z0-9-]+)*$/u);
      const body = child(document, 'body') ?? child(document, 'mainBody')!;
      const nested = (parent: XmlElement) => {
        for (const e of elements(parent).filter((c) => c.attrs.eId)) {
          if (parent.attrs.eId)
            expect(e.attrs.eId!.startsWith(`${parent.attrs.eId}__`), `${file}: ${e.attrs.eId}`).toBe(true);
          nested(e);
        }
      };
      nested(body);
    }
  });
});

describe('the parts of an AKN document', () => {
  it('should name a normative instrument an act and FRBR-identify it from its key', () => {
    const decree = documentOf(byName('cb-062-nghi-dinh').xml);
    expect([decree.name, decree.attrs.name]).toEqual(['act', 'nghi-dinh']);
    const work = child(descendants(decree, 'identification')[0]!, 'FRBRWork')!;
    expect(child(work, 'FRBRuri')!.attrs.value).toBe('/akn/vn/act/2025/51-nd-cp');
    expect(child(work, 'FRBRthis')!.attrs.value).toBe('/akn/vn/act/2025/51-nd-cp/!main');
    expect(child(work, 'FRBRnumber')!.attrs.value).toBe('51/2025/NĐ-CP');
    expect(child(work, 'FRBRdate')!.attrs).toEqual({ date: '2025-03-01', name: 'signature' });
    const expression = child(descendants(decree, 'identification')[0]!, 'FRBRExpression')!;
    expect(child(expression, 'FRBRuri')!.attrs.value).toBe('/akn/vn/act/2025/51-nd-cp/vie@2025-03-01');
    expect(child(expression, 'FRBRlanguage')!.attrs.language).toBe('vie');
  });

  it('should make other documents a doc named by their kind, with the province of a local number in the country part', () => {
    const letter = documentOf(byName('001_').xml);
    expect([letter.name, letter.attrs.name]).toEqual(['doc', 'cong-van']);
    expect(descendants(letter, 'FRBRuri')[0]!.attrs.value).toBe('/akn/vn-kien-giang/doc/cong-van/2021/403-ubnd-kgvx');
    expect(child(letter, 'mainBody')).toBeDefined();
    const decision = documentOf(byName('cb-098-quyet-dinh').xml);
    expect([decision.name, descendants(decision, 'FRBRuri')[0]!.attrs.value]).toEqual([
      'doc',
      '/akn/vn/doc/quyet-dinh/2022/1373-qd-bkhdt',
    ]);
  });

  it('should list every cited instrument as a TLCReference whose href is its work URI', () => {
    for (const { file, result, xml } of corpus) {
      const tlcs = descendants(documentOf(xml), 'TLCReference');
      expect(
        tlcs.map((t) => t.attrs['vb:key']),
        file,
      ).toEqual(result.references.map((r) => r.key));
      for (const tlc of tlcs)
        expect(tlc.attrs.href, file).toMatch(
          /^\/akn\/vn(?:-[a-z0-9-]+)?\/(?:act|doc\/[a-z0-9-]+)\/(?:\d{4}\/)?[a-z0-9-]+$/u,
        );
    }
    const plan = documentOf(byName('002_').xml);
    const directive = descendants(plan, 'TLCReference').find((t) => t.attrs['vb:key'] === 'vn:20-ct/tw#2012')!;
    expect(directive.attrs).toMatchObject({
      href: '/akn/vn/doc/chi-thi/2012/20-ct-tw',
      name: 'chi-thi',
      'vb:issuer': 'Bộ Chính trị',
    });
  });

  it('should list every organization it names as a TLCOrganization', () => {
    for (const { file, result, xml } of corpus) {
      const organizations = new Set(descendants(documentOf(xml), 'TLCOrganization').map((o) => o.attrs.showAs));
      const named = [
        result.issuer?.name,
        result.issuer?.parent,
        ...result.references.map((r) => r.issuer),
        ...result.recipients.map((r) => r.name),
        ...result.distribution.map((d) => d.name),
        ...result.tasks.flatMap((t) => [...t.agencies, ...t.coordinators].map((a) => a.name)),
      ];
      for (const name of named) if (name) expect(organizations.has(name), `${file}: ${name}`).toBe(true);
    }
  });

  it('should state the typed relations in analysis, each pointing to its TLCReference', () => {
    const law = documentOf(byName('cb-004-luat').xml);
    const [mod] = descendants(law, 'textualMod');
    expect(mod!.attrs).toMatchObject({ type: 'substitution', refersTo: '#ref_1' });
    expect(descendants(law, 'TLCReference')[0]!.attrs['vb:key']).toBe('vn:04/2007/qh12');
    expect(child(mod!, 'destination')!.attrs.href).toBe('/akn/vn/act/2007/04-qh12');
    const bases = descendants(law, 'implicitReference').map((i) => i.attrs.refersTo);
    expect(bases).toEqual(['#ref_2 #concept_basedon', '#ref_3 #concept_basedon']);
    const plan = documentOf(byName('002_').xml);
    expect(descendants(plan, 'legalSystemMod').map((m) => m.attrs.type)).toEqual(['implementation', 'implementation']);
    expect(descendants(plan, 'vb:statedRelation')[0]!.attrs).toMatchObject({
      from: 'vn:56-kh/tu@dong-thap#2013',
      to: 'vn:20-ct/tw#2012',
      relation: 'implements',
    });
  });

  it('should date the document and its entry into force in the lifecycle', () => {
    const law = documentOf(byName('cb-004-luat').xml);
    expect(descendants(law, 'eventRef').map((e) => [e.attrs.date, e.attrs.refersTo])).toEqual([
      ['2012-11-22', '#concept_signature'],
      ['2013-07-01', '#concept_entryintoforce'],
    ]);
  });

  it('should carry number, date and title in the preface', () => {
    const letter = documentOf(byName('001_').xml);
    const preface = child(letter, 'preface')!;
    expect(textOf(descendants(preface, 'docNumber')[0]!)).toBe('403/UBND-KGVX');
    expect(descendants(preface, 'docDate')[0]!.attrs.date).toBe('2021-04-06');
    expect(textOf(descendants(preface, 'docDate')[0]!)).toBe('ngày 06 tháng 4 năm 2021');
    expect(textOf(descendants(preface, 'location')[0]!)).toBe('Kiên Giang');
    expect(textOf(descendants(preface, 'docType')[0]!)).toBe('Công văn');
    expect(textOf(descendants(preface, 'docTitle')[0]!)).toBe(byName('001_').result.title!.text);
  });

  it('should put the signer in the conclusions, with the person and role in the references', () => {
    let signed = 0;
    for (const { file, result, xml } of corpus) {
      if (!result.signature?.name) continue;
      signed++;
      const document = documentOf(xml);
      const person = descendants(child(document, 'conclusions')!, 'person')[0]!;
      expect(textOf(person), file).toBe(result.signature.name);
      const tlc = descendants(document, 'TLCPerson').find((p) => `#${p.attrs.eId}` === person.attrs.refersTo);
      expect(tlc?.attrs.showAs, file).toBe(result.signature.name);
    }
    expect(signed).toBeGreaterThan(150);
    const decree = documentOf(byName('cb-062-nghi-dinh').xml);
    const roles = descendants(child(decree, 'conclusions')!, 'role').map((r) => [
      r.attrs.class,
      r.attrs['vb:authority'],
      textOf(r),
    ]);
    expect(roles).toEqual([
      ['chain', 'TM', 'Chính phủ'],
      ['chain', 'KT', 'Thủ tướng'],
      ['onBehalfOf', undefined, 'Thủ tướng'],
      ['position', undefined, 'Phó Thủ tướng'],
    ]);
  });

  it('should keep Vietnamese text as UTF-8, not as character references', () => {
    const { xml } = byName('001_');
    expect(xml).toContain('Ủy ban nhân dân tỉnh Kiên Giang');
    expect(xml).not.toMatch(/&#x?[0-9a-f]{3,};/iu);
  });
});

describe('characters that need care', () => {
  const tricky = 'a & b < c > "q" \'x\'\n\tz\r ]]> 😀';
  const result = (): DocumentResult => {
    const base = parse(
      'UBND TỈNH KIÊN GIANG\nSố: 12/UBND-VP\nKiên Giang, ngày 01 tháng 02 năm 2024\nV/v thử\n\nĐiều 1. Nội dung\n- Sở Y tế chủ trì thực hiện.\n',
      { name: 'tricky.txt' },
    );
    return {
      ...base,
      title: { text: tricky, span: [1, 2] },
      issuer: {
        name: `Sở "Y tế" & <Dân số>`,
        parent: tricky,
        inferred: false,
        raw: 'DÒNG MỘT\nDÒNG HAI\n',
        span: null,
      },
      recipients: [
        { name: ' ', span: [0, 0] },
        { name: '', span: [3, 4] },
      ],
      outline: [
        {
          label: '',
          kind: 'paren',
          level: 2,
          heading: '  ',
          span: [0, 1],
          children: [{ label: 'đ)', kind: 'point', level: 3, heading: tricky, span: [0, 1], children: [] }],
        },
      ],
      diagnostics: [{ code: 'x/y', severity: 'warning', message: tricky, span: null }],
    };
  };

  it('should round-trip quotes, ampersands, angle brackets, tabs, newlines, returns, blanks and astral characters', () => {
    const r = result();
    expect(DocumentResultSchema.safeParse(r).success).toBe(true);
    expect(fromAkomaNtoso(toAkomaNtoso(r))).toStrictEqual(r);
  });

  it.skipIf(!haveXmllint)('should still validate', () => {
    const r = result();
    const bare = {
      ...r,
      outline: [],
      recipients: [],
      issuer: null,
      signature: null,
      distribution: [],
      date: { iso: '2024-02-30', raw: '30/2/2024', span: [0, 1] as [number, number], inferred: false },
    };
    const { status, output } = validate([
      { name: 'tricky', xml: toAkomaNtoso(r) },
      { name: 'bare', xml: toAkomaNtoso(bare) },
    ]);
    expect(status, output).toBe(0);
  });

  it('should write a character XML cannot carry (a lone surrogate) as U+FFFD', () => {
    const r = { ...result(), title: { text: 'a\uD800b', span: [0, 1] as [number, number] } };
    expect(fromAkomaNtoso(toAkomaNtoso(r)).title!.text).toBe('a\uFFFDb');
  });

  it('should keep a date xsd:date refuses (30 February) out of the date attributes, and still round-trip it', () => {
    const r = {
      ...result(),
      date: { iso: '2024-02-30', raw: 'ngày 30 tháng 2 năm 2024', span: [0, 1] as [number, number], inferred: false },
    };
    const xml = toAkomaNtoso(r);
    expect(xml).not.toContain('date="2024-02-30"');
    expect(fromAkomaNtoso(xml)).toStrictEqual(r);
  });

  it('should keep an empty outline empty (the body holds one placeholder)', () => {
    const r = { ...result(), outline: [] };
    expect(toAkomaNtoso(r)).toContain('<hcontainer eId="hcontainer_1" name="noOutline"/>');
    expect(fromAkomaNtoso(toAkomaNtoso(r)).outline).toEqual([]);
  });
});

describe('Akoma Ntoso of any parse result', () => {
  const soup = fc.oneof(tokenInput, corpusInput(3000));

  // the one loss: characters XML cannot carry (lone surrogates, U+FFFE/FFFF) come back as U+FFFD
  const carried = (value: unknown): unknown => {
    if (typeof value === 'string') return xmlSafe(value);
    if (Array.isArray(value)) return value.map(carried);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, carried(v)]));
    return value;
  };

  it('should round-trip the results of token soup and cut corpus documents', () => {
    fc.assert(
      fc.property(soup, (input) => {
        const result = parse(input);
        expect(fromAkomaNtoso(toAkomaNtoso(result))).toStrictEqual(carried(result));
      }),
      { numRuns: 150 },
    );
  });

  it.skipIf(!haveXmllint)('should validate for them too', () => {
    const inputs = fc.sample(soup, { numRuns: 60, seed: 8 });
    const { status, output } = validate(
      inputs.map((input, i) => ({ name: `soup-${i}`, xml: toAkomaNtoso(parse(input)) })),
    );
    expect(status, output.slice(0, 2000)).toBe(0);
  });
});

describe('fromAkomaNtoso on other input', () => {
  it('should throw on text that is not XML, or XML that is not Akoma Ntoso', () => {
    expect(() => fromAkomaNtoso('not xml <')).toThrow();
    expect(() => fromAkomaNtoso('<?xml version="1.0"?><graphml/>')).toThrow(/akomaNtoso/u);
  });

  it('should read the native elements of an AKN document another tool wrote', () => {
    const xml = `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="act"><meta/>
      <preface><p><docNumber>15/2020/NĐ-CP</docNumber></p><p><docTitle>Quy định xử phạt</docTitle></p></preface>
      <body><article eId="art_1"><num>Điều 1.</num><heading>Phạm vi</heading><paragraph eId="art_1__para_1"><num>1.</num><subparagraph eId="art_1__para_1__subpara_1"><num>(2)</num></subparagraph></paragraph></article></body></act></akomaNtoso>`;
    const read = fromAkomaNtoso(xml);
    expect(read.number?.raw).toBe('15/2020/NĐ-CP');
    expect(read.title?.text).toBe('Quy định xử phạt');
    expect(read.outline).toEqual([
      {
        label: 'Điều 1.',
        kind: 'article',
        level: 1,
        heading: 'Phạm vi',
        span: [0, 0],
        children: [
          {
            label: '1.',
            kind: 'clause',
            level: 2,
            heading: null,
            span: [0, 0],
            // a subparagraph holds two kinds: another tool's says which by its label
            children: [{ label: '(2)', kind: 'paren', level: 3, heading: null, span: [0, 0], children: [] }],
          },
        ],
      },
    ]);
    expect(read.source.format).toBe('xml');
  });
});
