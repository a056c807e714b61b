/**
 * The TLC (top level class) entries of `<references>`: one per organization, person, role,
 * place and relation concept the document names, each with an eId the text elements point to
 * (`refersTo="#org_bo-tai-chinh"`). The same name gives the same entry.
 */
import type { EIds } from './eids.js';
import { slug } from './slug.js';
import { el, type XmlElement } from './xml-tree.js';

export type TlcKind = 'TLCOrganization' | 'TLCPerson' | 'TLCRole' | 'TLCLocation' | 'TLCConcept';

const PREFIXES: Readonly<Record<TlcKind, string>> = {
  TLCOrganization: 'org',
  TLCPerson: 'person',
  TLCRole: 'role',
  TLCLocation: 'loc',
  TLCConcept: 'concept',
};
const ONTOLOGY: Readonly<Record<TlcKind, string>> = {
  TLCOrganization: '/akn/ontology/organizations/vn/',
  TLCPerson: '/akn/ontology/persons/vn/',
  TLCRole: '/akn/ontology/roles/vn/',
  TLCLocation: '/akn/ontology/locations/vn/',
  TLCConcept: '/akn/ontology/concepts/vanban/',
};

interface Entry {
  kind: TlcKind;
  eId: string;
  name: string;
}

export class Ontology {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly eids: EIds) {}

  /** `#eId` of the entry for this name, made on first use. */
  ref(kind: TlcKind, name: string): string {
    const key = `${kind}\u0000${name}`;
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { kind, eId: this.eids.named(PREFIXES[kind], name), name };
      this.entries.set(key, entry);
    }
    return `#${entry.eId}`;
  }

  elements(): XmlElement[] {
    return [...this.entries.values()].map(({ kind, eId, name }) =>
      el(kind, { eId, href: ONTOLOGY[kind] + (slug(name) || 'x'), showAs: name }),
    );
  }
}
