/**
 * `vanban graph INPUT... [--format F] [--out PATH]`, `vanban graph INPUT... --chain FILE` and
 * `vanban graph INPUT... --about FILE|KEY` (the document's lược đồ).
 * INPUT: documents (read as `vanban convert` reads them: txt, md, docx, pdf, html, xml, legacy
 * encodings), folders of them (recursively), or the JSONL `vanban parse --format jsonl` or
 * `vanban convert` wrote (one result per line), so an archive parsed once is graphed again cheaply.
 * A file that cannot be read is named on stderr with its reason and the exit code is 1.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { convertFile, isErrorRecord } from '../convert/document.js';
import { DOCUMENT_FILE } from '../convert/inputs.js';
import { buildGraph, documentNodeKey, type GraphInput } from '../graph/build.js';
import { findInstruments, implementationChains } from '../graph/queries.js';
import { GRAPH_FORMATS, toDOT, toGEXF, toGraphML, toJSON, toMermaid, toNeo4j } from '../graph/exports/formats.js';
import { toHTML } from '../graph/exports/html.js';
import type { CitationGraph } from '../graph/types.js';
import { writeAtomically } from '../convert/output.js';
import { describeNode, formatAbout } from './graph-about.js';

const FORMATS = [...GRAPH_FORMATS, 'html'] as const;
type Format = (typeof FORMATS)[number];

export async function runGraph(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'json' }, out: { type: 'string' }, chain: { type: 'string' }, about: { type: 'string' } },
  });
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new Error(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`);
  // --about takes a file of the archive or a key/number of the graph: a file is read in with the inputs
  const aboutFile = values.about !== undefined && existsSync(values.about) ? values.about : undefined;
  const inputs = [...positionals, ...(values.chain ? [values.chain] : []), ...(aboutFile ? [aboutFile] : [])];
  if (inputs.length === 0) throw new Error('graph: give at least one document, folder or JSONL file');
  const { results, failed } = await readInputs(inputs);
  const graph = buildGraph(results);
  if (values.chain) {
    printChains(graph, results, values.chain);
    return failed > 0 ? 1 : 0;
  }
  if (values.about !== undefined) {
    process.stdout.write(aboutKeys(graph, results, values.about, aboutFile).map((key) => formatAbout(graph, key)).join('\n'));
    return failed > 0 ? 1 : 0;
  }
  write(graph, format, values.out);
  process.stderr.write(`vanban: ${graph.order} instruments (${graph.filterNodes((_, a) => a.parsed).length} parsed), ${graph.size} citations\n`);
  if (failed > 0) process.stderr.write(`vanban: ${failed} input(s) could not be read and are not in the graph\n`);
  return failed > 0 ? 1 : 0;
}

async function readInputs(inputs: readonly string[]): Promise<{ results: GraphInput[]; failed: number }> {
  const seen = new Set<string>();
  const results: GraphInput[] = [];
  let failed = 0;
  for (const input of inputs) {
    for (const file of expand(input)) {
      if (seen.has(file)) continue;
      seen.add(file);
      if (file.endsWith('.jsonl')) {
        results.push(...readJsonl(file));
        continue;
      }
      const result = await convertFile(file);
      if (isErrorRecord(result)) {
        failed++;
        process.stderr.write(`vanban: ${file}: ${result.error.message} (${result.error.code})\n`);
      } else results.push(result);
    }
  }
  return { results, failed };
}

/** A folder is every document under it (JSONL only when named: a folder may hold other JSONL); a file is itself. */
function expand(input: string): string[] {
  if (!statSync(input).isDirectory()) return [input];
  return readdirSync(input, { recursive: true, encoding: 'utf8' })
    .filter((f) => DOCUMENT_FILE.test(f))
    .sort()
    .map((f) => join(input, f));
}

function* readJsonl(file: string): Generator<GraphInput> {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const result = JSON.parse(line) as GraphInput & { error?: unknown; schemaVersion?: unknown };
    // a line of `vanban parse --format jsonl`; its error records (unreadable files) have no graph to give
    if (result.error === undefined && result.schemaVersion === 1) yield result;
  }
}

function write(graph: CitationGraph, format: Format, out: string | undefined): void {
  if (format === 'neo4j') {
    if (!out) throw new Error('graph: --format neo4j writes two files: give --out DIR');
    mkdirSync(out, { recursive: true });
    const { nodes, relationships } = toNeo4j(graph);
    writeAtomically(join(out, 'nodes.csv'), nodes);
    writeAtomically(join(out, 'relationships.csv'), relationships);
    return;
  }
  const text = render(graph, format);
  if (out) writeAtomically(out, text);
  else process.stdout.write(text);
}

function render(graph: CitationGraph, format: Exclude<Format, 'neo4j'>): string {
  switch (format) {
    case 'json':
      return JSON.stringify(toJSON(graph), null, 2) + '\n';
    case 'gexf':
      return toGEXF(graph);
    case 'graphml':
      return toGraphML(graph);
    case 'dot':
      return toDOT(graph);
    case 'mermaid':
      return toMermaid(graph);
    case 'html':
      return toHTML(graph);
  }
}

function printChains(graph: CitationGraph, results: readonly GraphInput[], file: string): void {
  const document = results.find((r) => r.source.name === basename(file));
  if (!document) throw new Error(`graph: ${file} could not be read, so it has no chains`);
  const chains = implementationChains(graph, documentNodeKey(document)).sort((a, b) => b.length - a.length);
  for (const chain of chains) process.stdout.write(chain.map((key) => describeNode(graph, key)).join('\n  → ') + '\n');
}

/** The node(s) --about means: the document read from that file, or every node the key or number names. */
function aboutKeys(graph: CitationGraph, results: readonly GraphInput[], query: string, file: string | undefined): string[] {
  if (file !== undefined) {
    const document = results.find((r) => r.source.name === basename(file));
    if (!document) throw new Error(`graph: ${file} could not be read, so it has no lược đồ`);
    return [documentNodeKey(document)];
  }
  const keys = findInstruments(graph, query);
  if (keys.length === 0) throw new Error(`graph: no file or instrument "${query}" in the graph`);
  return keys;
}
