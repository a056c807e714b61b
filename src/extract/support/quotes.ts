/**
 * Quoted passages (“…”): an amending or consolidated text quotes other acts' provisions,
 * and what a quoted provision says is not said by the document itself.
 */

export type Range = readonly [number, number];

export function quotedRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let open = text.indexOf('“');
  while (open !== -1) {
    const close = text.indexOf('”', open + 1);
    if (close === -1) break;
    ranges.push([open, close + 1]);
    open = text.indexOf('“', close + 1);
  }
  return ranges;
}

export function inRanges(ranges: readonly Range[], offset: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = ranges[mid]!;
    if (offset < start) hi = mid - 1;
    else if (offset >= end) lo = mid + 1;
    else return true;
  }
  return false;
}
