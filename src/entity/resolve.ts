import type { Candidate } from './types.js';

const SOURCE_RANK = { user: 0, dictionary: 1, rule: 2 } as const;

/**
 * Picks non-overlapping candidates: the longest first; on the same span a user name beats a
 * dictionary name, which beats a rule; then the earlier start. Returns them sorted by start.
 */
export function resolveOverlaps<T extends Candidate>(candidates: readonly T[]): T[] {
  const order = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || SOURCE_RANK[a.source] - SOURCE_RANK[b.source] || a.start - b.start,
  );
  const taken: T[] = [];
  const spans: [number, number][] = [];
  for (const c of order) {
    if (overlaps(spans, c.start, c.end)) continue;
    insert(spans, c.start, c.end);
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** spans is sorted by start and non-overlapping: binary search for a neighbour that overlaps. */
function overlaps(spans: readonly [number, number][], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as [number, number])[0] < end) lo = mid + 1;
    else hi = mid;
  }
  // spans[lo - 1] is the last span starting before `end`.
  const prev = spans[lo - 1];
  return prev !== undefined && prev[1] > start;
}

function insert(spans: [number, number][], start: number, end: number): void {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as [number, number])[0] < start) lo = mid + 1;
    else hi = mid;
  }
  spans.splice(lo, 0, [start, end]);
}
