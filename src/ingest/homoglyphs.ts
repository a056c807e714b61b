/**
 * Cyrillic letters typed for Latin ones. Offices that keep a Russian keyboard layout, and text
 * copied through some portals, print "NĐ-СР" or "TT-BТС" with Cyrillic С, Р, Т: the text looks
 * right but no code, name or word in it can be read. A Cyrillic letter is taken for its Latin
 * look-alike only inside a word that also holds a Latin letter or a digit (a code, a mixed word),
 * so a word written wholly in Cyrillic (a Russian name in a treaty) stays as it is.
 */

import { wordEndFrom, wordStartBefore } from '../grammar/white-space.js';

/** The Cyrillic letters drawn the same as a Latin one, in capitals and in lower case. */
const LATIN_OF: Readonly<Record<string, string>> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  х: 'x',
  у: 'y',
  і: 'i',
  ј: 'j',
  ѕ: 's',
};

/** The Cyrillic block: the code units characterPass flags (a text holding none has nothing to read here). */
export const CYRILLIC_BLOCK: readonly [number, number] = [0x0400, 0x04ff];
const CYRILLIC = new RegExp(`[${CYRILLIC_BLOCK.map((code) => String.fromCharCode(code)).join('-')}]`, 'g');
/** A Latin letter (Vietnamese ones included) or a digit. */
const LATIN_OR_DIGIT = /[0-9A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/;

/** The text with its look-alikes replaced (one letter for one: no offset moves), and how many were. */
export function latinLookalikes(text: string): { text: string; replaced: number } {
  CYRILLIC.lastIndex = 0;
  if (!CYRILLIC.test(text)) return { text, replaced: 0 };
  let replaced = 0;
  let out = '';
  let copied = 0;
  // from each Cyrillic letter to the word around it (a run without white space), each word once
  CYRILLIC.lastIndex = 0;
  for (let m = CYRILLIC.exec(text); m; m = CYRILLIC.exec(text)) {
    const start = wordStartBefore(text, m.index);
    const end = wordEndFrom(text, m.index);
    CYRILLIC.lastIndex = end;
    const word = text.slice(start, end);
    if (!LATIN_OR_DIGIT.test(word)) continue;
    let fixed = '';
    for (const ch of word) {
      const latin = LATIN_OF[ch];
      if (latin) replaced++;
      fixed += latin ?? ch;
    }
    out += text.slice(copied, start) + fixed;
    copied = end;
  }
  return { text: copied === 0 ? text : out + text.slice(copied), replaced };
}
