/**
 * `vanban parse FILE... [--format json|jsonl] [--text]`, `vanban parse FILE --format akn [--text]`.
 * Each file is read as `vanban convert` reads it (docx, pdf, html, xml, legacy encodings).
 */
import { parseArgs } from 'node:util';
import { convertFile } from '../convert/document.js';
import { toAkomaNtoso } from '../akn/index.js';
import type { DocumentResult } from '../model/schema.js';

type Output = DocumentResult | { source: { name: string }; error: { code: string; message: string } };

const FORMATS = ['json', 'jsonl', 'akn'];

export async function runParse(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'json' }, text: { type: 'boolean', default: false } },
  });
  if (!FORMATS.includes(values.format)) throw new Error(`--format must be json, jsonl or akn, not "${values.format}"`);
  if (positionals.length === 0) throw new Error('parse: give at least one file');
  // an Akoma Ntoso document is one XML file
  if (values.format === 'akn' && positionals.length > 1) throw new Error('--format akn: give one file');
  let failures = 0;
  const results: Output[] = [];
  for (const path of positionals) {
    const result = await convertFile(path, { withText: values.text });
    if ('error' in result) failures++;
    if (values.format === 'akn') writeAkn(path, result);
    else if (values.format === 'jsonl') process.stdout.write(JSON.stringify(result) + '\n');
    else results.push(result);
  }
  if (values.format === 'json') {
    process.stdout.write(JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + '\n');
  }
  if (failures > 0) process.stderr.write(`vanban: ${failures} of ${positionals.length} file(s) could not be read\n`);
  return failures > 0 ? 1 : 0;
}

function writeAkn(path: string, result: Output): void {
  if ('error' in result) process.stderr.write(`vanban: ${path}: ${result.error.message}\n`);
  else process.stdout.write(toAkomaNtoso(result) + '\n');
}
