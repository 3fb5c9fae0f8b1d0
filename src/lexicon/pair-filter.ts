/** Bits in the filter: 2^18 bits are 32 KB, small enough to stay in a CPU cache between texts. */
const BITS_LOG2 = 18;
const GOLDEN = 0x9e3779b1;

/**
 * A set of pairs of UTF-16 units with false positives and no false negatives (a one-hash Bloom
 * filter): "might a name open with these two units?" costs one bit, where the trie walk it saves
 * touches several arrays far apart in memory.
 */
export class PairFilter {
  constructor(private readonly bits: Uint8Array = new Uint8Array(1 << (BITS_LOG2 - 3))) {}

  add(first: number, second: number): void {
    const h = hash(first, second);
    this.bits[h >>> 3] = (this.bits[h >>> 3] as number) | (1 << (h & 7));
  }

  /** False when no added pair is (first, second); true when one is, and now and then when none is. */
  mayHave(first: number, second: number): boolean {
    const h = hash(first, second);
    return ((this.bits[h >>> 3] as number) & (1 << (h & 7))) !== 0;
  }

  /** mayHave as a number, 1 or 0, for a caller that combines it with other tests without a branch. */
  bit(first: number, second: number): number {
    const h = hash(first, second);
    return ((this.bits[h >>> 3] as number) >>> (h & 7)) & 1;
  }

  copy(): PairFilter {
    return new PairFilter(this.bits.slice());
  }
}

function hash(first: number, second: number): number {
  return Math.imul(((first << 16) | second) >>> 0, GOLDEN) >>> (32 - BITS_LOG2);
}
