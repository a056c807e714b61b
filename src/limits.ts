/**
 * The size limit shared by parse() and `vanban convert`: one number, so that an input convert
 * accepts is one parse() reads (a 25 MB file was counted as converted while parse() refused it).
 * Kept apart from parse.ts so convert's main thread can use it without loading the parser.
 */
export const DEFAULT_MAX_INPUT_BYTES = 20_000_000;
