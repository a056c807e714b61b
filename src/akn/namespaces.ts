/** The namespaces of an exported document: Akoma Ntoso 3.0, and vanban's own for what AKN has no place for. */
export const AKN_NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
export const VB_NS = 'urn:vanban:akn:1';
/** the prefix of vanban's attributes and proprietary elements (`vb:span`, `<vb:task>`) */
export const VB = 'vb:';
/** the agent every annotation is attributed to (`source="#vanban"`) */
export const SOURCE = '#vanban';
