import { NameTrie } from './name-trie.js';

/**
 * The quantities lexicon's trie: the longest key forwards from a position, or (built reversed)
 * backwards to one, over the same compiled character trie the entity names use.
 */
export class CharTrie<T> {
  private readonly trie = new NameTrie<T>();
  /**
   * One bit per UTF-16 unit, set when some key starts (forward trie) or ends (reversed trie) with
   * it: 8 KB, so that the lexicon's many tries stay small in the CPU's caches.
   */
  private readonly edges = new Uint8Array(0x10000 >>> 3);

  constructor(private readonly reversed = false) {}

  /** Adds `key`; a later value for the same key replaces the earlier one. */
  set(key: string, value: T): void {
    if (key.length === 0) return;
    const stored = this.reversed ? key.split('').reverse().join('') : key;
    const c = stored.charCodeAt(0);
    this.edges[c >>> 3] = (this.edges[c >>> 3] as number) | (1 << (c & 7));
    this.trie.add(stored, value);
  }

  /** Does some key start (forward trie) or end (reversed trie) with the UTF-16 unit `c`? */
  hasEdge(c: number): boolean {
    return ((this.edges[c >>> 3] as number) & (1 << (c & 7))) !== 0;
  }

  /**
   * Longest key at `i` (forward trie: text[i..end); reversed trie: text[start..i)), as its node in
   * the trie, or 0 when none. Nothing is allocated: the match's other end is `endOf(node, i)`, its
   * value `valueOf(node)`.
   */
  find(text: string, i: number): number {
    // Most positions are no key's edge: one bit says so, before the trie is touched.
    if (!this.hasEdge(text.charCodeAt(this.reversed ? i - 1 : i))) return 0;
    return this.trie.longestMatch(text, i, this.reversed);
  }

  /** The other end of the key at `i` whose node `find(text, i)` returned. */
  endOf(node: number, i: number): number {
    const length = this.trie.depthOf(node);
    return this.reversed ? i - length : i + length;
  }

  /** The value of the key whose node `find` returned. */
  valueOf(node: number): T {
    return this.trie.valueOf(node);
  }

  /** The other end of the longest key at `i` (as `find`), or -1 when none. */
  end(text: string, i: number): number {
    const node = this.find(text, i);
    return node === 0 ? -1 : this.endOf(node, i);
  }

  /**
   * Longest key at `i`, as an object holding the other end of the match and its value, or null: for
   * a caller that keeps or returns the match (the other callers use `find`, which allocates nothing).
   */
  match(text: string, i: number): { at: number; value: T } | null {
    const node = this.find(text, i);
    return node === 0 ? null : { at: this.endOf(node, i), value: this.trie.valueOf(node) };
  }
}
