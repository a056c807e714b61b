/** fromAkomaNtoso: an Akoma Ntoso document written by toAkomaNtoso back into the parse result. */
import type { DocumentResult } from '../model/schema.js';
import { readRelations, readStatedRelations } from './analysis.js';
import { bodyToOutline } from './body.js';
import { readConclusions } from './conclusions.js';
import { KEY_ALIAS } from './frbr.js';
import { readInstruments } from './instruments.js';
import { readEffective } from './lifecycle.js';
import { VB } from './namespaces.js';
import { readPreface } from './preface.js';
import { readProprietary, RESULT } from './proprietary.js';
import { child, descendants, el, elements, readXml, type XmlElement } from './xml-tree.js';
import { sha256 } from '../ingest/hash.js';

/**
 * The result an AKN document describes. A document from toAkomaNtoso gives back exactly the
 * result it was made from; another AKN document gives what its native elements say (spans
 * [0, 0], source format "xml"). Throws when the text is not XML or not Akoma Ntoso.
 *
 * @example
 * ```ts
 * import { fromAkomaNtoso, parse, toAkomaNtoso } from 'vanban';
 *
 * const plan = parse(
 *   'ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 15/KH-UBND\nLâm Đồng, ngày 04 tháng 5 năm 2026\n\n' +
 *     'KẾ HOẠCH\nThực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư\n',
 *   { name: 'ke-hoach.txt' },
 * );
 * const back = fromAkomaNtoso(toAkomaNtoso(plan));
 * back.number?.text; // → '15/KH-UBND'
 * back.references.map((r) => r.key); // → ['vn:28-ct/tw#2023']
 * ```
 */
export function fromAkomaNtoso(xml: string): DocumentResult {
  const root = readXml(xml);
  const document = root.name === 'akomaNtoso' ? elements(root)[0] : undefined;
  if (!document) throw new Error(`fromAkomaNtoso: expected an <akomaNtoso> document, found <${root.name}>`);
  const meta = child(document, 'meta') ?? el('meta');
  const references = child(meta, 'references') ?? el('references');
  const analysis = child(meta, 'analysis');
  const vanban = elements(meta, 'proprietary').flatMap((p) => elements(p, RESULT))[0];
  const concepts = new Map(elements(references, 'TLCConcept').map((c) => [c.attrs.eId ?? '', c.attrs.showAs ?? '']));
  const own = readProprietary(vanban, () => sha256(xml));
  const preface = readPreface(child(document, 'preface'));
  const conclusions = readConclusions(child(document, 'conclusions'));
  const body = child(document, 'body') ?? child(document, 'mainBody');
  return {
    schemaVersion: own.schemaVersion,
    source: own.source,
    ...(own.text !== undefined ? { text: own.text } : {}),
    key: readKey(meta),
    keyPartial: own.keyPartial,
    kind: preface.kind,
    number: preface.number,
    issuer: preface.issuer,
    place: preface.place,
    date: preface.date,
    effective: readEffective(child(meta, 'lifecycle'), vanban && child(vanban, `${VB}effective`), concepts),
    title: preface.title,
    recipients: preface.recipients,
    distribution: conclusions.distribution,
    signature: conclusions.signature,
    references: readInstruments(
      elements(references, 'TLCReference'),
      vanban ? elements(vanban, `${VB}reference`) : [],
      readRelations(analysis, concepts),
    ),
    statedRelations: readStatedRelations(analysis),
    outline: body ? bodyToOutline(body) : [],
    tasks: own.tasks,
    deadlines: own.deadlines,
    targets: own.targets,
    diagnostics: own.diagnostics,
  };
}

function readKey(meta: XmlElement): string | null {
  return descendants(meta, 'FRBRalias').find((a) => a.attrs.name === KEY_ALIAS)?.attrs.value ?? null;
}
