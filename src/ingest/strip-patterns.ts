import { loadPatterns } from '../grammar/patterns.js';

const NOISE = loadPatterns('noise', [
  'runningHead',
  'pageNumber',
  'stampStart',
  'stampField',
  'gazetteSection',
  'continuedIn',
  'danglingWord',
  'trailingMark',
  'pageMarker',
  'leadingMark',
] as const);

export const RUNNING_HEAD = NOISE.runningHead;
export const PAGE_NUMBER = NOISE.pageNumber;
export const STAMP_START = NOISE.stampStart;
export const STAMP_FIELD = NOISE.stampField;
export const GAZETTE_SECTION = NOISE.gazetteSection;
export const CONTINUED_IN = NOISE.continuedIn;
export const DANGLING_WORD = NOISE.danglingWord;
export const TRAILING_MARK = NOISE.trailingMark;
export const PAGE_MARKER = NOISE.pageMarker;
export const LEADING_MARK = NOISE.leadingMark;
