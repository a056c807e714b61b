import { loadPatterns } from '../grammar/patterns.js';

export const EFFECTIVE = loadPatterns('effective', ['clause', 'inForce'] as const);
