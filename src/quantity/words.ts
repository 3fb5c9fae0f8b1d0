import type { RawToken } from '../segment/index.js';
import type { Boundaries } from './suffix.js';

const STARTS = 1;
const ENDS = 2;
const MAX_LOOK = 12;

/** Word boundaries of the segmentation, flagged by offset (built once per text, linear). */
export class WordBoundaries implements Boundaries {
  private built: Uint8Array | null = null;

  constructor(
    private readonly tokens: readonly RawToken[],
    private readonly length: number,
  ) {}

  /** Built on first use: most lines without a numeral never need it. */
  private get flags(): Uint8Array {
    if (this.built !== null) return this.built;
    const flags = new Uint8Array(this.length + 1);
    for (const t of this.tokens) {
      flags[t.start] = (flags[t.start] as number) | STARTS;
      flags[t.end] = (flags[t.end] as number) | ENDS;
    }
    this.built = flags;
    return flags;
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
