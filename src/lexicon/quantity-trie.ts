/** A character trie for the quantities lexicon: longest match forwards from, or backwards to, a position. */
export interface TrieNode<T> {
  readonly next: Map<number, TrieNode<T>>;
  value: T | undefined;
}

export class CharTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), value: undefined };
  /** flags[c] === 1 when some key starts (forward trie) or ends (reversed trie) with UTF-16 unit c. */
  readonly edge = new Uint8Array(0x10000);

  constructor(private readonly reversed = false) {}

  /** Adds `key`; a later value for the same key replaces the earlier one. */
  set(key: string, value: T): void {
    let node = this.root;
    const n = key.length;
    for (let k = 0; k < n; k++) {
      const c = key.charCodeAt(this.reversed ? n - 1 - k : k);
      if (k === 0) this.edge[c] = 1;
      let child = node.next.get(c);
      if (child === undefined) {
        child = { next: new Map(), value: undefined };
        node.next.set(c, child);
      }
      node = child;
    }
    node.value = value;
  }

  /**
   * Longest key at `i` (forward trie: text[i..end); reversed trie: text[start..i)). Returns the
   * other end of the match and its value, or null.
   */
  match(text: string, i: number): { at: number; value: T } | null {
    let node: TrieNode<T> | undefined = this.root;
    let best: { at: number; value: T } | null = null;
    if (this.reversed) {
      for (let k = i - 1; k >= 0; k--) {
        node = node.next.get(text.charCodeAt(k));
        if (node === undefined) break;
        if (node.value !== undefined) best = { at: k, value: node.value };
      }
    } else {
      for (let k = i; k < text.length; k++) {
        node = node.next.get(text.charCodeAt(k));
        if (node === undefined) break;
        if (node.value !== undefined) best = { at: k + 1, value: node.value };
      }
    }
    return best;
  }
}
