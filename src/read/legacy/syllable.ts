/**
 * Is a word a well-formed Vietnamese syllable? Onset + rhyme (from the closed list of
 * Vietnamese rhymes), at most one tone mark, and the tone on a vowel that can carry it (old or
 * new style: "hòa" and "hoà", never "hoaì"). Mis-decoded text ("nh©n", "Vieät", "Viờũt",
 * "Sơì") fails this test while correctly decoded text passes it, which is what the encoding
 * detector counts.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)';

// toneless rhymes, grouped by nucleus; the medial o/u forms follow
const RHYMES = [
  'a ai ao au ay ac ach am an ang anh ap at',
  'ăc ăm ăn ăng ăp ăt',
  'âc âm ân âng âp ât âu ây',
  'e eo ec em en eng ep et',
  'ê êu êch êm ên ênh êp êt',
  'i ia iu ich im in inh ip it iêc iêm iên iêng iêp iêt iêu',
  'o oi oc om on ong op ot ooc oong',
  'ô ôi ôc ôm ôn ông ôp ôt',
  'ơ ơi ơm ơn ơp ơt',
  'u ua ui uc um un ung up ut uôc uôi uôm uôn uông uôt',
  'ư ưa ưi ưu ưc ưm ưn ưng ưt ươc ươi ươm ươn ương ươp ươt ươu',
  'y yêm yên yêng yêt yêu',
  'oa oai oao oay oac oach oam oan oang oanh oap oat oăc oăm oăn oăng oăt oe oeo oen oet',
  'uâ uân uâng uât uây uê uêch uênh uy uya uych uyn uynh uyp uyt uyu uyên uyêt uơ',
]
  .join(' ')
  .split(' ');

const SYLLABLE = new RegExp(`^(${ONSET}?)(${RHYMES.sort((a, b) => b.length - a.length).join('|')})$`, 'u');
const VOWELS = 'aăâeêioôơuưy';
/** open rhymes of a medial and a vowel: either may carry the tone (old style "hòa", new style "hoà") */
const EITHER = new Set(['oa', 'oe', 'uy', 'uê', 'uơ']);
/** open rhymes whose tone goes on the first vowel: "mía", "múa", "mưa" */
const FIRST = new Set(['ia', 'ua', 'ưa']);

/** Texts repeat the same few thousand syllables: remember the answers (bounded, as words may be junk). */
const MEMO = new Map<string, boolean>();
const MEMO_SIZE = 100_000;

export function isVietnameseSyllable(word: string): boolean {
  let known = MEMO.get(word);
  if (known === undefined) {
    known = check(word);
    if (MEMO.size >= MEMO_SIZE) MEMO.clear();
    MEMO.set(word, known);
  }
  return known;
}

function check(word: string): boolean {
  // ð (U+00F0) is the look-alike of đ that the ingest step replaces too
  let bare = '';
  let tone = -1;
  for (const ch of word.toLowerCase().replace(/ð/gu, 'đ')) {
    const nfd = ch.normalize('NFD');
    const stripped = nfd.replace(TONE_MARKS, '');
    if (stripped !== nfd) {
      if (tone >= 0 || nfd.length - stripped.length > 1) return false;
      tone = bare.length;
    }
    bare += stripped.normalize('NFC');
  }
  const match = SYLLABLE.exec(bare);
  if (!match) return false;
  return tone < 0 || toneFits(match[2]!, tone - match[1]!.length);
}

/** May the vowel at `at` in this (toneless) rhyme carry the tone? */
function toneFits(rhyme: string, at: number): boolean {
  let end = 0;
  while (end < rhyme.length && VOWELS.includes(rhyme[end]!)) end++;
  const vowels = rhyme.slice(0, end);
  if (at < 0 || at >= end) return false;
  if (end === 1) return true;
  // a consonant after the vowels: the tone is on the last vowel ("toán", "tuyến", "người")
  if (end < rhyme.length) return at === end - 1;
  if (EITHER.has(vowels)) return true;
  if (FIRST.has(vowels)) return at === 0;
  if (vowels === 'uya') return at === 1;
  // vowels ending in a glide: never on the glide ("hai", "người", "khuỷu")
  return at === end - 2;
}
