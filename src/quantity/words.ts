import type { RawToken } from '../segment/index.js';
import type { Boundaries } from './suffix.js';

/**
 * Word boundaries of the segmentation, looked up by binary search over the tokens (sorted, not
 * overlapping): no allocation per text, O(log n) per question, asked only at numerals.
 */
export class WordBoundaries implements Boundaries {
  constructor(
    private readonly tokens: readonly RawToken[],
    private readonly length: number,
  ) {}

  /** Index of the first token whose end is > i (the token containing i, or the next one). */
  private find(i: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.tokens[mid] as RawToken).end <= i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** No word crosses offset i from the left: a word starts at i, or i is outside every word. */
  startsAt(i: number): boolean {
    if (i <= 0 || i >= this.length) return true;
    const t = this.tokens[this.find(i)];
    return t === undefined || t.start >= i;
  }

  /** No word crosses offset i to the right: a word ends at i, or i is outside every word. */
  endsAt(i: number): boolean {
    if (i <= 0 || i >= this.length) return true;
    const t = this.tokens[this.find(i)];
    return t === undefined || t.start >= i;
  }

  /** Start of the word that contains offset i (i itself when none crosses it). */
  wordStart(i: number): number {
    const t = this.tokens[this.find(i)];
    return t !== undefined && t.start < i ? t.start : i;
  }
}
