/** Index of the last value <= `at` in an ascending list, -1 when none (a binary search). */
export function lastAtOrBefore(values: readonly number[], at: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= at) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}
