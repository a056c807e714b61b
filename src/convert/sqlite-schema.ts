/**
 * The archive database `vanban convert … --out FILE.sqlite` writes (README "An archive
 * database"). One row per document in `documents`, and beside it the parts users query:
 *
 * - `documents`  one row per input: its name, the sha256 of its bytes (what --resume compares),
 *                header fields, the normalized text, and the whole result as JSON (`result`,
 *                without `text`, as a JSONL line holds it) for anything the columns leave out.
 *                An input that could not be read has `error_code`/`error_message` and no result.
 * - `citations`  one row per mention of a cited instrument (the `references` of the output
 *                contract; "references" is an SQL keyword, a trap in every query): the
 *                instrument's key, kind, number, relation, and the words and span of the mention.
 * - `edges`      the citation graph's edges as each document gives them: from the document's
 *                node key (`documents.key`) to each cited key by relation (`direct = 1`), and
 *                the relations the text states between two cited instruments (`direct = 0`).
 * - `tasks`      one row per task and lead agency (a task for three bodies is three rows sharing
 *                `task_no`; a task with no agency named is one row with `agency` NULL): the
 *                agency, its group (agencyGroup), coordinators joined by "; ", the text, and the
 *                first dated deadline with its recurrence.
 * - `deadlines`  every deadline of the document; `task_no` says which task it stands in, if any.
 * - `targets`    every target (chỉ tiêu): value, unit, due year or date, comparator, agencies.
 * - `documents_fts`  FTS5 over documents' title and text (tone marks ignored: "y te" finds "y tế").
 *
 * Dates are ISO text as in the JSON output ("2026-05-20", "--11-15" for a day of every year).
 * Spans are [span_start, span_end) in UTF-16 code units of `documents.text`. Child rows go with
 * their document (ON DELETE CASCADE). `meta` holds the schema version.
 */
export const SCHEMA_VERSION = 1;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  sha256 TEXT,
  key TEXT,
  key_partial INTEGER,
  kind TEXT,
  kind_code TEXT,
  number TEXT,
  issuer TEXT,
  place TEXT,
  date TEXT,
  effective TEXT,
  title TEXT,
  signer TEXT,
  format TEXT,
  encoding TEXT,
  text TEXT,
  result TEXT,
  error_code TEXT,
  error_message TEXT
);
CREATE INDEX IF NOT EXISTS documents_name ON documents(name, sha256);
CREATE INDEX IF NOT EXISTS documents_key ON documents(key);
CREATE INDEX IF NOT EXISTS documents_number ON documents(number);
CREATE INDEX IF NOT EXISTS documents_kind_date ON documents(kind, date);
CREATE TABLE IF NOT EXISTS citations (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  key_partial INTEGER NOT NULL,
  kind TEXT,
  number TEXT,
  name TEXT,
  issuer TEXT,
  date TEXT,
  title TEXT,
  relation TEXT NOT NULL,
  mention TEXT NOT NULL,
  pinpoint TEXT,
  span_start INTEGER,
  span_end INTEGER
);
CREATE INDEX IF NOT EXISTS citations_number ON citations(number, relation);
CREATE INDEX IF NOT EXISTS citations_key ON citations(key, relation);
CREATE INDEX IF NOT EXISTS citations_document ON citations(document_id);
CREATE TABLE IF NOT EXISTS edges (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  from_key TEXT NOT NULL,
  to_key TEXT NOT NULL,
  relation TEXT NOT NULL,
  direct INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS edges_to ON edges(to_key, relation);
CREATE INDEX IF NOT EXISTS edges_from ON edges(from_key, relation);
CREATE INDEX IF NOT EXISTS edges_document ON edges(document_id);
CREATE TABLE IF NOT EXISTS tasks (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  task_no INTEGER NOT NULL,
  agency TEXT,
  agency_group TEXT,
  agency_key TEXT,
  coordinators TEXT,
  text TEXT NOT NULL,
  deadline TEXT,
  recurrence TEXT,
  span_start INTEGER,
  span_end INTEGER
);
CREATE INDEX IF NOT EXISTS tasks_agency ON tasks(agency_group, deadline);
CREATE INDEX IF NOT EXISTS tasks_agency_key ON tasks(agency_key, deadline);
CREATE INDEX IF NOT EXISTS tasks_deadline ON tasks(deadline);
CREATE INDEX IF NOT EXISTS tasks_document ON tasks(document_id);
CREATE TABLE IF NOT EXISTS deadlines (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  task_no INTEGER,
  text TEXT NOT NULL,
  date TEXT,
  recurrence TEXT NOT NULL,
  span_start INTEGER,
  span_end INTEGER
);
CREATE INDEX IF NOT EXISTS deadlines_date ON deadlines(date);
CREATE INDEX IF NOT EXISTS deadlines_document ON deadlines(document_id);
CREATE TABLE IF NOT EXISTS targets (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  value REAL NOT NULL,
  unit TEXT,
  metric TEXT,
  due TEXT,
  due_inferred INTEGER NOT NULL,
  recurrence TEXT NOT NULL,
  change TEXT NOT NULL,
  comparator TEXT NOT NULL,
  agencies TEXT,
  span_start INTEGER,
  span_end INTEGER
);
CREATE INDEX IF NOT EXISTS targets_due ON targets(due);
CREATE INDEX IF NOT EXISTS targets_document ON targets(document_id);
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
  title, text, content = 'documents', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
`;
