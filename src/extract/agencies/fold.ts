/** Agency names compared as a reader does: case, tone placement, dashes and spacing aside. */
import { foldWords } from '../../grammar/tones.js';

export function foldName(name: string): string {
  return foldWords(name).replace(/ ?[-–—] ?/gu, '-');
}
