import type { RawToken } from '../segment/index.js';
import { firstEndingAfter } from '../spans.js';
import type { Boundaries } from './suffix.js';

/** How far a lookup steps on from the previous answer before it searches. */
const MAX_STEPS = 8;

/**
 * Word boundaries of the segmentation, looked up over the tokens (sorted, not overlapping): no
 * allocation per text, asked only at numerals. The scan asks mostly left to right, so a lookup
 * first steps on from the previous answer, and falls back to a binary search (O(log n)).
 */
export class WordBoundaries implements Boundaries {
  private hint = 0;

  constructor(
    private readonly tokens: readonly RawToken[],
    private readonly length: number,
  ) {}

  /** Index of the first token whose end is > i (the token containing i, or the next one). */
  private find(i: number): number {
    const tokens = this.tokens;
    let k = this.hint;
    if (k <= tokens.length && (k === 0 || (tokens[k - 1] as RawToken).end <= i)) {
      for (let steps = 0; k < tokens.length && (tokens[k] as RawToken).end <= i && steps < MAX_STEPS; steps++) k++;
      if (k === tokens.length || (tokens[k] as RawToken).end > i) return (this.hint = k);
    }
    return (this.hint = firstEndingAfter(tokens, i));
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
