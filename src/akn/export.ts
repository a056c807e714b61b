/**
 * toAkomaNtoso: a parse result as an Akoma Ntoso 3.0 document (see README "Akoma Ntoso").
 * Valid against the OASIS schema; `fromAkomaNtoso` reads it back into the same result.
 */
import type { DocumentResult } from '../model/schema.js';
import { analysisToAkn } from './analysis.js';
import { outlineToBody } from './body.js';
import { conclusionsToAkn } from './conclusions.js';
import { documentKind } from './doc-kind.js';
import { EIds } from './eids.js';
import { documentUris, identification } from './frbr.js';
import { citedInstruments, instrumentDetails, instrumentTlc } from './instruments.js';
import { effectiveFallback, lifecycleToAkn, ORIGINAL } from './lifecycle.js';
import { AKN_NS, SOURCE, VB_NS } from './namespaces.js';
import { Ontology } from './ontology.js';
import { prefaceToAkn } from './preface.js';
import { proprietaryToAkn } from './proprietary.js';
import { el, writeXml } from './xml-tree.js';

/** whom the FRBR author points to when the issuer is not known */
const UNKNOWN_AUTHOR = 'không rõ';

/**
 * The result as an Akoma Ntoso 3.0 XML document: `<act>` for a normative instrument, `<doc>`
 * for any other document. Keep `result.text` to carry the text (and so every span) across.
 *
 * @example
 * ```ts
 * import { parse, toAkomaNtoso } from 'vanban';
 *
 * const plan = parse(
 *   'ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 15/KH-UBND\nLâm Đồng, ngày 04 tháng 5 năm 2026\n\n' +
 *     'KẾ HOẠCH\nThực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư\n',
 *   { name: 'ke-hoach.txt' },
 * );
 * const xml = toAkomaNtoso(plan);
 * xml.includes('<doc name="ke-hoach">'); // → true
 * xml.includes('<FRBRuri value="/akn/vn-lam-dong/doc/ke-hoach/2026/15-kh-ubnd"/>'); // → true
 * ```
 */
export function toAkomaNtoso(result: DocumentResult): string {
  const eids = new EIds();
  const agent = eids.claim(SOURCE.slice(1));
  const original = eids.claim(ORIGINAL);
  const ontology = new Ontology(eids);
  const kind = documentKind(result.kind, result.number?.scheme ?? null);
  const uris = documentUris(result, kind);
  const instruments = citedInstruments(result.references, eids);

  const body = outlineToBody(result.outline, eids);
  const preface = prefaceToAkn(result, ontology);
  const conclusions = conclusionsToAkn(result, ontology);
  const author = ontology.ref('TLCOrganization', result.issuer?.name ?? UNKNOWN_AUTHOR);
  const lifecycle = lifecycleToAkn(result, ontology, eids);
  const analysis = analysisToAkn(instruments, result.statedRelations, uris.work, ontology, eids);
  const proprietary = proprietaryToAkn(
    result,
    { references: instruments.map(instrumentDetails), effective: effectiveFallback(result.effective) },
    ontology,
  );
  const instrumentTlcs = instruments.map((i) => instrumentTlc(i, ontology));
  const references = el('references', { source: SOURCE }, [
    el('original', {
      eId: original,
      href: uris.expression,
      showAs: [result.kind?.name, result.number?.text].filter(Boolean).join(' ') || uris.work,
    }),
    ...instrumentTlcs,
    el('TLCOrganization', { eId: agent, href: '/akn/ontology/organizations/vanban', showAs: 'vanban' }),
    ...ontology.elements(),
  ]);

  const meta = el('meta', {}, [
    identification(result, uris, author, SOURCE),
    lifecycle,
    analysis,
    references,
    proprietary,
  ]);
  const document = el(kind.element, { name: kind.name }, [
    meta,
    preface,
    el(kind.element === 'act' ? 'body' : 'mainBody', {}, body),
    conclusions,
  ]);
  return writeXml(el('akomaNtoso', { xmlns: AKN_NS, 'xmlns:vb': VB_NS }, [document]));
}
