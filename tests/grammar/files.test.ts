/**
 * The grammar-format test: every file of grammars/ is registered with the loader (src/grammar/load.ts),
 * valid against its schema (src/grammar/grammar-schema.ts), canonically formatted with its `$schema`, and
 * its JSON Schema in grammars/schema/ is up to date; every entry's examples are checked (its
 * pattern registered for tests/grammars.test.ts). `npm run grammars:fix` repairs the formatting and
 * the schemas; an invalid file must be fixed by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../src/index.js';
import '../../src/grammar/document-types.js';
import '../../src/grammar/issuer-codes.js';
import '../../src/extract/targets/grammar.js';
import { canonical, fileProblems, grammarFiles } from '../../scripts/grammars.js';
import { grammarChecks } from '../../src/grammar/checks.js';
import { grammarNames, load } from '../../src/grammar/load.js';
import { grammarProblems } from '../../src/grammar/grammar-schema.js';

describe('grammar files', () => {
  const files = grammarFiles();

  it('are the files the loader knows, no more, no fewer', () => {
    expect([...grammarNames()].sort()).toEqual(files);
  });

  it.each(files)('grammars/%s.json is registered, valid, canonical, with an up-to-date JSON Schema', (name) => {
    expect(fileProblems(name)).toEqual([]);
  });

  it.each(files.filter((name) => 'entries' in (load(name as never) as object)))(
    'grammars/%s.json has every entry checked against its examples',
    (name) => {
      const checked = new Set(
        grammarChecks()
          .filter((c) => c.grammar === name || c.grammar === `${name}.json`)
          .map((c) => c.id),
      );
      const entries = (load(name as never) as { entries: Array<{ id: string }> }).entries;
      expect(entries.map((e) => e.id).filter((id) => !checked.has(id))).toEqual([]);
    },
  );

  it('are imported by src/grammar/load.ts alone: code reads them with load()', () => {
    const src = join(import.meta.dirname, '../../src');
    const importing = (readdirSync(src, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.ts') && f !== join('grammar', 'load.ts'))
      .filter((f) => /from ['"](?:\.\.\/)+grammars\/[^'"]+\.json['"]/u.test(readFileSync(join(src, f), 'utf8')));
    expect(importing).toEqual([]);
  });

  it('writes a file as JSON.stringify(data, null, 2) and a newline', () => {
    expect(canonical({ a: [1], b: 'ạ' })).toBe('{\n  "a": [\n    1\n  ],\n  "b": "ạ"\n}\n');
  });

  const entry = { id: 'x', examples: ['x'], counterExamples: [] };
  it.each([
    ['an entry with neither phrases nor a pattern', { description: 'd', entries: [entry] }, /phrases or a pattern/],
    [
      'a key the format does not know',
      { description: 'd', entries: [{ ...entry, pattern: 'x', exemples: ['x'] }] },
      /exemples/,
    ],
    [
      'an entry without examples',
      { description: 'd', entries: [{ ...entry, pattern: 'x', examples: [] }] },
      /examples/,
    ],
    ['an empty phrase', { description: 'd', entries: [{ ...entry, phrases: [''] }] }, /phrases/],
  ])('refuses %s', (_, data, message) => {
    expect(grammarProblems('outline', data)).toMatch(message);
  });

  it('accepts a phrase list, a pattern, fragments as phrase lists and a comment of several lines', () => {
    const data = {
      description: 'd',
      fragments: { six: ['sáu', '06', '6'] },
      entries: [
        { ...entry, phrases: ['x'], comment: ['why', 'and why'] },
        { ...entry, id: 'y', pattern: '{{six}}' },
      ],
    };
    expect(grammarProblems('outline', data)).toBeNull();
  });
});
