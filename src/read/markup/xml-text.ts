/**
 * An XML element tree → plain text in document order: every element that holds text of its
 * own is one paragraph (its inline children included). For Akoma Ntoso, the metadata block is
 * skipped and a <num> is joined to what follows it ("Điều 1." + heading, "1." + paragraph), as
 * the printed document has them.
 */
import { localName, textContent, type Element } from './tree.js';

export function xmlToText(root: Element): string {
  const paragraphs: string[] = [];
  const document = root.children.find((c): c is Element => typeof c !== 'string');
  const akomaNtoso = document !== undefined && localName(document.name) === 'akomaNtoso';
  let num = '';
  const emit = (text: string) => {
    if (text === '') return;
    paragraphs.push(num ? `${num} ${text}` : text);
    num = '';
  };
  const visit = (element: Element) => {
    const name = localName(element.name);
    if (akomaNtoso && name === 'meta') return;
    if (element.children.some((c) => typeof c === 'string' && c.trim() !== '')) {
      const text = collapse(textContent(element));
      if (name === 'num') num = num ? `${num} ${text}` : text;
      else emit(text);
      return;
    }
    for (const child of element.children) if (typeof child !== 'string') visit(child);
  };
  for (const child of root.children) if (typeof child !== 'string') visit(child);
  emit('');
  if (num) paragraphs.push(num);
  return paragraphs.join('\n\n');
}

function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/gu, ' ').trim();
}
