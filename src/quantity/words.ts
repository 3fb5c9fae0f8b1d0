import type { RawToken } from '../segment/index.js';
import type { Boundaries } from './suffix.js';

const STARTS = 1;
const ENDS = 2;
const MAX_LOOK = 12;

/** Word boundaries of the segmentation, flagged by offset (built once per text, linear). */
export class WordBoundaries implements Boundaries {
  private readonly flags: Uint8Array;

  constructor(tokens: readonly RawToken[], length: number) {
    this.flags = new Uint8Array(length + 1);
    for (const t of tokens) {
      this.flags[t.start] = (this.flags[t.start] as number) | STARTS;
      this.flags[t.end] = (this.flags[t.end] as number) | ENDS;
    }
  }

  startsAt(i: number): boolean {
    return ((this.flags[i] ?? STARTS) & STARTS) !== 0;
  }

  endsAt(i: number): boolean {
    return ((this.flags[i] ?? ENDS) & ENDS) !== 0;
  }

  /**
   * Start of the word that contains offset i (i itself when a word starts there), looking back at
   * most MAX_LOOK characters (-1 beyond that), so that the cost stays constant per call.
   */
  wordStart(i: number): number {
    for (let k = i; k >= 0 && k >= i - MAX_LOOK; k--) if (this.startsAt(k)) return k;
    return -1;
  }
}
