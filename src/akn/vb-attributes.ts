/**
 * Flat records ↔ `vb:` attributes, driven by a field list: the parts of a record that AKN has no
 * place for ride on the AKN element that carries the rest (`<docNumber vb:ordinal="15" …>`).
 * A nullable field that is null is left out; a missing attribute reads as null or the type's zero,
 * so an AKN document written by another tool still reads.
 */
import type { Span } from '../model/schema.js';
import { VB } from './namespaces.js';

export type FieldType = 'string' | 'string?' | 'int' | 'int?' | 'bool' | 'span' | 'span?' | 'strings';
export type FieldSpec = Readonly<Record<string, FieldType>>;

type Attrs = Record<string, string | undefined>;

export function fieldAttrs(record: object, spec: FieldSpec, prefix = VB): Attrs {
  const attrs: Attrs = {};
  const values = record as Record<string, unknown>;
  for (const [field, type] of Object.entries(spec)) attrs[prefix + field] = writeValue(values[field], type);
  return attrs;
}

export function readFields(
  attrs: Readonly<Record<string, string>>,
  spec: FieldSpec,
  prefix = VB,
): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [field, type] of Object.entries(spec)) record[field] = readValue(attrs[prefix + field], type);
  return record;
}

function writeValue(value: unknown, type: FieldType): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (type === 'span' || type === 'span?') return spanText(value as Span);
  if (type === 'strings') return JSON.stringify(value);
  return String(value);
}

function readValue(text: string | undefined, type: FieldType): unknown {
  const nullable = type.endsWith('?');
  if (text === undefined) return nullable ? null : zero(type);
  switch (type) {
    case 'int':
    case 'int?':
      return Number(text);
    case 'bool':
      return text === 'true';
    case 'span':
    case 'span?':
      return readSpan(text);
    case 'strings':
      return JSON.parse(text) as string[];
    default:
      return text;
  }
}

function zero(type: FieldType): unknown {
  return { string: '', int: 0, bool: false, span: [0, 0], strings: [] }[type as 'string'];
}

export function spanText(span: Span): string {
  return `${span[0]} ${span[1]}`;
}

export function readSpan(text: string | undefined): Span {
  const [start = 0, end = 0] = (text ?? '').split(' ').map(Number);
  return [start, end];
}
