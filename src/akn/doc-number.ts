/** A document number (số, ký hiệu) as `vb:` attributes, on `<docNumber>` or a cited instrument's `<vb:number>`. */
import type { DocumentNumber } from '../model/schema.js';
import { fieldAttrs, readFields, type FieldSpec } from './vb-attributes.js';

/** every field but `raw`, which is the element's text */
const NUMBER_FIELDS: FieldSpec = {
  text: 'string?',
  ordinal: 'int?',
  year: 'int?',
  typeCode: 'string?',
  issuerCode: 'string?',
  unitCode: 'string?',
  scheme: 'string',
  blank: 'bool',
  span: 'span?',
  issuerCodes: 'strings',
};

/** `prefix`: "vb:" on AKN's `<docNumber>`, none on vanban's own `<vb:number>` */
export function numberAttrs(number: DocumentNumber, prefix: string): Record<string, string | undefined> {
  return fieldAttrs(number, NUMBER_FIELDS, prefix);
}

export function readNumber(attrs: Readonly<Record<string, string>>, raw: string, prefix: string): DocumentNumber {
  return { ...readFields(attrs, NUMBER_FIELDS, prefix), raw } as DocumentNumber;
}
