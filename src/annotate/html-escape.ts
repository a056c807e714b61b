/**
 * HTML escaping that keeps every character: what markup would read is a character reference,
 * and so is "\r" (an HTML parser turns a raw one into "\n").
 */

const TEXT_SPECIAL = /[&<>\r]/gu;
const ATTRIBUTE_SPECIAL = /[&<>"'\r\n\t]/gu;
const REFERENCES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

export function escapeHtml(text: string): string {
  return text.replace(TEXT_SPECIAL, (ch) => REFERENCES[ch]!);
}

export function escapeAttribute(value: string): string {
  return value.replace(ATTRIBUTE_SPECIAL, (ch) => REFERENCES[ch]!);
}
