/**
 * Cyrillic letters typed for Latin ones. Offices that keep a Russian keyboard layout, and text
 * copied through some portals, print "NĐ-СР" or "TT-BТС" with Cyrillic С, Р, Т: the text looks
 * right but no code, name or word in it can be read. A Cyrillic letter is taken for its Latin
 * look-alike only inside a word that also holds a Latin letter or a digit (a code, a mixed word),
 * so a word written wholly in Cyrillic (a Russian name in a treaty) stays as it is.
 */

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

const CYRILLIC = /[\u0400-\u04FF]/;
/** A word (a run without spaces) holding a Cyrillic look-alike. */
const WORD_WITH_LOOKALIKE = /[^\s]*[АВЕКМНОРСТХУІЈЅаеорсхуіјѕ][^\s]*/gu;
/** A Latin letter (Vietnamese ones included) or a digit. */
const LATIN_OR_DIGIT = /[0-9A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/;

/** The text with its look-alikes replaced (one letter for one: no offset moves), and how many were. */
export function latinLookalikes(text: string): { text: string; replaced: number } {
  if (!CYRILLIC.test(text)) return { text, replaced: 0 };
  let replaced = 0;
  const out = text.replace(WORD_WITH_LOOKALIKE, (word) => {
    if (!LATIN_OR_DIGIT.test(word)) return word;
    let fixed = '';
    for (const ch of word) {
      const latin = LATIN_OF[ch];
      if (latin) replaced++;
      fixed += latin ?? ch;
    }
    return fixed;
  });
  return { text: out, replaced };
}
