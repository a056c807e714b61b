/**
 * The issuer: from the header's issuer lines ("UBND TỈNH LÂM ĐỒNG / SỞ NỘI VỤ" → Sở Nội vụ
 * tỉnh Lâm Đồng, parent Ủy ban nhân dân tỉnh Lâm Đồng); when the header has none, inferred
 * from the enacting sentence ("Ủy ban nhân dân thành phố Hà Nội ban hành Kế hoạch …") or the
 * signature ("TM. ỦY BAN NHÂN DÂN"), its locality completed from the place line or the body.
 */
import type { Issuer, Place, Signature } from '../model/schema.js';
import type { Line } from '../layout/lines.js';
import { canonicalTones } from '../grammar/tones.js';
import { isSpaceCode } from '../grammar/white-space.js';
import { bodyHead, ENACTING_BODY, ENACTING_VERB, LEVEL_WORD } from './support/issuer-patterns.js';
import { LOCALITY_MENTION, localityById, localityByName, type Locality } from '../grammar/localities.js';
import { load } from '../grammar/load.js';
import { expandAbbreviations, recase } from './support/recase.js';
import { diagnostic, type ExtractContext, type Extracted } from './support/context.js';

const names = load('names');

interface Body {
  name: string;
  lines: Line[];
  qualify: boolean;
}

export function extractIssuer(
  ctx: ExtractContext,
  place: Place | null,
  signature: Signature | null,
): Extracted<Issuer | null> {
  const bodies = groupBodies(ctx.layout.header.issuerLines);
  const issuer = bodies.at(-1);
  const titleIssuer = ctx.layout.header.titleIssuer;
  if (titleIssuer)
    return partyIssuer(
      ctx,
      recase(expandAbbreviations(ctx.text.slice(...titleIssuer.span))),
      titleIssuer.span,
      issuer ?? null,
      place,
      'the line under the type word',
    );
  const standing = issuer && signature ? standingBody(issuer.name, signature) : null;
  if (standing && signature) return partyIssuer(ctx, standing, signature.span, issuer!, place, 'the signature block');
  if (issuer) {
    const parent = bodies.length > 1 ? bodies.at(-2)! : null;
    const board = parent ? partyBoard(issuer.name, parent.name) : null;
    const name =
      board ??
      (issuer.qualify && parent && !LEVEL_WORD.test(issuer.name)
        ? qualify(issuer.name, parent.name)
        : complete(issuer.name, ctx.layout.canonical, place));
    const first = bodies[0]!.lines[0]!;
    const last = issuer.lines.at(-1)!;
    return {
      value: {
        name,
        parent: parent ? complete(parent.name, ctx.layout.canonical, place) : null,
        inferred: false,
        raw: ctx.layout.header.issuerLines.map((l) => l.canonical).join(' / '),
        span: [first.start + first.indent, last.start + last.indent + last.canonical.length],
      },
      diagnostics: [],
    };
  }
  return inferIssuer(ctx, place, signature);
}

/**
 * A Party text that names the body it speaks for under its type word ("NGHỊ QUYẾT / CỦA BAN THƯỜNG VỤ
 * TỈNH ỦY") while its header names the parent ("TỈNH ỦY LÀO CAI"): the issuer is that body, inferred
 * (the header does not name it), its locality taken from the header ("Ban Thường vụ Tỉnh ủy Lào Cai").
 */
function partyIssuer(
  ctx: ExtractContext,
  body: string,
  span: [number, number],
  header: Body | null,
  place: Place | null,
  where: string,
): Extracted<Issuer> {
  const name = header ? withHeaderLocality(body, header.name) : complete(body, ctx.layout.canonical, place);
  // a header that names the body itself ("BỘ CHÍNH TRỊ" … "KẾT LUẬN / CỦA BỘ CHÍNH TRỊ") is read as usual
  if (header && fold(header.name) === fold(name))
    return {
      value: {
        name: header.name,
        parent: null,
        inferred: false,
        raw: ctx.layout.header.issuerLines.map((l) => l.canonical).join(' / '),
        span: headerSpan(header),
      },
      diagnostics: [],
    };
  const result = inferred(name, span, where);
  result.value.parent = header && fold(header.name) !== fold(name) ? header.name : null;
  return result;
}

/**
 * A Party committee's text signed for one of its standing bodies ("BAN CHẤP HÀNH TRUNG ƯƠNG" …
 * "T/M BỘ CHÍNH TRỊ"; "TỈNH ỦY LÀO CAI" … "T/M BAN THƯỜNG VỤ"): that body, completed with the
 * committee ("Ban Thường vụ" → "Ban Thường vụ Tỉnh ủy"); null otherwise.
 */
function standingBody(header: string, signature: Signature): string | null {
  const { committees, standingBodies } = names.partyBoards;
  const folded = fold(header);
  const committee = committees.find((c) => folded === fold(c) || folded.startsWith(`${fold(c)} `));
  if (!committee) return null;
  const onBehalf = signature.chain.find((c) => c.authority === 'TM')?.title;
  const foldedOnBehalf = onBehalf && fold(onBehalf);
  const body = foldedOnBehalf && standingBodies.find((b) => foldedOnBehalf === fold(b));
  if (!body) return null;
  // the Bộ Chính trị and Ban Bí thư are named alone; a local standing committee with its committee
  return committee === 'Ban Chấp hành Trung ương' ? body : `${body} ${committee}`;
}

function headerSpan(body: Body): [number, number] {
  const first = body.lines[0]!;
  const last = body.lines.at(-1)!;
  return [first.start + first.indent, last.start + last.indent + last.canonical.length];
}

/** "Ban Thường vụ Tỉnh ủy" under "Tỉnh ủy Lào Cai" → "Ban Thường vụ Tỉnh ủy Lào Cai". */
function withHeaderLocality(body: string, header: string): string {
  const words = fold(body).split(' ');
  const head = fold(header);
  for (let k = 1; k <= words.length; k++) {
    const tail = words.slice(-k).join(' ');
    if (head.startsWith(`${tail} `)) return `${body}${header.slice(tail.length)}`;
  }
  return body;
}

/** Issuer lines into bodies: a line that opens with a body's head starts one, other lines continue it. */
function groupBodies(lines: readonly Line[]): Body[] {
  const bodies: Body[] = [];
  for (const line of lines) {
    for (const expanded of joinedBodies(expandAbbreviations(line.canonical))) {
      const head = bodyHead(expanded);
      const current = bodies.at(-1);
      if (head || !current) bodies.push({ name: expanded, lines: [line], qualify: head?.qualify ?? false });
      else {
        current.name += ` ${expanded}`;
        current.lines.push(line);
      }
    }
  }
  // the gazette repeats the issuer as a section heading above the header
  const distinct = bodies.filter((b, i) => i === 0 || fold(b.name) !== fold(bodies[i - 1]!.name));
  return distinct.map((b) => ({ ...b, name: recase(b.name) }));
}

/**
 * A header cell whose two lines a converter joined ("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG SỞ NỘI VỤ"): a
 * second body starts where a body's head follows a locality that ends the first.
 */
function joinedBodies(line: string): string[] {
  for (let i = 1; i < line.length; i++) {
    if (!isSpaceCode(line.charCodeAt(i - 1)) || isSpaceCode(line.charCodeAt(i))) continue;
    const left = line.slice(0, i).trimEnd();
    if (bodyHead(line.slice(i)) && endsWithLocality(left)) return [left, ...joinedBodies(line.slice(i))];
  }
  return [line];
}

function endsWithLocality(text: string): boolean {
  const canonical = canonicalTones(text);
  let last: RegExpExecArray | null = null;
  LOCALITY_MENTION.lastIndex = 0;
  for (let m = LOCALITY_MENTION.exec(canonical); m; m = LOCALITY_MENTION.exec(canonical)) last = m;
  return !!last && last.index + last[0].length === canonical.length;
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * A board of a Party committee under the committee's line: "Văn phòng" under "Ban Chấp hành Trung
 * ương" → "Văn phòng Trung ương Đảng", "Ban Tổ chức" under "Tỉnh ủy Lâm Đồng" → "Ban Tổ chức Tỉnh ủy
 * Lâm Đồng" (grammars/names.json partyBoards). Null when the lower body is no such board.
 */
function partyBoard(name: string, parent: string): string | null {
  const { heads, central, centralQualifier, centralNames } = names.partyBoards;
  const foldedName = fold(name);
  const head = heads.find((h) => foldedName === fold(h) || foldedName.startsWith(`${fold(h)} `));
  if (!head) return null;
  const foldedParent = fold(parent);
  if (foldedParent === fold(central))
    return (centralNames as Record<string, string>)[name] ?? `${name} ${centralQualifier}`;
  const committee = names.localCommittees.find((c) => foldedParent.startsWith(`${fold(c)} `));
  return committee ? `${name} ${parent}` : null;
}

/** "Sở Nội vụ" under "Ủy ban nhân dân tỉnh Lâm Đồng" → "Sở Nội vụ tỉnh Lâm Đồng". */
function qualify(name: string, parent: string): string {
  const level = LEVEL_WORD.exec(parent);
  return level ? `${name} ${parent.slice(level.index)}` : name;
}

function inferIssuer(ctx: ExtractContext, place: Place | null, signature: Signature | null): Extracted<Issuer | null> {
  const span = findEnactingBody(ctx.layout.canonical);
  if (span) {
    const name = complete(recase(expandAbbreviations(ctx.text.slice(...span))), ctx.layout.canonical, place);
    return inferred(name, span, 'the enacting sentence');
  }
  const onBehalf = signature?.chain.find((c) => c.authority === 'TM');
  if (onBehalf && signature) {
    return inferred(complete(onBehalf.title, ctx.layout.canonical, place), signature.span, 'the signature block');
  }
  return {
    value: null,
    diagnostics: [diagnostic('issuer/missing', 'warning', 'No issuer in the header, the opening or the signature.')],
  };
}

function inferred(name: string, span: [number, number], where: string): Extracted<Issuer> {
  return {
    value: { name, parent: null, inferred: true, raw: null, span },
    diagnostics: [
      diagnostic('issuer/inferred', 'info', `The header names no issuer; "${name}" is taken from ${where}.`, span),
    ],
  };
}

/**
 * A local body named without its locality ("Ủy ban nhân dân tỉnh", "ỦY BAN NHÂN DÂN") takes
 * the place line's province, else the province the body text names most often. `canonical`: the whole text with
 * canonical tone marks (`Layout.canonical`), read only when the place line names no province.
 */
function complete(name: string, canonical: string, place: Place | null): string {
  if (!needsLocality(name)) return name;
  const locality = (place && localityByName(place.name)) ?? mostMentioned(canonical);
  if (!locality) return name;
  const level = LEVEL_WORD.exec(name);
  return level
    ? `${name.slice(0, level.index + level[0].length)} ${locality.name}`
    : `${name} ${locality.level} ${locality.name}`;
}

/** "Ủy ban nhân dân", "Ủy ban nhân dân tỉnh": a local body's head with at most its level word. */
function needsLocality(name: string): boolean {
  const head = bodyHead(name);
  if (!head?.local) return false;
  const rest = name.trim().slice(head.text.length).trim();
  return rest === '' || LEVEL_WORD.exec(rest)?.[0] === rest;
}

function mostMentioned(canonical: string): Locality | undefined {
  const counts = new Map<string, number>();
  for (const m of canonical.matchAll(LOCALITY_MENTION)) {
    const id = localityByName(m.groups!.name!)?.id;
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? localityById(best[0]) : undefined;
}

/** How far before the enacting verb the body's name may start. */
const ENACTING_REACH = 80;

/**
 * "Ủy ban nhân dân thành phố Hà Nội ban hành Kế hoạch": an enacting body, at most a level word
 * and a capitalised locality, the verb, then a capitalised type word. Found verb first, then the
 * body just before it, so that no pattern has to scan the text with open-ended repetition.
 */
function findEnactingBody(text: string): [number, number] | null {
  ENACTING_VERB.lastIndex = 0;
  for (let verb = ENACTING_VERB.exec(text); verb; verb = ENACTING_VERB.exec(text)) {
    const after = text.slice(verb.index + verb[0].length, verb.index + verb[0].length + 2);
    if (!/^[ \t]\p{Lu}/u.test(after)) continue;
    const from = Math.max(0, verb.index - ENACTING_REACH);
    const before = text.slice(from, verb.index);
    let body: RegExpExecArray | null = null;
    ENACTING_BODY.lastIndex = 0;
    for (let m = ENACTING_BODY.exec(before); m; m = ENACTING_BODY.exec(before)) body = m;
    if (!body) continue;
    const between = before.slice(body.index + body[0].length).trim();
    if (isLevelAndLocality(between))
      return [
        from + body.index,
        from +
          body.index +
          body[0].length +
          (between ? before.slice(body.index + body[0].length).indexOf(between) + between.length : 0),
      ];
  }
  return null;
}

/** "", "tỉnh", "thành phố Hà Nội": what may stand between a body and its enacting verb. */
function isLevelAndLocality(words: string): boolean {
  if (words === '') return true;
  const level = LEVEL_WORD.exec(words);
  const rest = level && level.index === 0 ? words.slice(level[0].length).trim() : words;
  return (
    rest
      .split(/[ \t]+/)
      .filter(Boolean)
      .every((w) => /^\p{Lu}\p{Ll}*$/u.test(w)) && rest.split(/[ \t]+/).length <= 4
  );
}
