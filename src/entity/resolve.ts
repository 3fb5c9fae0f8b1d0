import { ScratchBytes } from '../scratch.js';
import type { Candidate } from './types.js';

/** Offsets taken by the candidates picked so far. */
const occupied = new ScratchBytes();

const SOURCE_RANK = { user: 0, dictionary: 1, rule: 2 } as const;

/** The longest first; on the same span a user name, then a dictionary name, then a rule; then the earlier start. */
function byPriority(a: Candidate, b: Candidate): number {
  return b.end - b.start - (a.end - a.start) || SOURCE_RANK[a.source] - SOURCE_RANK[b.source] || a.start - b.start;
}

function byStart(a: Candidate, b: Candidate): number {
  return a.start - b.start;
}

/** Up to this many items are sorted by insertion, above it by Array.prototype.sort. */
const INSERTION_MAX = 32;

/**
 * Sorts `items` in place, stably, as Array.prototype.sort does. The few candidates of a text are
 * sorted by insertion: the built-in sort allocates its working arrays at every call.
 */
function sortStably<T extends Candidate>(items: T[], compare: (a: Candidate, b: Candidate) => number): T[] {
  if (items.length > INSERTION_MAX) return items.sort(compare);
  for (let k = 1; k < items.length; k++) {
    const item = items[k] as T;
    let j = k - 1;
    while (j >= 0 && compare(items[j] as T, item) > 0) {
      items[j + 1] = items[j] as T;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}

/**
 * Picks non-overlapping candidates: the longest first; on the same span a user name beats a
 * dictionary name, which beats a rule; then the earlier start. Returns them sorted by start.
 * Occupied offsets are marked in one array, so the cost is the total length of the candidates.
 */
export function resolveOverlaps<T extends Candidate>(candidates: readonly T[]): T[] {
  if (candidates.length === 0) return [];
  const order = sortStably(candidates.slice(), byPriority);
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
  return sortStably(taken, byStart);
}
