/** The output `--out` names: a database, a JSONL file or a folder. */
import { openFileOutput, outputError, SQLITE_FILE, type Output } from './output.js';

export async function openOutput(out: string, resume: boolean, failuresName?: string): Promise<Output> {
  if (!SQLITE_FILE.test(out)) return openFileOutput(out, resume, failuresName);
  try {
    // loaded only for this output: it brings the optional native better-sqlite3
    return (await import('./sqlite-output.js')).SqliteOutput.open(out, resume);
  } catch (error) {
    throw outputError(error, out, null);
  }
}
