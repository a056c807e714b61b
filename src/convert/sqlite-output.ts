/**
 * `--out FILE.sqlite`: the results as one SQLite database (schema: sqlite-schema.ts). Written as
 * `FILE.sqlite.partial` and renamed over FILE when the run ends; an interrupted run leaves the
 * `.partial`, which `--resume` goes on with, as for JSONL. better-sqlite3 is an optional
 * dependency (a native addon, built from source where no prebuilt binary fits): it is loaded here
 * and nowhere else, so parse(), the browser build and every other command run without it.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { DocumentResult } from '../model/schema.js';
import type { ErrorRecord } from './document.js';
import { isDirectory } from './files.js';
import {
  jsonText,
  OutputError,
  outputError,
  SQLITE_FILE,
  writeAtomically,
  type Output,
  type ResultJson,
} from './output.js';
import { SCHEMA, SCHEMA_VERSION } from './sqlite-schema.js';
import { documentRows } from './sqlite-rows.js';

/** What of better-sqlite3 is used here (its types are not a dependency of vanban). */
interface Statement {
  run(...params: unknown[]): { lastInsertRowid: number | bigint };
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}
export interface Database {
  exec(sql: string): void;
  prepare(sql: string): Statement;
  pragma(sql: string): unknown;
  transaction<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void;
  close(): void;
}
export type DatabaseConstructor = new (path: string) => Database;

const INSTALL_HINT =
  'writing a .sqlite file needs better-sqlite3, an optional dependency of vanban that is not installed here; ' +
  'install it beside vanban with `npm install better-sqlite3@12` (it compiles with python3, make and a C++ compiler where no prebuilt binary fits), ' +
  'or give --out FILE.jsonl or a folder';

/**
 * better-sqlite3, or an OutputError that says how to install it. `load` is Node's require unless a test gives another.
 */
export function loadSqlite(load: (id: string) => unknown = createRequire(import.meta.url)): DatabaseConstructor {
  try {
    return load('better-sqlite3') as DatabaseConstructor;
  } catch (error) {
    throw new OutputError('output/sqlite-missing', `${INSTALL_HINT} (${(error as Error).message.split('\n')[0]})`);
  }
}

const CHILDREN = ['citations', 'edges', 'tasks', 'deadlines', 'targets'] as const;

export class SqliteOutput implements Output {
  readonly wantsText = true;
  readonly failuresPath: string;
  private readonly failures: string[] = [];
  /** documents of this run, written or kept: on finish, the rest (inputs gone since) go */
  private readonly current = new Set<number>();
  /** `has` said yes: the row to keep */
  private readonly earlier = new Map<string, number>();
  private readonly insertDocument: (name: string, json: string, failed: boolean) => void;

  private constructor(
    private readonly db: Database,
    private readonly path: string,
    private readonly resume: boolean,
  ) {
    this.failuresPath = path.replace(SQLITE_FILE, '') + '.failures.jsonl';
    const statements = {
      forget: db.prepare('DELETE FROM documents WHERE name = ?'),
      document: insertInto(db, 'documents', [
        'name',
        'sha256',
        'key',
        'key_partial',
        'kind',
        'kind_code',
        'number',
        'issuer',
        'place',
        'date',
        'effective',
        'title',
        'signer',
        'format',
        'encoding',
        'text',
        'result',
        'error_code',
        'error_message',
      ]),
      citations: insertInto(db, 'citations', [
        'document_id',
        'key',
        'key_partial',
        'kind',
        'number',
        'name',
        'issuer',
        'date',
        'title',
        'relation',
        'mention',
        'pinpoint',
        'span_start',
        'span_end',
      ]),
      edges: insertInto(db, 'edges', ['document_id', 'from_key', 'to_key', 'relation', 'direct']),
      tasks: insertInto(db, 'tasks', [
        'document_id',
        'task_no',
        'agency',
        'agency_group',
        'agency_key',
        'coordinators',
        'text',
        'deadline',
        'recurrence',
        'span_start',
        'span_end',
      ]),
      deadlines: insertInto(db, 'deadlines', [
        'document_id',
        'task_no',
        'text',
        'date',
        'recurrence',
        'span_start',
        'span_end',
      ]),
      targets: insertInto(db, 'targets', [
        'document_id',
        'text',
        'value',
        'unit',
        'metric',
        'due',
        'due_inferred',
        'recurrence',
        'change',
        'comparator',
        'agencies',
        'span_start',
        'span_end',
      ]),
    };
    // one transaction per document: an interrupted run holds whole documents only
    this.insertDocument = db.transaction((name: string, json: string, failed: boolean) => {
      statements.forget.run(name);
      const parsed = JSON.parse(json) as DocumentResult | ErrorRecord;
      if (failed) {
        const { source, error } = parsed as ErrorRecord;
        this.current.add(
          statements.document({ name, sha256: source.sha256, error_code: error.code, error_message: error.message }),
        );
        return;
      }
      const rows = documentRows(parsed as DocumentResult);
      const id = statements.document(rows.document);
      for (const table of CHILDREN) for (const row of rows[table]) statements[table]({ ...row, document_id: id });
      this.current.add(id);
    });
  }

  static open(path: string, resume: boolean, Sqlite: DatabaseConstructor = loadSqlite()): SqliteOutput {
    if (isDirectory(path)) throw new OutputError('output/EISDIR', `${path} is a folder: give a new FILE.sqlite`);
    mkdirSync(dirname(path), { recursive: true });
    const partial = `${path}.partial`;
    // --resume goes on with an interrupted run's file, else with the finished one; otherwise a new file
    if (!resume) rmSync(partial, { force: true });
    else if (!existsSync(partial) && existsSync(path)) copyFileSync(path, partial);
    const db = new Sqlite(partial);
    if (!hasSchema(db, SCHEMA_VERSION)) {
      // a file of another schema version (or of none) is not resumed: it is written anew
      db.close();
      rmSync(partial, { force: true });
      return SqliteOutput.create(new Sqlite(partial), path, resume);
    }
    return SqliteOutput.create(db, path, resume);
  }

  private static create(db: Database, path: string, resume: boolean): SqliteOutput {
    // a file being built: a crash loses at most the document in hand, and --resume redoes it
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = OFF');
    db.pragma('foreign_keys = ON');
    db.exec(SCHEMA);
    db.prepare('INSERT OR REPLACE INTO meta(name, value) VALUES (?, ?)').run('schema_version', String(SCHEMA_VERSION));
    return new SqliteOutput(db, path, resume);
  }

  has(name: string, sha256: string): boolean {
    if (!this.resume) return false;
    const row = this.db
      .prepare('SELECT id FROM documents WHERE name = ? AND sha256 = ? AND error_code IS NULL')
      .get(name, sha256) as { id: number } | undefined;
    if (row) this.earlier.set(`${sha256} ${name}`, row.id);
    return row !== undefined;
  }

  async keep(name: string, sha256: string): Promise<void> {
    this.current.add(this.earlier.get(`${sha256} ${name}`)!);
  }

  async write(name: string, json: ResultJson, failed: boolean): Promise<void> {
    const text = jsonText(json);
    try {
      this.insertDocument(name, text, failed);
    } catch (error) {
      throw outputError(error, this.path, `${this.path}.partial`);
    }
    if (failed) this.failures.push(text);
  }

  async finish(): Promise<void> {
    try {
      this.dropGone();
      this.db.exec("INSERT INTO documents_fts(documents_fts) VALUES ('optimize')");
      this.db.close();
      renameSync(`${this.path}.partial`, this.path);
      writeAtomically(this.failuresPath, this.failures.map((f) => f + '\n').join(''));
    } catch (error) {
      throw outputError(error, this.path, `${this.path}.partial`);
    }
  }

  async abort(): Promise<void> {
    // every document written is committed: the .partial is what --resume goes on with
    try {
      this.db.close();
    } catch {
      // already closed by a failed finish
    }
  }

  /** An earlier run's documents whose inputs this run did not have (removed or renamed since). */
  private dropGone(): void {
    const ids = (this.db.prepare('SELECT id FROM documents').all() as Array<{ id: number }>)
      .map((r) => r.id)
      .filter((id) => !this.current.has(id));
    const forget = this.db.prepare('DELETE FROM documents WHERE id = ?');
    this.db.transaction(() => ids.forEach((id) => forget.run(id)))();
  }
}

function hasSchema(db: Database, version: number): boolean {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
  if (!table) return (db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number }).n === 0;
  const row = db.prepare("SELECT value FROM meta WHERE name = 'schema_version'").get() as { value: string } | undefined;
  return row?.value === String(version);
}

/** An insert of the named columns (the others NULL) that returns the new row's id. */
function insertInto(db: Database, table: string, columns: readonly string[]): (row: Record<string, unknown>) => number {
  const statement = db.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
  );
  return (row) => Number(statement.run(Object.fromEntries(columns.map((c) => [c, row[c] ?? null]))).lastInsertRowid);
}
