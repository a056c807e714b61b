/**
 * `<proprietary>`: what AKN has no place for, in vanban's namespace — the source file, the
 * normalized text every span indexes, the cited instruments' numbers and mentions, an effective
 * date without a whole date, the tasks, deadlines, targets and diagnostics.
 */
import type { Diagnostic, DocumentResult, Source } from '../model/schema.js';
import { fieldAttrs, readFields, type FieldSpec } from './vb-attributes.js';
import { SOURCE, VB } from './namespaces.js';
import type { Ontology } from './ontology.js';
import { deadlineToAkn, readDeadline, readTask, taskToAkn } from './tasks.js';
import { readTarget, targetToAkn } from './targets.js';
import { child, el, elements, textEl, textOf, type XmlElement } from './xml-tree.js';

const SOURCE_FIELDS: FieldSpec = { name: 'string?', format: 'string', sha256: 'string', encoding: 'string' };
const DIAGNOSTIC_FIELDS: FieldSpec = { code: 'string', severity: 'string', span: 'span?' };
export const RESULT = `${VB}result`;
const TEXT = `${VB}text`;

export function proprietaryToAkn(
  r: DocumentResult,
  parts: { references: XmlElement[]; effective: XmlElement | null },
  ontology: Ontology,
): XmlElement {
  return el('proprietary', { source: SOURCE }, [
    el(RESULT, { schemaVersion: String(r.schemaVersion), keyPartial: String(r.keyPartial) }, [
      el(`${VB}source`, fieldAttrs(r.source, SOURCE_FIELDS, '')),
      r.text !== undefined && textEl(TEXT, {}, r.text),
      ...parts.references,
      parts.effective,
      el(
        `${VB}tasks`,
        {},
        r.tasks.map((t) => taskToAkn(t, ontology)),
      ),
      el(`${VB}deadlines`, {}, r.deadlines.map(deadlineToAkn)),
      el(
        `${VB}targets`,
        {},
        r.targets.map((t) => targetToAkn(t, ontology)),
      ),
      el(
        `${VB}diagnostics`,
        {},
        r.diagnostics.map((d) => textEl(`${VB}diagnostic`, fieldAttrs(d, DIAGNOSTIC_FIELDS, ''), d.message)),
      ),
    ]),
  ]);
}

export type ProprietaryFields = Pick<
  DocumentResult,
  'schemaVersion' | 'keyPartial' | 'source' | 'tasks' | 'deadlines' | 'targets' | 'diagnostics'
> & { text?: string };

/** The fields kept in the block; an AKN document without one reads as a source of format "xml". */
export function readProprietary(result: XmlElement | undefined, sha256: () => string): ProprietaryFields {
  const list = (name: string) => (result && child(result, name) ? elements(child(result, name)!) : []);
  const source = result && child(result, `${VB}source`);
  const text = result && child(result, TEXT);
  return {
    schemaVersion: 1,
    keyPartial: result?.attrs.keyPartial === 'true',
    source: source
      ? (readFields(source.attrs, SOURCE_FIELDS, '') as Source)
      : { name: null, format: 'xml', sha256: sha256(), encoding: 'string' },
    ...(text ? { text: textOf(text) } : {}),
    tasks: list(`${VB}tasks`).map(readTask),
    deadlines: list(`${VB}deadlines`).map(readDeadline),
    targets: list(`${VB}targets`).map(readTarget),
    diagnostics: list(`${VB}diagnostics`).map(
      (d) => ({ ...readFields(d.attrs, DIAGNOSTIC_FIELDS, ''), message: textOf(d) }) as Diagnostic,
    ),
  };
}
