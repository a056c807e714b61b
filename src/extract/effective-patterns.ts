import data from '../../grammars/effective.json' with { type: 'json' };
import { loadPatterns } from '../grammar/patterns.js';
import { TYPE_WORD_SOURCE } from '../grammar/document-types.js';

export const EFFECTIVE = loadPatterns('effective.json', data, ['clause'] as const, { typeWord: TYPE_WORD_SOURCE });
