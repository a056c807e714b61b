/**
 * `vanban graph INPUT... [--format F] [--out PATH]` and `vanban graph INPUT... --chain FILE`.
 * INPUT: documents (read as `vanban convert` reads them: txt, md, docx, pdf, html, xml, legacy
 * encodings), folders of them (recursively), or the JSONL `vanban parse --format jsonl` or
 * `vanban convert` wrote (one result per line), so an archive parsed once is graphed again cheaply.
 * A file that cannot be read is named on stderr with its reason and the exit code is 1.
 */
import { createReadStream, mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { convertFile, isErrorRecord } from '../convert/document.js';
import { DOCUMENT_FILE } from '../convert/inputs.js';
import { addDocument, documentNodeKey, emptyGraph, finishGraph, type GraphInput } from '../graph/build.js';
import { implementationChains } from '../graph/queries.js';
import { GRAPH_FORMATS, graphChunks, neo4jChunks } from '../graph/exports/formats.js';
import { toHTML } from '../graph/exports/html.js';
import type { CitationGraph } from '../graph/types.js';
import { writeChunks } from './graph-output.js';

const FORMATS = [...GRAPH_FORMATS, 'html'] as const;
type Format = (typeof FORMATS)[number];

export async function runGraph(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'json' }, out: { type: 'string' }, chain: { type: 'string' } },
  });
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new Error(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`);
  const inputs = [...positionals, ...(values.chain ? [values.chain] : [])];
  if (inputs.length === 0) throw new Error('graph: give at least one document, folder or JSONL file');
  const { graph, failed, chainKey } = await readGraph(inputs, values.chain ? basename(values.chain) : null);
  if (values.chain) {
    printChains(graph, chainKey, values.chain);
    return failed > 0 ? 1 : 0;
  }
  await write(graph, format, values.out);
  process.stderr.write(`vanban: ${graph.order} instruments (${graph.filterNodes((_, a) => a.parsed).length} parsed), ${graph.size} citations\n`);
  if (failed > 0) process.stderr.write(`vanban: ${failed} input(s) could not be read and are not in the graph\n`);
  return failed > 0 ? 1 : 0;
}

/**
 * The graph of the inputs, results streamed in one at a time and dropped once added: an archive
 * never sits in memory whole. `chainKey`: the node of the document named `chainName` (--chain).
 */
async function readGraph(inputs: readonly string[], chainName: string | null): Promise<{ graph: CitationGraph; failed: number; chainKey: string | null }> {
  const graph = emptyGraph();
  const read = { failed: 0 };
  let chainKey: string | null = null;
  for await (const result of readInputs(inputs, read)) {
    addDocument(graph, result);
    if (chainKey === null && chainName !== null && result.source.name === chainName) chainKey = documentNodeKey(result);
  }
  return { graph: finishGraph(graph), failed: read.failed, chainKey };
}

async function* readInputs(inputs: readonly string[], read: { failed: number }): AsyncGenerator<GraphInput> {
  const seen = new Set<string>();
  for (const input of inputs) {
    for (const file of expand(input)) {
      if (seen.has(file)) continue;
      seen.add(file);
      if (file.endsWith('.jsonl')) {
        yield* readJsonl(file);
        continue;
      }
      const result = await convertFile(file);
      if (isErrorRecord(result)) {
        read.failed++;
        process.stderr.write(`vanban: ${file}: ${result.error.message} (${result.error.code})\n`);
      } else yield result;
    }
  }
}

/** A folder is every document under it (JSONL only when named: a folder may hold other JSONL); a file is itself. */
function expand(input: string): string[] {
  if (!statSync(input).isDirectory()) return [input];
  return readdirSync(input, { recursive: true, encoding: 'utf8' })
    .filter((f) => DOCUMENT_FILE.test(f))
    .sort()
    .map((f) => join(input, f));
}

/** Line by line: a JSONL file of any size is never one string. */
async function* readJsonl(file: string): AsyncGenerator<GraphInput> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const result = JSON.parse(line) as GraphInput & { error?: unknown; schemaVersion?: unknown };
    // a line of `vanban parse --format jsonl`; its error records (unreadable files) have no graph to give
    if (result.error === undefined && result.schemaVersion === 1) yield result;
  }
}

/** Every format but the page is written piece by piece to its file (or stdout). */
async function write(graph: CitationGraph, format: Format, out: string | undefined): Promise<void> {
  if (format === 'neo4j') {
    if (!out) throw new Error('graph: --format neo4j writes two files: give --out DIR');
    mkdirSync(out, { recursive: true });
    const { nodes, relationships } = neo4jChunks(graph);
    await writeChunks(join(out, 'nodes.csv'), nodes);
    await writeChunks(join(out, 'relationships.csv'), relationships);
    return;
  }
  await writeChunks(out ?? null, format === 'html' ? [toHTML(graph)] : graphChunks(graph, format));
}

function printChains(graph: CitationGraph, documentKey: string | null, file: string): void {
  if (documentKey === null) throw new Error(`graph: ${file} could not be read, so it has no chains`);
  const describe = (key: string) => {
    const a = graph.getNodeAttributes(key);
    const by = [a.issuer, a.date].filter(Boolean).join(', ');
    return `${a.label}${by ? ` (${by})` : ''}${a.unresolved ? ' [key partial]' : ''}`;
  };
  const chains = implementationChains(graph, documentKey).sort((a, b) => b.length - a.length);
  for (const chain of chains) process.stdout.write(chain.map(describe).join('\n  → ') + '\n');
}
