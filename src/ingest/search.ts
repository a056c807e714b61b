/** Index of the last value <= `at` in an ascending list, -1 when none (a binary search). */
export function lastAtOrBefore(values: ArrayLike<number>, at: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= at) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}

/** Index of the first value >= `at` in an ascending list, its length when none (a binary search). */
export function firstAtOrAfter(values: ArrayLike<number>, at: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! < at) low = mid + 1;
    else high = mid;
  }
  return low;
}
