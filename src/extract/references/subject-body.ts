/**
 * Bodies named by their subject: a steering committee, a working group, a police department
 * ("Ban Chỉ đạo Trung ương về tổng kết Nghị quyết số 18-NQ/TW", "Ban Chỉ đạo thực hiện sắp xếp,
 * tổ chức lại đơn vị hành chính các cấp", "Cục Cảnh sát quản lý hành chính về trật tự xã hội").
 * Their "về …" or verb phrase is part of the name, where another body's name ends at it; the name
 * runs, commas included, to the next "về" (the cited title's), a verb of the sentence, or
 * punctuation (grammars/citations.json: subjectBodyHead, subjectOpener, subjectNameEnd).
 */
import { bodyHead } from '../support/issuer-patterns.js';
import { CITE } from './reference-patterns.js';

/** How far such a name may run. */
const SUBJECT_REACH = 200;
const NAME_END = new RegExp(CITE.subjectNameEnd.source, `${CITE.subjectNameEnd.flags.replace('g', '')}g`);
/** A comma, then another body: "Ban Chỉ đạo tỉnh, Ủy ban nhân dân tỉnh …" ends the first name. */
const COMMA = /,[ \t\n]*/gu;

/**
 * Where the name of a body named by its subject that opens `text` at `from` ends (spaces
 * trimmed), or null when no such name opens there, or when it does not end within reach (a
 * text that ends counts as an end).
 */
export function subjectBodyEnd(text: string, from: number): number | null {
  const rest = text.slice(from, from + SUBJECT_REACH);
  const head = CITE.subjectBodyHead.exec(rest);
  if (!head) return null;
  const opener = CITE.subjectOpener.exec(rest.slice(head[0].length));
  if (!opener) return null;
  const subject = head[0].length + opener[0].length;
  let end = firstAfter(NAME_END, rest, subject);
  COMMA.lastIndex = subject;
  for (let m = COMMA.exec(rest); m && (end === null || m.index < end); m = COMMA.exec(rest)) {
    if (bodyHead(rest.slice(m.index + m[0].length))) {
      end = m.index;
      break;
    }
  }
  if (end === null) {
    if (rest.length === SUBJECT_REACH) return null;
    end = rest.length;
  }
  const name = rest.slice(0, end).replace(/[\s,]+$/u, '');
  return name.length > subject ? from + name.length : null;
}

/** Where the first match after `from` ends the name: at the match, or after the document number it matched. */
function firstAfter(pattern: RegExp, text: string, from: number): number | null {
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  // a number and the lower-case word after it ("… Nghị quyết số 18-NQ/TW phối hợp"): the name ends with the number
  return m ? m.index + (m.groups?.number?.length ?? 0) : null;
}
