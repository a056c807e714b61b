/** A line that is only a document type word in capitals: "KẾ HOẠCH", "QUYẾT ĐỊNH", "THÔNG TƯ". */
import { documentTypeByWord } from '../grammar/document-types.js';
import type { Line } from './lines.js';

export function isTypeWordLine(line: Line): boolean {
  return line.caps && documentTypeByWord(line.canonical) !== undefined;
}
