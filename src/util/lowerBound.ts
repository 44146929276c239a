/** The first index in [0, n) whose key is >= value, for keys ascending in index. */
export function lowerBound(n: number, keyAt: (i: number) => number, value: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyAt(mid) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
