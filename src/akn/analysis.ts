/**
 * The typed relations in `<analysis>`. What this document does to an instrument is an active
 * modification: amends → textualMod "substitution", replaces → "replacement", repeals → "repeal",
 * implements → legalSystemMod "implementation", guides → "application". A legal basis (căn cứ)
 * or a proposal (đề nghị) is an `<implicitReference>` to the instrument and a relation concept.
 * A plain citation is in `<references>` only. Relations the text states between two cited
 * instruments go in `<otherAnalysis>`.
 */
import type { Relation, StatedRelation } from '../model/schema.js';
import type { EIds } from './eids.js';
import { fieldAttrs, readFields, type FieldSpec } from './vb-attributes.js';
import type { CitedInstrument } from './instruments.js';
import { SOURCE, VB } from './namespaces.js';
import type { Ontology } from './ontology.js';
import { child, el, elements, type XmlElement } from './xml-tree.js';

const MODIFICATIONS: Readonly<Partial<Record<Relation, [element: string, type: string]>>> = {
  amends: ['textualMod', 'substitution'],
  replaces: ['textualMod', 'replacement'],
  repeals: ['textualMod', 'repeal'],
  implements: ['legalSystemMod', 'implementation'],
  guides: ['legalSystemMod', 'application'],
};
const CONCEPT_RELATIONS: readonly Relation[] = ['basedOn', 'proposal'];
const STATED_FIELDS: FieldSpec = { from: 'string', to: 'string', relation: 'string', span: 'span' };

export function analysisToAkn(
  instruments: readonly CitedInstrument[],
  stated: readonly StatedRelation[],
  documentUri: string,
  ontology: Ontology,
  eids: EIds,
): XmlElement | null {
  const modifications = instruments.flatMap(({ reference, eId, uri }, i) => {
    const mod = MODIFICATIONS[reference.relation];
    if (!mod) return [];
    const [element, type] = mod;
    return [
      el(element, { eId: eids.claim(`mod_${i + 1}`), type, refersTo: `#${eId}` }, [
        el('source', { href: documentUri }),
        el('destination', { href: uri }),
      ]),
    ];
  });
  const implicit = instruments
    .filter(({ reference }) => CONCEPT_RELATIONS.includes(reference.relation))
    .map(({ reference, eId, uri, label }) =>
      el('implicitReference', {
        href: uri,
        refersTo: `#${eId} ${ontology.ref('TLCConcept', reference.relation)}`,
        showAs: label,
      }),
    );
  const children = [
    modifications.length > 0 && el('activeModifications', {}, modifications),
    implicit.length > 0 && el('otherReferences', { source: SOURCE }, implicit),
    stated.length > 0 &&
      el(
        'otherAnalysis',
        { source: SOURCE },
        stated.map((s) => el(`${VB}statedRelation`, fieldAttrs(s, STATED_FIELDS, ''))),
      ),
  ];
  return children.some(Boolean) ? el('analysis', { source: SOURCE }, children) : null;
}

/** Relation of each cited instrument, by the eId of its TLCReference (a plain citation is absent). */
export function readRelations(
  analysis: XmlElement | undefined,
  concepts: ReadonlyMap<string, string>,
): Map<string, Relation> {
  const relations = new Map<string, Relation>();
  if (!analysis) return relations;
  const active = child(analysis, 'activeModifications');
  for (const mod of active ? elements(active) : []) {
    const relation = (Object.keys(MODIFICATIONS) as Relation[]).find(
      (r) => MODIFICATIONS[r]![0] === mod.name && MODIFICATIONS[r]![1] === mod.attrs.type,
    );
    const target = refTargets(mod.attrs.refersTo)[0];
    if (relation && target) relations.set(target, relation);
  }
  for (const implicit of elements(analysis, 'otherReferences').flatMap((o) => elements(o, 'implicitReference'))) {
    const targets = refTargets(implicit.attrs.refersTo);
    const relation = targets.map((t) => concepts.get(t)).find((c) => c !== undefined) as Relation | undefined;
    const target = targets.find((t) => !concepts.has(t));
    if (relation && target) relations.set(target, relation);
  }
  return relations;
}

export function readStatedRelations(analysis: XmlElement | undefined): StatedRelation[] {
  if (!analysis) return [];
  return elements(analysis, 'otherAnalysis')
    .flatMap((o) => elements(o, `${VB}statedRelation`))
    .map((s) => readFields(s.attrs, STATED_FIELDS, '') as StatedRelation);
}

/** "#ref_1 #concept_basedon" → ["ref_1", "concept_basedon"] */
function refTargets(refersTo: string | undefined): string[] {
  return (refersTo ?? '')
    .split(/\s+/u)
    .filter(Boolean)
    .map((t) => t.replace(/^#/u, ''));
}
