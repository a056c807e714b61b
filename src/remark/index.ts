/**
 * remark-vanban: vanban in a unified pipeline. It reads the file's own text (not the tree, which
 * earlier plugins may have changed), puts the parse result on `file.data.vanban`, and reports
 * each diagnostic as a vfile message placed in the file.
 */
import type { Root } from 'mdast';
import type { Transformer } from 'unified';
import type { VFile } from 'vfile';
import type { Diagnostic, DocumentResult } from '../model/schema.js';
import { parseMapped, type ParseOptions } from '../parse.js';
import type { OffsetChain } from '../ingest/offset-map.js';
import { pointsOf, type Point } from './points.js';

declare module 'vfile' {
  interface DataMap {
    /** The parse result of the file's text, put there by remark-vanban. */
    vanban: DocumentResult;
  }
}

/**
 * Parse the file with vanban. Options go to parse(); by default the text is read as Markdown
 * (`format: 'markdown'`) and named after the file (`name: file.basename`).
 *
 * @example
 * ```ts
 * import { unified } from 'unified';
 * import remarkParse from 'remark-parse';
 * import remarkStringify from 'remark-stringify';
 * import { remarkVanban } from 'vanban';
 *
 * const md = '**ỦY BAN NHÂN DÂN**\n**TỈNH KIÊN GIANG**\n\nSố: 12/KH-UBND\n\n*Kiên Giang, ngày 31 tháng 2 năm 2024*\n';
 * const file = await unified().use(remarkParse).use(remarkVanban).use(remarkStringify).process(md);
 * file.data.vanban?.number?.text; // → '12/KH-UBND'
 * file.messages[0]?.ruleId; // → 'date/invalid'
 * file.messages[0]?.line; // → 6
 * ```
 */
export function remarkVanban(options?: ParseOptions | null): Transformer<Root> {
  return (_tree, file) => {
    const text = String(file);
    const { result, offsets } = parseMapped(text, { format: 'markdown', name: file.basename ?? undefined, ...options });
    file.data.vanban = result;
    report(file, result.diagnostics, placer(text, offsets));
  };
}

export default remarkVanban;

type Placer = (span: readonly [number, number]) => { start: Point; end: Point };

/** Spans of the normalized text as places in the file's text. */
function placer(text: string, offsets: OffsetChain | null): Placer {
  const point = pointsOf(text);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0; // parse() drops it: its offsets start after
  return (span) => {
    const [start, end] = offsets ? offsets.spanToSource(span) : span;
    return { start: point(start + bom), end: point(end + bom) };
  };
}

/** Errors and warnings as messages (fatal: false: nothing is thrown), infos as infos. */
function report(file: VFile, diagnostics: readonly Diagnostic[], place: Placer): void {
  for (const d of diagnostics) {
    const options = { place: d.span ? place(d.span) : undefined, ruleId: d.code, source: 'vanban' };
    if (d.severity === 'info') file.info(d.message, options);
    else file.message(d.message, options);
  }
}
