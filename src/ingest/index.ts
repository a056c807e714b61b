/**
 * ingest: input (string, bytes) → the normalized text every later stage works on, with a
 * map back to the input. Steps: decode → characters (NFC, look-alikes, spaces, line ends; Cyrillic look-alikes) →
 * Markdown markup out → non-document lines out → broken lines joined. A step that finds
 * nothing to do makes no text; the last two make one text between them (a copy of a long
 * text is what a step costs most), the offset maps the same as step by step.
 */
import type { Diagnostic, Source } from '../model/schema.js';
import { decode, encodingOf } from './decode.js';
import { characterPass, nfcEdits } from './characters.js';
import { latinLookalikes } from './homoglyphs.js';
import { looksLikeMarkdown, markdownEdits } from './markdown.js';
import { strippingEdits } from './strip.js';
import { joinEdits, lineJoinEdits } from './join.js';
import { mayHoldMisreading, misreadingEdits } from './misreadings.js';
import { applyEdits, applyEditsTwice, OffsetChain, type Edit, type OffsetMap } from './offset-map.js';
import { sha256 } from './hash.js';

/** What {@link ingest} can be told about its input. */
export interface IngestOptions {
  /** the input's file name: goes to `source.name`; a `.md`/`.markdown` name means Markdown */
  name?: string;
  /** how to read the input; `auto` (the default) looks at the name, then at the text */
  format?: 'text' | 'markdown' | 'auto';
  /**
   * The input's SHA-256 (64 hex digits) when the caller has it already, reported as `source.sha256`
   * instead of hashing the input again: `vanban convert` hashes the file's bytes, which it needs
   * before parsing (--resume, the error records) and which are not the text it hands to parse()
   * (a .docx, UTF-16). Taken as given, not checked: checking it would cost the hash it saves.
   */
  sha256?: string;
}

/** The normalized text every later stage works on, with its way back to the input. */
export interface Ingested {
  /** the normalized text: every span of the result indexes it */
  text: string;
  /** offsets of `text` back to the decoded input string */
  offsets: OffsetChain;
  /** the input's name, format, hash and encoding (`result.source`) */
  source: Source;
  /** what decoding and cleaning noticed (invalid UTF-8, running heads removed) */
  diagnostics: Diagnostic[];
}

/**
 * The first stage of {@link parse}, for callers who run the extractors themselves: decode the
 * input, normalize its characters (NFC, look-alike letters, spaces, line ends), take Markdown
 * markup out, drop lines that are not the document's (running heads, signature stamps) and join
 * broken lines. The extractors ({@link extractReferences}, {@link extractTasks},
 * {@link extractDeadlines}) expect this normalized text.
 *
 * @param input - the document as text, or its bytes (UTF-8, or UTF-16 with its byte-order mark)
 * @param options - its name and format
 *
 * @example
 * ```ts
 * import { ingest } from 'vanban';
 *
 * const ingested = ingest('# KẾ HOẠCH\r\n\r\n**Điều 1.** Giao Sở Y tế chủ trì.', { name: 'ke-hoach.md' });
 * ingested.text; // → 'KẾ HOẠCH\n\nĐiều 1. Giao Sở Y tế chủ trì.'
 * ingested.source; // → { name: 'ke-hoach.md', format: 'markdown', encoding: 'string' }
 * ```
 */
export function ingest(input: string | Uint8Array, options: IngestOptions = {}): Ingested {
  const decoded = decode(input);
  const diagnostics: Diagnostic[] = [];
  if (decoded.lossy)
    diagnostics.push(
      info('ingest/invalid-utf8', 'The bytes are not valid UTF-8; unreadable bytes were replaced.', 'warning'),
    );
  const maps: OffsetMap[] = [];
  let text = decoded.text;
  const step = (edits: readonly Edit[]) => {
    if (edits.length === 0) return;
    const result = applyEdits(text, edits);
    text = result.text;
    maps.push(result.map);
  };
  const characters = characterPass(text); // substitutions keep the length: the offsets stay as they are
  text = characters.text;
  step(characters.edits);
  // one letter for one, as above; a text without a Cyrillic letter (the character scan saw none) has none to read
  const lookalikes = characters.mayHoldCyrillic ? latinLookalikes(text) : { text, replaced: 0 };
  text = lookalikes.text;
  if (lookalikes.replaced > 0)
    diagnostics.push(
      info(
        'ingest/cyrillic-lookalikes',
        `Read ${lookalikes.replaced} Cyrillic letter(s) inside Latin words as the Latin letters they look like.`,
        'warning',
      ),
    );
  // a Latin letter put for a Cyrillic one composes with a mark after it as the Cyrillic did not: marks are what NFC
  // needs, and the character scan saw them
  if (characters.mayNeedNfc) step(nfcEdits(text, characters.mayHoldAstral));
  const markdown = isMarkdown(text, options, characters.mayHoldMarkup);
  if (markdown) step(markdownEdits(text));
  const stripped = strippingEdits(text);
  if (stripped.runningHeads + stripped.stamps > 0) {
    diagnostics.push(
      info(
        'ingest/stripped',
        `Removed ${stripped.runningHeads} running head(s) and ${stripped.stamps} signature stamp(s).`,
      ),
    );
  }
  if (stripped.marks > 0)
    diagnostics.push(info('ingest/stray-marks', `Removed ${stripped.marks} stray mark(s) after a line in capitals.`));
  if (mayHoldMisreading(text)) {
    step(stripped.edits);
    step(misreadingEdits(text));
    step(joinEdits(text));
  } else {
    // the stripped text is not made: the joins are read off its lines, the last text built from this one at once
    const joined = applyEditsTwice(text, stripped.edits, lineJoinEdits(stripped.lines));
    text = joined.text;
    maps.push(...joined.maps);
  }
  return {
    text,
    offsets: new OffsetChain(maps),
    source: {
      name: options.name ?? null,
      format: markdown ? 'markdown' : 'text',
      sha256: options.sha256 ?? sha256(input),
      encoding: decoded.encoding,
    },
    diagnostics,
  };
}

/** The source of an input that is not read (too large): named, hashed, its encoding from the byte-order mark alone. */
export function inputSource(input: string | Uint8Array, options: IngestOptions = {}): Source {
  const markdown =
    options.format === 'markdown' || (options.format !== 'text' && !!options.name && MARKDOWN_NAME.test(options.name));
  return {
    name: options.name ?? null,
    format: markdown ? 'markdown' : 'text',
    sha256: options.sha256 ?? sha256(input),
    encoding: encodingOf(input),
  };
}

const MARKDOWN_NAME = /\.(?:md|markdown)$/i;

/** `mayHoldMarkup`: the text holds a "#", "*" or "|" (characterPass), without which no hint of Markdown stands. */
function isMarkdown(text: string, options: IngestOptions, mayHoldMarkup: boolean): boolean {
  if (options.format === 'markdown') return true;
  if (options.format === 'text') return false;
  if (options.name && MARKDOWN_NAME.test(options.name)) return true;
  return mayHoldMarkup && looksLikeMarkdown(text);
}

function info(code: string, message: string, severity: Diagnostic['severity'] = 'info'): Diagnostic {
  return { code, severity, message, span: null };
}
