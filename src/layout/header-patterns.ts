import { loadPatterns } from '../grammar/patterns.js';

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
] as const);
