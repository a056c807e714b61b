/**
 * Escaping done here rather than by fast-xml-parser, so that every character round-trips:
 * newlines and tabs in attribute values as character references (a parser would turn them into
 * spaces), "\r" everywhere, and numeric references decoded on the way back.
 */

// not allowed in XML 1.0 even as a reference: C0 controls but tab/newline/return, U+FFFE/FFFF, lone surrogates
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const TEXT_SPECIAL = /[&<>\r]/g;
const ATTR_SPECIAL = /[&<>"\t\n\r]/g;
const REFERENCES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Characters XML cannot carry become U+FFFD (only a string input can hold them: ingest replaces controls). */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

export function escapeText(text: string): string {
  return xmlSafe(text).replace(TEXT_SPECIAL, (ch) => REFERENCES[ch]!);
}

export function escapeAttribute(value: string): string {
  return xmlSafe(value).replace(ATTR_SPECIAL, (ch) => REFERENCES[ch]!);
}

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name]!;
    const code = hex ? parseInt(hex, 16) : parseInt(dec!, 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
