/**
 * Flags by word for words of one or two UTF-16 units in typed arrays, longer words in a Map: the
 * facts stage looks up every token of a text, and most tokens are that short. Open addressing over
 * (first unit << 16 | second unit), linear probing; a slot holds the key and its flags side by side, so
 * a lookup reads one cache line, never hashes a string. Built once and never changed.
 */
export class WordFlags {
  private readonly single = new Int32Array(0x10000);
  /** Slot s: its key (as int32; 0 is empty) at 2s, its flags at 2s + 1. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  private readonly longer = new Map<string, number>();

  /**
   * From a map of words to flags, or from `each`, which hands every word with its flags to its
   * visitor (so that several lists can be read without a map of them all; a word met twice has
   * the flags of both visits).
   */
  constructor(flags: ReadonlyMap<string, number> | ((visit: (word: string, value: number) => void) => void)) {
    // forEach rather than for-of over the entries: no [word, value] pair is made for each (the
    // tables are built while the process starts, mostly by unoptimized code).
    const each = typeof flags === 'function' ? flags : (visit: (word: string, value: number) => void) => flags.forEach((value, word) => visit(word, value));
    let pairs = 0;
    each((word) => {
      if (word.length === 2) pairs++;
    });
    let bits = 4;
    while (1 << bits < pairs * 2) bits++;
    const size = 1 << bits;
    this.shift = 32 - bits;
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
    each((word, value) => {
      if (word.length === 1) this.single[word.charCodeAt(0)] = (this.single[word.charCodeAt(0)] as number) | value;
      else if (word.length === 2) this.setPair(word.charCodeAt(0), word.charCodeAt(1), value);
      else this.longer.set(word, (this.longer.get(word) ?? 0) | value);
    });
  }

  /** The flags of `word`, 0 when it has none. */
  get(word: string): number {
    if (word.length === 1) return this.single[word.charCodeAt(0)] as number;
    if (word.length !== 2) return this.longer.get(word) ?? 0;
    return this.pair(word.charCodeAt(0), word.charCodeAt(1));
  }

  /** The flags of the word text[start, end), 0 when it has none (no slice for one or two units). */
  getRange(text: string, start: number, end: number): number {
    if (end - start === 1) return this.single[text.charCodeAt(start)] as number;
    if (end - start !== 2) return this.longer.get(text.slice(start, end)) ?? 0;
    return this.pair(text.charCodeAt(start), text.charCodeAt(start + 1));
  }

  private pair(first: number, second: number): number {
    // A stored key is never 0 (setPair refuses it), so an empty slot ends the probe.
    const key = (first << 16) | second;
    for (let slot = this.slotOf(key); ; slot = (slot + 1) & this.mask) {
      const k = this.slots[2 * slot] as number;
      if (k === key) return this.slots[2 * slot + 1] as number;
      if (k === 0) return 0;
    }
  }

  private setPair(first: number, second: number, value: number): void {
    const key = (first << 16) | second;
    if (key === 0) throw new Error('a word of two U+0000 units has no flags slot');
    let slot = this.slotOf(key);
    while (this.slots[2 * slot] !== 0 && this.slots[2 * slot] !== key) slot = (slot + 1) & this.mask;
    this.slots[2 * slot] = key;
    this.slots[2 * slot + 1] = (this.slots[2 * slot + 1] as number) | value;
  }

  private slotOf(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }
}
