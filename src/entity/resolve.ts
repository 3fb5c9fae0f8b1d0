import { ScratchBytes } from '../scratch.js';
import type { Candidate } from './types.js';

/** Offsets taken by the candidates picked so far. */
const occupied = new ScratchBytes();

const SOURCE_RANK = { user: 0, dictionary: 1, rule: 2 } as const;

/**
 * Picks non-overlapping candidates: the longest first; on the same span a user name beats a
 * dictionary name, which beats a rule; then the earlier start. Returns them sorted by start.
 * Occupied offsets are marked in one array, so the cost is the total length of the candidates.
 */
export function resolveOverlaps<T extends Candidate>(candidates: readonly T[]): T[] {
  if (candidates.length === 0) return [];
  const order = candidates.slice().sort(
    (a, b) => b.end - b.start - (a.end - a.start) || SOURCE_RANK[a.source] - SOURCE_RANK[b.source] || a.start - b.start,
  );
  let extent = 0;
  for (let k = 0; k < candidates.length; k++) extent = Math.max(extent, (candidates[k] as T).end);
  const used = occupied.zeroed(extent);
  const taken: T[] = [];
  for (let k = 0; k < order.length; k++) {
    const c = order[k] as T;
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (used[i] === 1) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    used.fill(1, c.start, c.end);
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}
