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
   * Longest key at `i` (forward trie: text[i..end); reversed trie: text[start..i)). Returns the
   * other end of the match and its value, or null.
   */
  match(text: string, i: number): { at: number; value: T } | null {
    // Most positions are no key's edge: one bit says so, before the trie is touched.
    if (!this.hasEdge(text.charCodeAt(this.reversed ? i - 1 : i))) return null;
    const node = this.trie.longestMatch(text, i, this.reversed);
    if (node === 0) return null;
    const length = this.trie.depthOf(node);
    return { at: this.reversed ? i - length : i + length, value: this.trie.valueOf(node) };
  }
}
