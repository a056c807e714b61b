import header from '../../grammars/header.json' with { type: 'json' };
import signature from '../../grammars/signature.json' with { type: 'json' };
import { loadPatterns } from '../grammar/patterns.js';

export const HEADER = loadPatterns('header.json', header, [
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

export const SIGNATURE = loadPatterns('signature.json', signature, ['authorityLine', 'positionHead', 'personName', 'titleContinues'] as const);
