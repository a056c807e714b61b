/**
 * The span-exact round trip on every corpus document (seeds, dev, unlabeled): the annotated
 * text read back is the text parse() returned, each mark's text is the slice of its span, and
 * each mark stands for a value of the result with that span (a mention of the reference it
 * links to, a task's agency, a deadline, a target).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/annotate/index.js';
import type { DocumentResult } from '../../src/model/schema.js';
import { parse } from '../../src/parse.js';
import { marksOf, readBack, textDiv, type ReadElement } from './read-back.js';

const CORPUS = fileURLToPath(new URL('../../corpus', import.meta.url));
const FOLDERS = ['seeds', 'dev', 'unlabeled'];

/** Whether the result holds a value at `span` that the element's data describes. */
function standsFor(result: DocumentResult, element: ReadElement, span: string): boolean {
  const at = (s: readonly number[]) => `${s[0]} ${s[1]}` === span;
  const data = element.attributes;
  switch (data.class) {
    case 'vb-cite':
      return result.references.some(
        (r) => r.key === data['data-key'] && r.relation === data['data-relation'] && r.mentions.some((m) => at(m.span)),
      );
    case 'vb-agency':
      return [
        ...result.tasks.flatMap((t) => [...t.agencies, ...t.coordinators]),
        ...result.targets.flatMap((t) => t.agencies),
      ].some((a) => a.name === data['data-agency'] && at(a.span));
    case 'vb-deadline':
      return [...result.deadlines, ...result.tasks.flatMap((t) => t.deadlines)].some(
        (d) => (d.date ?? undefined) === data['data-date'] && d.recurrence === data['data-recurrence'] && at(d.span),
      );
    case 'vb-target':
      return result.targets.some((t) => String(t.value) === data['data-value'] && at(t.span));
    default:
      return false;
  }
}

describe.each(FOLDERS)('every document of corpus/%s, annotated', (folder) => {
  const files = readdirSync(join(CORPUS, folder))
    .filter((f) => f.endsWith('.txt'))
    .sort();

  it('should read back as its text, each mark as its span’s text and a value of the result', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const result = parse(readFileSync(join(CORPUS, folder, file)), { name: file });
      const read = readBack(textDiv(annotate(result)));
      expect(read.problems, file).toEqual([]);
      expect(read.text === result.text, `${file}: the text read back differs`).toBe(true);
      const marks = marksOf(read);
      const mentions = result.references.reduce((n, r) => n + r.mentions.length, 0);
      expect(
        [...marks.values()].filter((m) => m.pieces[0]!.attributes.class === 'vb-cite').length,
        `${file}: citations`,
      ).toBe(mentions);
      for (const [id, mark] of marks) {
        expect(mark.text === result.text!.slice(...mark.span), `${file}: mark ${id} [${mark.span}]`).toBe(true);
        expect(
          standsFor(result, mark.pieces[0]!, mark.span.join(' ')),
          `${file}: mark ${id} ${JSON.stringify(mark.pieces[0]!.attributes)}`,
        ).toBe(true);
      }
    }
  });
});
