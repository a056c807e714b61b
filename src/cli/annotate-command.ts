/**
 * `vanban annotate FILE [--format html] [--href TEMPLATE] [--out PATH]`: the document's text with its citations linked
 * and its tasks' parts marked.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { annotate, annotationLayout } from '../annotate/index.js';
import { convertDocument, isErrorRecord } from '../convert/document.js';
import { buildGraph } from '../graph/build.js';

const FORMATS = ['html'] as const;

export async function runAnnotate(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'html' }, href: { type: 'string' }, out: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new Error('annotate: give one FILE');
  if (!(FORMATS as readonly string[]).includes(values.format))
    throw new Error(`annotate: unknown format "${values.format}" (${FORMATS.join(', ')})`);
  const file = positionals[0]!;
  // read as vanban convert reads it (docx, pdf, html, legacy encodings), with the text the spans index
  const result = await convertDocument(readFileSync(file), basename(file), { withText: true });
  if (isErrorRecord(result)) throw new Error(`${file}: ${result.error.message} (${result.error.code})`);
  // link each citation to the node `vanban graph FILE` gives it
  const options = { graph: buildGraph([result]), ...(values.href === undefined ? {} : { href: values.href }) };
  const page = annotate(result, options);
  for (const d of annotationLayout(result, options).diagnostics)
    process.stderr.write(`${file}: ${d.code}: ${d.message}\n`);
  if (values.out === undefined) process.stdout.write(page);
  else writeFileSync(values.out, page);
  return 0;
}
