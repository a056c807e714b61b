/**
 * `vanban graph INPUT... [--format F] [--out PATH]`, `vanban graph INPUT... --chain FILE` and
 * `vanban graph INPUT... --about FILE|KEY` (the document's lược đồ).
 * INPUT: documents (read as `vanban convert` reads them: txt, md, docx, pdf, html, xml, legacy
 * encodings), folders of them (recursively), or the JSONL `vanban parse --format jsonl` or
 * `vanban convert` wrote (one result per line), so an archive parsed once is graphed again cheaply.
 * A file that cannot be read is named on stderr with its reason and the exit code is 1; so is a
 * set of shard outputs (`*.shard-K-of-N.jsonl`) with a shard missing or unfinished.
 */
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { convertFile, isErrorRecord } from '../convert/document.js';
import { DOCUMENT_FILE } from '../convert/inputs.js';
import { shardProblems } from '../convert/merge.js';
import { shardFileOf } from '../convert/shard.js';
import { addDocument, documentNodeKey, emptyGraph, finishGraph, type GraphInput } from '../graph/build.js';
import { findInstruments, implementationChains } from '../graph/queries.js';
import { GRAPH_FORMATS, graphChunks, neo4jChunks } from '../graph/exports/formats.js';
import { toHTML } from '../graph/exports/html.js';
import type { CitationGraph } from '../graph/attributes.js';
import { storeEvidence } from '../graph/evidence.js';
import { EdgeTable, edgeCount, keepEdgesApart } from '../graph/edge-table.js';
import { writeChunks } from './graph-output.js';
import { fileLines } from './file-lines.js';
import { EvidenceFile } from './evidence-file.js';
import { describeNode, formatAbout } from './graph-about.js';

const FORMATS = [...GRAPH_FORMATS, 'html'] as const;
type Format = (typeof FORMATS)[number];

export async function runGraph(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'json' },
      out: { type: 'string' },
      chain: { type: 'string' },
      about: { type: 'string' },
    },
  });
  const format = values.format as Format;
  if (!FORMATS.includes(format))
    throw new Error(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`);
  // --about takes a file of the archive or a key/number of the graph: a file is read in with the inputs
  const aboutFile = values.about !== undefined && existsSync(values.about) ? values.about : undefined;
  const inputs = [...positionals, ...(values.chain ? [values.chain] : []), ...(aboutFile ? [aboutFile] : [])];
  if (inputs.length === 0) throw new Error('graph: give at least one document, folder or JSONL file');
  const named = [values.chain, aboutFile].flatMap((file) => (file ? [basename(file)] : []));
  // an export reads each edge's evidence once, as text: it waits on disk (a query reads the graph itself)
  const evidence = values.chain === undefined && values.about === undefined ? new EvidenceFile() : undefined;
  try {
    return await graphCommand(values, format, inputs, named, aboutFile, evidence);
  } finally {
    evidence?.close();
  }
}

async function graphCommand(
  values: { chain?: string; about?: string; out?: string },
  format: Format,
  inputs: string[],
  named: string[],
  aboutFile: string | undefined,
  evidence: EvidenceFile | undefined,
): Promise<number> {
  // an export but the page (which lays the graph out with graphology) reads edges from compact rows
  const apart = evidence !== undefined && format !== 'html';
  const { graph, failed, incomplete, keys } = await readGraph(inputs, named, evidence, apart);
  const status = failed > 0 || incomplete > 0 ? 1 : 0;
  const chainKey = values.chain ? (keys.get(basename(values.chain)) ?? null) : null;
  const aboutKey = aboutFile ? (keys.get(basename(aboutFile)) ?? null) : null;
  if (values.chain) {
    printChains(graph, chainKey, values.chain);
    return status;
  }
  if (values.about !== undefined) {
    process.stdout.write(
      aboutKeys(graph, aboutKey, values.about, aboutFile)
        .map((key) => formatAbout(graph, key))
        .join('\n'),
    );
    return status;
  }
  await write(graph, format, values.out);
  let parsed = 0;
  graph.forEachNode((_, a) => void (parsed += a.parsed ? 1 : 0));
  process.stderr.write(`vanban: ${graph.order} instruments (${parsed} parsed), ${edgeCount(graph)} citations\n`);
  if (failed > 0) process.stderr.write(`vanban: ${failed} input(s) could not be read and are not in the graph\n`);
  return status;
}

/**
 * The graph of the inputs, results streamed in one at a time and dropped once added: an archive
 * never sits in memory whole. `keys`: the nodes of the documents read from the files `names`
 * (--chain, --about). `apart`: the edges are kept in an {@link EdgeTable} (an export's graph).
 */
async function readGraph(
  inputs: readonly string[],
  names: readonly string[],
  evidence: EvidenceFile | undefined,
  apart: boolean,
): Promise<{ graph: CitationGraph; failed: number; incomplete: number; keys: Map<string, string> }> {
  const graph = emptyGraph();
  if (evidence) storeEvidence(graph, evidence);
  if (evidence && apart) keepEdgesApart(graph, new EdgeTable(evidence));
  const read = { failed: 0, incomplete: 0 };
  const keys = new Map<string, string>();
  for await (const result of readInputs(inputs, read)) {
    addDocument(graph, result);
    const name = result.source.name;
    if (name !== null && names.includes(name) && !keys.has(name)) keys.set(name, documentNodeKey(result));
  }
  return { graph: finishGraph(graph), failed: read.failed, incomplete: read.incomplete, keys };
}

async function* readInputs(
  inputs: readonly string[],
  read: { failed: number; incomplete: number },
): AsyncGenerator<GraphInput> {
  const seen = new Set<string>();
  const files = inputs.flatMap(expand);
  // a shard that is missing or did not finish leaves its documents out of the graph: say which
  for (const problem of shardProblems(files)) {
    read.incomplete++;
    process.stderr.write(`vanban: ${problem}\n`);
  }
  for (const file of files) {
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

/**
 * A folder is every document under it and every shard output of `vanban convert --shard`
 * (`*.shard-K-of-N.jsonl`); other JSONL only when named, since a folder may hold other JSONL.
 * A file is itself.
 */
function expand(input: string): string[] {
  if (!statSync(input).isDirectory()) return [input];
  return readdirSync(input, { recursive: true, encoding: 'utf8' })
    .filter((f) => DOCUMENT_FILE.test(f) || shardFileOf(f) !== null)
    .sort()
    .map((f) => join(input, f));
}

/** Line by line: a JSONL file of any size is never one string. */
async function* readJsonl(file: string): AsyncGenerator<GraphInput> {
  for await (const line of fileLines(file)) {
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
  const chains = implementationChains(graph, documentKey).sort((a, b) => b.length - a.length);
  for (const chain of chains) process.stdout.write(chain.map((key) => describeNode(graph, key)).join('\n  → ') + '\n');
}

/** The node(s) --about means: the document read from that file, or every node the key or number names. */
function aboutKeys(graph: CitationGraph, fileKey: string | null, query: string, file: string | undefined): string[] {
  if (file !== undefined) {
    if (fileKey === null) throw new Error(`graph: ${file} could not be read, so it has no lược đồ`);
    return [fileKey];
  }
  const keys = findInstruments(graph, query);
  if (keys.length === 0) throw new Error(`graph: no file or instrument "${query}" in the graph`);
  return keys;
}
