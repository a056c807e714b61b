import data from '../../grammars/effective.json' with { type: 'json' };
import { loadPatterns } from '../grammar/patterns.js';

export const EFFECTIVE = loadPatterns('effective.json', data, ['clause'] as const);
