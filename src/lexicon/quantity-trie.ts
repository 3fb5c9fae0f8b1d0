import { NameTrie } from './name-trie.js';

/**
 * The quantities lexicon's trie: the longest key forwards from a position, or (built reversed)
 * backwards to one, over the same compiled character trie the entity names use.
 */
export class CharTrie<T> {
  private readonly trie = new NameTrie<T>();
  /** edge[c] === 1 when some key starts (forward trie) or ends (reversed trie) with UTF-16 unit c. */
  readonly edge = new Uint8Array(0x10000);

  constructor(private readonly reversed = false) {}

  /** Adds `key`; a later value for the same key replaces the earlier one. */
  set(key: string, value: T): void {
    if (key.length === 0) return;
    const stored = this.reversed ? key.split('').reverse().join('') : key;
    this.edge[stored.charCodeAt(0)] = 1;
    this.trie.add(stored, value);
  }

  /**
   * Longest key at `i` (forward trie: text[i..end); reversed trie: text[start..i)). Returns the
   * other end of the match and its value, or null.
   */
  match(text: string, i: number): { at: number; value: T } | null {
    // Most positions are no key's edge: one byte says so, before the trie is touched.
    if (this.edge[text.charCodeAt(this.reversed ? i - 1 : i)] !== 1) return null;
    const node = this.trie.longestMatch(text, i, this.reversed);
    if (node === 0) return null;
    const length = this.trie.depthOf(node);
    return { at: this.reversed ? i - length : i + length, value: this.trie.valueOf(node) };
  }
}
