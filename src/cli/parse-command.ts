/** `vanban parse FILE... [--format json|jsonl] [--text]` */
import { parseArgs } from 'node:util';
import { parseFile } from '../parse-file.js';
import type { DocumentResult } from '../model/schema.js';

type Output = DocumentResult | { source: { name: string }; error: { code: string; message: string } };

export function runParse(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'json' }, text: { type: 'boolean', default: false } },
  });
  if (values.format !== 'json' && values.format !== 'jsonl') throw new Error(`--format must be json or jsonl, not "${values.format}"`);
  if (positionals.length === 0) throw new Error('parse: give at least one file');
  let failures = 0;
  const results: Output[] = [];
  for (const path of positionals) {
    const result = parseOne(path, values.text);
    if ('error' in result) failures++;
    if (values.format === 'jsonl') process.stdout.write(JSON.stringify(result) + '\n');
    else results.push(result);
  }
  if (values.format === 'json') {
    process.stdout.write(JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + '\n');
  }
  if (failures > 0) process.stderr.write(`vanban: ${failures} of ${positionals.length} file(s) could not be read\n`);
  return failures > 0 ? 1 : 0;
}

function parseOne(path: string, withText: boolean): Output {
  let result: DocumentResult;
  try {
    result = parseFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return { source: { name: path }, error: { code: `io/${code}`, message: (error as Error).message } };
  }
  if (!withText) delete result.text;
  return result;
}
