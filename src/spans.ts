/**
 * Index of the first span whose end is after `offset` (the span that contains `offset`, or the next
 * one), in spans sorted by start that do not overlap; `spans.length` when none. Binary search.
 */
export function firstEndingAfter(spans: readonly { readonly end: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid] as { readonly end: number }).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
