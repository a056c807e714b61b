import { loadPatterns } from '../grammar/patterns.js';
import { leadPatterns } from './lead.js';
import { mayBeEndMarker, mayBeNumberLine, mayBePlaceDate } from './marks.js';

export const HEADER = loadPatterns('header', [
  'motto',
  'numberLine',
  'placeDate',
  'subjectLine',
  'recipientsLabel',
  'distributionLabel',
  'listItem',
  'separator',
  'adoption',
  'bodyStart',
  'endMarker',
  'mark',
  'mottoStart',
  'nameRunsOn',
  'titleIssuer',
  'titleAbout',
  'jointSeparator',
] as const);

export const SIGNATURE = loadPatterns('signature', [
  'authorityLine',
  'positionHead',
  'personName',
  'titleContinues',
  'signedMark',
] as const);

/** The same patterns, each with the first characters it can match (lead.ts): what a line is tested with. */
export const HEADER_LINE = leadPatterns(HEADER, {
  numberLine: mayBeNumberLine,
  placeDate: mayBePlaceDate,
  endMarker: mayBeEndMarker,
});
export const SIGNATURE_LINE = leadPatterns(SIGNATURE);
