/**
 * The `vanban` command line: parse, convert, tasks, targets, graph, annotate, schema, eval. Each command is loaded
 * when it is run: `convert` leaves parsing to its workers, so its main thread never loads the
 * parser (start-up time and memory the workers would otherwise compete with).
 */

/** Each command's lines of the usage text, so `vanban COMMAND --help` prints its own. */
const COMMAND_USAGE: Readonly<Record<string, string>> = {
  parse: `  vanban parse FILE... [--format json|jsonl] [--text]   documents to JSON (one result per input)
  vanban parse FILE --format akn [--text]              a document as Akoma Ntoso 3.0 XML`,
  convert: `  vanban convert INPUT... --out DIR|FILE.jsonl|FILE.sqlite [--workers N] [--resume] [--shard K/N|auto] [--quiet] [--text]
                 [--max-bytes N] [--max-zip-entries N] [--max-zip-bytes N]
                                                       files, folders, globs and .zip archives (txt, md, docx, pdf,
                                                       html, xml; UTF-8/16, TCVN3, VNI) to JSON, on worker threads;
                                                       FILE.sqlite: one SQLite database with full-text search
                                                       (needs the optional better-sqlite3: npm install better-sqlite3@12)`,
  merge: `  vanban merge SHARDS... --out FILE.jsonl|FILE.sqlite  the outputs of convert --shard (JSONL files or their folder)
                                                       as one file or one database; says which shards are missing`,
  tasks: `  vanban tasks FILE... [--json|--csv]                  each document's tasks, agency by agency; --csv: a sheet
                                                       (UTF-8 with BOM) of document, agency, agencyGroup, coordinators,
                                                       text, deadline, recurrence, targets`,
  targets: `  vanban targets FILE... [--json|--csv]                each document's targets (chỉ tiêu): value, due year, comparator`,
  graph: `  vanban graph INPUT... [--format json|gexf|graphml|dot|mermaid|neo4j|html] [--out PATH]
                                                       the citation graph of documents, folders or JSONL
  vanban graph INPUT... --chain FILE                   FILE's implementation chains up to their root directives
  vanban graph INPUT... --about FILE|KEY               its lược đồ: what it rests on and what rests on it, by
                                                       relation, and what it cites that the archive lacks`,
  annotate: `  vanban annotate FILE [--format html] [--href TEMPLATE] [--out PATH]
                                                       the text with its citations linked to their graph nodes and its
                                                       agencies, deadlines and targets marked, as one HTML page`,
  schema: `  vanban schema                                        the JSON Schema of one result`,
  eval: `  vanban eval --gold DIR [--verbose] [--json]          score against gold files (*.gold.json)`,
};

const USAGE = `Usage:
${Object.values(COMMAND_USAGE).join('\n')}
  vanban --help | --version`;

/** `--help` or `-h` anywhere after a known command asks for that command's usage, never for an option error. */
function commandHelp(command: string | undefined, rest: readonly string[]): string | undefined {
  if (command === undefined || !(command in COMMAND_USAGE)) return undefined;
  return rest.includes('--help') || rest.includes('-h') ? `Usage:\n${COMMAND_USAGE[command]}` : undefined;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const help = commandHelp(command, rest);
  if (help !== undefined) {
    process.stdout.write(help + '\n');
    return 0;
  }
  switch (command) {
    case 'parse':
      return (await import('./parse-command.js')).runParse(rest);
    case 'tasks':
      return (await import('./tasks-command.js')).runTasks(rest);
    case 'targets':
      return (await import('./targets-command.js')).runTargets(rest);
    case 'convert':
      return (await import('./convert-command.js')).runConvert(rest);
    case 'merge':
      return (await import('./merge-command.js')).runMerge(rest);
    case 'graph':
      return (await import('./graph-command.js')).runGraph(rest);
    case 'annotate':
      return (await import('./annotate-command.js')).runAnnotate(rest);
    case 'schema':
      process.stdout.write(JSON.stringify((await import('../model/schema.js')).resultJsonSchema(), null, 2) + '\n');
      return 0;
    case 'eval':
      return (await import('./eval-command.js')).runEvalCommand(rest);
    case '--version':
    case '-v':
      process.stdout.write(`${await version()}\n`);
      return 0;
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(USAGE + '\n');
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`vanban: unknown command "${command}"\n${USAGE}\n`);
      return 2;
  }
}

async function version(): Promise<string> {
  const { readFileSync } = await import('node:fs');
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

// `vanban tasks … | head` closes the pipe early: that is the reader's choice, not an error
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`vanban: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
