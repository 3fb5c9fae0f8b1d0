/**
 * A character trie over entity names, stored as one flat Map keyed by (node, UTF-16 unit): a
 * 100,000-name dictionary is a few hundred thousand map entries, not as many objects. Scanning
 * from a position walks the trie once, so matching a text costs at most (length × longest name).
 */
export class NameTrie<V> {
  private readonly edges = new Map<number, number>();
  private readonly values = new Map<number, V>();
  private nodes = 1;
  /** first[c] === 1 when some name starts with UTF-16 unit c: most positions are rejected here. */
  private readonly first = new Uint8Array(0x10000);
  private longest = 0;

  /** Adds `name`; a value already stored for the same name is replaced when `replace` is true. */
  add(name: string, value: V, replace = true): void {
    let node = 0;
    if (name.length > 0) this.first[name.charCodeAt(0)] = 1;
    for (let i = 0; i < name.length; i++) {
      const key = node * 0x10000 + name.charCodeAt(i);
      let next = this.edges.get(key);
      if (next === undefined) {
        next = this.nodes++;
        this.edges.set(key, next);
      }
      node = next;
    }
    if (replace || !this.values.has(node)) this.values.set(node, value);
    if (name.length > this.longest) this.longest = name.length;
  }

  get size(): number {
    return this.values.size;
  }

  /** Calls `found(end, value)` for every name that starts at `start` in `text`, shortest first. */
  scan(text: string, start: number, found: (end: number, value: V) => void): void {
    if (this.first[text.charCodeAt(start)] !== 1) return;
    let node = 0;
    const limit = Math.min(text.length, start + this.longest);
    for (let i = start; i < limit; i++) {
      const next = this.edges.get(node * 0x10000 + text.charCodeAt(i));
      if (next === undefined) return;
      node = next;
      const value = this.values.get(node);
      if (value !== undefined) found(i + 1, value);
    }
  }

  /** The value stored for exactly `name`, if any. */
  get(name: string): V | undefined {
    let node = 0;
    for (let i = 0; i < name.length; i++) {
      const next = this.edges.get(node * 0x10000 + name.charCodeAt(i));
      if (next === undefined) return undefined;
      node = next;
    }
    return this.values.get(node);
  }
}
