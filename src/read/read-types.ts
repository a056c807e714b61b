/** What readDocument() gives back, and what it can be told. */
import type { Diagnostic } from '../model/schema.js';

/** The formats {@link readDocument} reads. */
export type ReadFormat = 'text' | 'markdown' | 'docx' | 'pdf' | 'html' | 'xml';

/** What {@link readDocument} gives back: the text to pass to {@link parse}, and how it was read. */
export interface ReadDocument {
  /**
   * Unicode text (NFC) ready for parse(): plain text, or Markdown when `format` keeps structure (docx → Markdown so
   * headings and bold survive)
   */
  text: string;
  /** what parse() should treat `text` as */
  parseAs: 'text' | 'markdown';
  /** what the input was; goes to result.source.format */
  format: ReadFormat;
  /**
   * how its characters were decoded; goes to result.source.encoding: 'utf-8', 'utf-16le', 'utf-16be', 'windows-1258',
   * 'tcvn3', 'vni', or 'binary' for docx/pdf
   */
  encoding: string;
  /** problems that still leave a usable result */
  diagnostics: Diagnostic[];
}

/** What {@link readDocument} can be told. */
export interface ReadOptions {
  /** files larger than this are refused before any work (ReadError 'read/too-large'); default 50 MB */
  maxBytes?: number;
}

/** A reader's result before the shared finishing steps (mojibake repair, NFC). */
export interface Extracted {
  text: string;
  parseAs: 'text' | 'markdown';
  encoding: string;
  diagnostics: Diagnostic[];
}
