/**
 * The document's kind: from the type word ("KẾ HOẠCH"), else from the type code of its
 * ký hiệu ("/QĐ-UBND"), else "Công văn" for a number without a type code or a "V/v" line.
 * When the two disagree the ký hiệu wins (a consolidated text prints the consolidated act's
 * type word, "THÔNG TƯ", over its own number "40/VBHN-BCT"), and a diagnostic says so.
 */
import type { DocumentNumber, Kind } from '../model/schema.js';
import { documentTypeByCode, documentTypeByWord } from '../grammar/document-types.js';
import { lineSpan } from '../layout/lines.js';
import { diagnostic, type ExtractContext, type Extracted } from './support/context.js';

const CONG_VAN = 'Công văn';

export function extractKind({ layout }: ExtractContext, number: DocumentNumber | null): Extracted<Kind | null> {
  const { typeLine, subjectLines } = layout.header;
  const subjectLine = subjectLines[0];
  const byWord = typeLine ? documentTypeByWord(typeLine.canonical) : undefined;
  const byCode = number?.typeCode ? documentTypeByCode(number.typeCode) : undefined;
  if (byWord && byCode && byWord.name !== byCode.name) {
    return {
      value: { name: byCode.name, code: number!.typeCode, source: 'numberCode', span: number!.span },
      diagnostics: [
        diagnostic(
          'kind/conflict',
          'info',
          `The type word says ${byWord.name}, the ký hiệu says ${byCode.name}; the ký hiệu is used.`,
          typeLine ? lineSpan(typeLine) : null,
        ),
      ],
    };
  }
  if (byWord && typeLine) {
    const code = number?.typeCode ?? byWord.codes[0] ?? null;
    return { value: { name: byWord.name, code, source: 'typeWord', span: lineSpan(typeLine) }, diagnostics: [] };
  }
  if (byCode && number)
    return {
      value: { name: byCode.name, code: number.typeCode, source: 'numberCode', span: number.span },
      diagnostics: [],
    };
  if (number || subjectLine) {
    return {
      value: {
        name: CONG_VAN,
        code: null,
        source: 'default',
        span: subjectLine ? lineSpan(subjectLine) : number!.span,
      },
      diagnostics: [],
    };
  }
  return {
    value: null,
    diagnostics: [diagnostic('kind/unknown', 'warning', 'No type word, type code or V/v line: the kind is unknown.')],
  };
}
