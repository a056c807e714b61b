/**
 * What a letter, plan, report or submission asks that is no task of its own (GOLD.md): its
 * closing request to carry it out ("Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các Sở, ban, ngành …
 * nghiêm túc thực hiện."), and work it names for its own issuer, which it restates or proposes
 * ("… giao Bộ Tài chính chủ trì …" in a letter of the Bộ Tài chính). A decision, resolution or
 * directive assigns both: there the closing sentence and the issuer's own duties are tasks.
 */
import { AGENCY, AGENCY_UNITS, dutyIn } from '../agencies/gazetteer.js';
import { foldName } from '../agencies/fold.js';
import type { DraftTask, TaskSource } from './draft.js';

/** The task without the bodies it cannot be for; null when none is left or it only asks to carry the text out. */
export function addressedTask(task: DraftTask, source: TaskSource, issuer: string | null): DraftTask | null {
  if (isClosingRequest(task, source)) return null;
  if (issuer === null) return task;
  const agencies = task.agencies.filter((a) => !isIssuer(a.name, issuer));
  return agencies.length === 0 ? null : { ...task, agencies };
}

/**
 * The sentence that names the bodies asks nothing but to carry the text out: after the last body,
 * no duty until "(nghiêm túc) (tổ chức, triển khai) thực hiện (văn bản này)" ends it.
 */
function isClosingRequest(task: DraftTask, source: TaskSource): boolean {
  const last = task.agencies.at(-1);
  if (!last || last.span[1] < task.span[0] || last.span[1] > task.span[1]) return false;
  const rest = source.canonical.slice(last.span[1], task.span[1]);
  const sentence = rest.slice(0, /\.(?=\s|\/|$)|;|\n/u.exec(rest)?.index ?? rest.length);
  const closing = AGENCY.closingRequest.exec(`${sentence}.`);
  return closing !== null && dutyIn(sentence.slice(0, closing.index)) === null;
}

const UNITS = new RegExp(`^ (?:${AGENCY_UNITS.join('|')})(?![\\p{L}\\p{N}])`, 'u');

/** "Sở Nội vụ" is the issuer "Sở Nội vụ tỉnh Lâm Đồng": the same body without its locality. */
function isIssuer(name: string, issuer: string): boolean {
  const [body, own] = [foldName(name), foldName(issuer)];
  return body === own || (own.startsWith(body) && UNITS.test(own.slice(body.length)));
}
