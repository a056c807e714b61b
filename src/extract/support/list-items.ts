/**
 * The items of a labelled list ("Kính gửi:", "Nơi nhận:"): the rest of the label's line and the "- …;" lines under it.
 */
import type { NamedSpan } from '../../model/schema.js';
import { HEADER } from '../../layout/header-patterns.js';
import type { Line } from '../../layout/lines.js';

/** At most this many blank lines may stand between the label and its first item. */
const GAP = 3;

export function listItems(
  lines: readonly Line[],
  label: Line,
  labelPattern: RegExp,
  stop: (line: Line) => boolean,
): NamedSpan[] {
  const items: NamedSpan[] = [];
  const rest = labelPattern.exec(label.canonical)?.groups?.rest ?? '';
  // "Kính gửi: Sở Tư pháp" holds its item; "Nơi nhận: TM. BAN CHỈ ĐẠO" holds the other column
  if (rest.trim() !== '' && /\p{Ll}/u.test(rest)) {
    items.push(...splitItem(label, label.canonical.length - rest.length));
  }
  let blanks = 0;
  for (let i = label.index + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) {
      if (items.length === 0 && ++blanks > GAP) break;
      continue;
    }
    if (stop(line)) {
      if (items.length > 0 || !line.caps) break;
      continue;
    }
    const item = HEADER.listItem.exec(line.canonical)?.groups?.item;
    if (item !== undefined) items.push(...splitItem(line, line.canonical.length - item.length));
  }
  return items;
}

/** One list line may hold several items separated by ";" ("- TT. Tỉnh ủy; TT. HĐND tỉnh;"). */
function splitItem(line: Line, from: number): NamedSpan[] {
  const out: NamedSpan[] = [];
  const base = line.start + line.indent;
  let at = from;
  for (const part of line.canonical.slice(from).split(';')) {
    // items run on one line ("Nơi nhận: - Như trên; - Lưu: VT.", a converter's table cell) keep their dash
    const trimmed = part.trim();
    const name = (HEADER.listItem.exec(trimmed)?.groups?.item ?? trimmed).replace(/[.,]$/, '').trim();
    const offset = line.canonical.indexOf(name, at);
    if (name !== '' && offset >= 0)
      out.push({
        name: line.text.slice(line.indent + offset, line.indent + offset + name.length),
        span: [base + offset, base + offset + name.length],
      });
    at += part.length + 1;
  }
  return out;
}
