/**
 * The signature block as fields: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Vũ Thu Hà"
 * → authority KT (the prefix directly over the signer's line), onBehalfOf "Chủ tịch",
 * position "Phó Chủ tịch", name; the full chain of prefixes is kept in `chain`.
 */
import type { Authority, Signature } from '../model/schema.js';
import { SIGNATURE } from '../layout/header-patterns.js';
import { lineSpan, type Line } from '../layout/lines.js';
import { lastLine } from '../layout/closing.js';
import { recase } from './support/recase.js';
import { diagnostic, type ExtractContext, type Extracted } from './support/context.js';

const PARTY_FORMS: Readonly<Record<string, Authority>> = { 'T/M': 'TM', 'K/T': 'KT', 'T/L': 'TL' };

export function extractSignature({ text, layout }: ExtractContext): Extracted<Signature | null> {
  const block = layout.signature;
  if (!block)
    return { value: null, diagnostics: [diagnostic('signature/missing', 'info', 'No signature block found.')] };
  const chain = block.authorityLines.map(authorityOf);
  // the title of the last prefix may run over the next lines ("KT. VIỆN TRƯỞNG / VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO")
  const lastTitle = chain.at(-1);
  // each line in its own case: a post, then the body ("Viện trưởng Viện kiểm sát nhân dân tối cao")
  if (lastTitle && block.titleLines.length > 0)
    lastTitle.title = [lastTitle.title, ...block.titleLines.map((l) => l.canonical)].map(recase).join(' ');
  const last = chain.at(-1);
  const name = block.nameLine && nameIn(block.nameLine);
  const end = name ? name.end : lineSpan(lastLine(block))[1];
  const first = block.authorityLines[0] ?? block.positionLine ?? lastLine(block);
  return {
    value: {
      authority: last?.authority ?? null,
      onBehalfOf: last ? recase(last.title) : null,
      position: block.positionLine ? recase(block.positionLine.canonical) : null,
      name: name && text.slice(name.start, name.end),
      span: [first.start + first.indent, end],
      chain: chain.map((c) => ({ authority: c.authority, title: recase(c.title) })),
    },
    diagnostics: name
      ? []
      : [diagnostic('signature/unsigned', 'info', 'The signature block has no name: the document ends before it.')],
  };
}

/** Where the signer's name stands on its line. */
function nameIn(line: Line): { start: number; end: number } {
  const name = SIGNATURE.personName.exec(line.canonical)!.groups!.name!;
  const start = line.start + line.indent + line.canonical.indexOf(name);
  return { start, end: start + name.length };
}

function authorityOf(line: Line): { authority: Authority; title: string } {
  const groups = SIGNATURE.authorityLine.exec(line.canonical)!.groups!;
  const prefix = groups.authority!;
  return { authority: PARTY_FORMS[prefix] ?? (prefix as Authority), title: groups.title!.trim() };
}
