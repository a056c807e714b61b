/**
 * `vanban merge SHARDS... --out FILE.jsonl|FILE.sqlite`: the outputs of `vanban convert --shard`
 * (JSONL files, or folders of them) as one file or one database. Exit status 0; 1 when a shard
 * of a set is missing or unfinished, or an input appears twice (what is there is still merged);
 * 2 when the output cannot be written.
 */
import { parseArgs } from 'node:util';
import { mergeResults } from '../convert/merge.js';
import { OutputError } from '../convert/output.js';

export async function runMerge(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string' }, quiet: { type: 'boolean', default: false } },
  });
  if (!values.out) throw new Error('merge: --out FILE.jsonl or --out FILE.sqlite is required');
  if (!/\.(?:jsonl|sqlite3?|db)$/iu.test(values.out))
    throw new Error(`merge: --out must be a FILE.jsonl or FILE.sqlite, not "${values.out}"`);
  if (positionals.length === 0) throw new Error('merge: give the shards’ JSONL files, or the folder that holds them');
  let summary: Awaited<ReturnType<typeof mergeResults>>;
  try {
    summary = await mergeResults(positionals, values.out);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    process.stderr.write(`vanban: the output cannot be written — ${error.message}\n`);
    return 2;
  }
  for (const problem of summary.problems) process.stderr.write(`vanban: ${problem}\n`);
  if (summary.duplicates > 0)
    process.stderr.write(
      `vanban: ${summary.duplicates} input(s) appear in more than one output: were two runs' shards mixed?\n`,
    );
  if (summary.withoutText > 0 && /\.(?:sqlite3?|db)$/iu.test(values.out)) {
    process.stderr.write(
      `vanban: ${summary.withoutText} result(s) carry no text (converted without --text): full-text search covers their titles only\n`,
    );
  }
  if (!values.quiet) {
    process.stderr.write(
      `vanban: ${summary.results} result(s) from ${summary.files.length} file(s) merged into ${values.out}` +
        (summary.failed ? `, ${summary.failed} of them failures (listed in ${summary.failuresPath})` : '') +
        '\n',
    );
  }
  return summary.problems.length > 0 || summary.duplicates > 0 ? 1 : 0;
}
