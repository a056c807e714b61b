/**
 * The conclusions: the distribution list (Nơi nhận) as `<organization>`s, and the signature
 * block as `<signature>`: the authority chain (TM./KT./TL. lines, outermost first) and the office
 * signed for as `<role>`s, then the signer's position and name as `<role>` and `<person>`.
 */
import type { Authority, DocumentResult, Signature } from '../model/schema.js';
import { fieldAttrs, readFields, type FieldSpec } from './vb-attributes.js';
import { VB } from './namespaces.js';
import type { Ontology } from './ontology.js';
import { organizations, readOrganizations } from './preface.js';
import { descendants, el, elements, textEl, textOf, type XmlElement } from './xml-tree.js';

const DISTRIBUTION = 'distribution';
const SIGNATURE_FIELDS: FieldSpec = { authority: 'string?', span: 'span' };
/** the `class` of each role of a signature */
const CHAIN = 'chain';
const ON_BEHALF_OF = 'onBehalfOf';
const POSITION = 'position';

export function conclusionsToAkn(r: DocumentResult, ontology: Ontology): XmlElement | null {
  const distribution =
    r.distribution.length > 0 && el('container', { name: DISTRIBUTION }, organizations(r.distribution, ontology));
  const signature = r.signature && el('p', { class: 'signature' }, [signatureToAkn(r.signature, ontology)]);
  return distribution || signature ? el('conclusions', {}, [distribution, signature]) : null;
}

function signatureToAkn(s: Signature, ontology: Ontology): XmlElement {
  const role = (title: string, cls: string, authority?: Authority) =>
    textEl('role', { refersTo: ontology.ref('TLCRole', title), class: cls, [`${VB}authority`]: authority }, title);
  const positionRef = s.position !== null ? ontology.ref('TLCRole', s.position) : undefined;
  return el('signature', fieldAttrs(s, SIGNATURE_FIELDS), [
    ...s.chain.map((link) => role(link.title, CHAIN, link.authority)),
    s.onBehalfOf !== null && role(s.onBehalfOf, ON_BEHALF_OF),
    s.position !== null && role(s.position, POSITION),
    s.name !== null && textEl('person', { refersTo: ontology.ref('TLCPerson', s.name), as: positionRef }, s.name),
  ]);
}

export function readConclusions(
  conclusions: XmlElement | undefined,
): Pick<DocumentResult, 'distribution' | 'signature'> {
  const signature = conclusions && descendants(conclusions, 'signature')[0];
  return {
    distribution: readOrganizations(
      conclusions && elements(conclusions, 'container').find((c) => c.attrs.name === DISTRIBUTION),
    ),
    signature: signature ? readSignature(signature) : null,
  };
}

function readSignature(signature: XmlElement): Signature {
  const roles = elements(signature, 'role');
  const roleText = (cls: string) => {
    const found = roles.find((r) => r.attrs.class === cls);
    return found ? textOf(found) : null;
  };
  const person = elements(signature, 'person')[0];
  return {
    ...(readFields(signature.attrs, SIGNATURE_FIELDS) as Pick<Signature, 'authority' | 'span'>),
    onBehalfOf: roleText(ON_BEHALF_OF),
    position: roleText(POSITION),
    name: person ? textOf(person) : null,
    chain: roles
      .filter((r) => r.attrs.class === CHAIN)
      .map((r) => ({ authority: r.attrs[`${VB}authority`] as Authority, title: textOf(r) })),
  };
}
