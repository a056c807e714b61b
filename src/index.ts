export { parse } from './parse.js';
export type { ParseInput, ParseOptions } from './parse.js';
export * from './model/schema.js';
