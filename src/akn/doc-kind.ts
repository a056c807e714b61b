/**
 * Which AKN document element a document becomes. Normative instruments (văn bản quy phạm pháp
 * luật: Luật, Nghị định, Thông tư…, and a Quyết định or Nghị quyết numbered n/YYYY/…) are `<act>`;
 * every other document (công văn, kế hoạch, báo cáo, a Quyết định 23/QĐ-UBND…) is `<doc>`.
 * The `name` is the type's id in grammars/document-types.json ("nghi-dinh", "ke-hoach").
 */
import { documentTypeByCode, documentTypeByWord } from '../grammar/document-types.js';
import type { Scheme } from '../model/schema.js';
import { slug } from './slug.js';

export type DocumentElement = 'act' | 'doc';

export interface DocumentKind {
  element: DocumentElement;
  name: string;
}

/** what a document without a known kind is called */
const UNKNOWN_KIND = 'van-ban';

export function documentKind(kind: { name: string; code: string | null } | null, scheme: Scheme | null): DocumentKind {
  const type = kind
    ? (documentTypeByWord(kind.name) ?? (kind.code ? documentTypeByCode(kind.code) : undefined))
    : undefined;
  const families = type?.families ?? [];
  const normative = families.length > 0 && families.every((f) => f === 'normative');
  const numberedAsNormative = families.includes('normative') && scheme === 'normative';
  return {
    element: normative || numberedAsNormative ? 'act' : 'doc',
    name: type?.id ?? ((kind && slug(kind.name)) || UNKNOWN_KIND),
  };
}
