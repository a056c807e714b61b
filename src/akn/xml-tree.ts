/**
 * A small element tree over fast-xml-parser's order-preserving form: `el()` to build,
 * `writeXml` / `readXml` to cross to text, and accessors that skip layout whitespace.
 */
import type { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { dependency } from '../deps/index.js';
import { decodeEntities, escapeAttribute, escapeText } from './xml-escape.js';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

type Child = XmlNode | null | undefined | false;

/** An element; attributes whose value is null or undefined are left out, as are absent children. */
export function el(
  name: string,
  attrs: Record<string, string | null | undefined> = {},
  children: Child[] = [],
): XmlElement {
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(attrs)) if (value !== null && value !== undefined) kept[key] = value;
  return {
    name,
    attrs: kept,
    children: children.filter((c): c is XmlNode => c !== null && c !== undefined && c !== false),
  };
}

/** An element holding one text: `<docTitle>…</docTitle>`. */
export function textEl(name: string, attrs: Record<string, string | null | undefined>, text: string): XmlElement {
  return el(name, attrs, [text]);
}

export function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== 'string';
}

export function elements(parent: XmlElement, name?: string): XmlElement[] {
  return parent.children.filter((c): c is XmlElement => isElement(c) && (name === undefined || c.name === name));
}

export function child(parent: XmlElement, name: string): XmlElement | undefined {
  return parent.children.find((c): c is XmlElement => isElement(c) && c.name === name);
}

/** Every descendant of that name, in document order. */
export function descendants(parent: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const c of elements(parent)) {
    if (c.name === name) found.push(c);
    found.push(...descendants(c, name));
  }
  return found;
}

/** The text of an element that holds only text ('' when empty). */
export function textOf(element: XmlElement): string {
  return element.children.filter((c): c is string => typeof c === 'string').join('');
}

// fast-xml-parser's order-preserving form: [{ name: [children], ':@': { '@_attr': value } }, { '#text': '…' }]
type FxpNode = Record<string, unknown>;
const ATTRS = ':@';
const TEXT = '#text';
const PREFIX = '@_';

let builder: XMLBuilder | undefined;
let parser: XMLParser | undefined;

// fast-xml-parser is loaded by the first Akoma Ntoso call, not by `import 'vanban'`
const xmlBuilder = (): XMLBuilder =>
  (builder ??= new (dependency('fast-xml-parser').XMLBuilder)({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: PREFIX,
    format: true,
    indentBy: '  ',
    processEntities: false,
    suppressEmptyNode: true,
  }));
const xmlParser = (): XMLParser =>
  (parser ??= new (dependency('fast-xml-parser').XMLParser)({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: PREFIX,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: false,
    htmlEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
  }));

export function writeXml(root: XmlElement): string {
  const declaration = {
    '?xml': [{ [TEXT]: '' }],
    [ATTRS]: { [`${PREFIX}version`]: '1.0', [`${PREFIX}encoding`]: 'UTF-8' },
  };
  return (xmlBuilder().build([declaration, toFxp(root)]) as string).trimStart();
}

function toFxp(node: XmlNode): FxpNode {
  if (typeof node === 'string') return { [TEXT]: escapeText(node) };
  const out: FxpNode = { [node.name]: node.children.map(toFxp) };
  const attrs = Object.entries(node.attrs);
  if (attrs.length > 0) out[ATTRS] = Object.fromEntries(attrs.map(([k, v]) => [PREFIX + k, escapeAttribute(v)]));
  return out;
}

/** The root element of an XML text; throws on text that is not well-formed XML. */
export function readXml(xml: string): XmlElement {
  const parsed = xmlParser().parse(xml, true) as FxpNode[];
  const root = parsed.map(fromFxp).find(isElement);
  if (!root) throw new Error('fromAkomaNtoso: the text holds no XML element');
  return root;
}

function fromFxp(node: FxpNode): XmlNode {
  if (TEXT in node) return decodeEntities(String(node[TEXT]));
  const name = Object.keys(node).find((k) => k !== ATTRS)!;
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries((node[ATTRS] ?? {}) as Record<string, unknown>))
    attrs[k.slice(PREFIX.length)] = decodeEntities(String(v));
  return { name, attrs, children: (node[name] as FxpNode[]).map(fromFxp) };
}
