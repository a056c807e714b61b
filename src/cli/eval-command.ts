/** `vanban eval --gold DIR [--verbose] [--json]`: per-field scores as corpus/GOLD.md defines them. */
import { parseArgs } from 'node:util';
import { runEval, formatReport, reportToJSON, checkFloors } from '../eval/index.js';

export async function runEvalCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      gold: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  if (!values.gold) throw new Error('eval: --gold DIR is required');
  const report = await runEval(values.gold, { verbose: values.verbose });
  process.stdout.write((values.json ? reportToJSON(report) : formatReport(report, { verbose: values.verbose })) + '\n');
  const below = checkFloors(report);
  if (!values.json && below.length > 0) {
    process.stdout.write(`\nbelow floor: ${below.map((b) => `${b.metric} ${fmt(b.got)} < ${b.floor}`).join(', ')}\n`);
  }
  return 0;
}

const fmt = (n: number | null) => (n === null ? 'n/a' : n.toFixed(3));
