/**
 * vanban for browsers (and any runtime without Node's modules): the portable core. Files,
 * .docx and .pdf need Node: read them there, or hand parse() the text or the bytes.
 * @packageDocumentation
 */
export * from './core.js';
