/**
 * A character trie over entity names: the root's children in a 64K array, deeper edges in one flat
 * Map keyed by (node, UTF-16 unit), so a 100,000-name dictionary is a few hundred thousand map
 * entries, not as many objects. Scanning
 * from a position walks the trie once, so matching a text costs at most (length × longest name).
 */
export class NameTrie<V> {
  private readonly edges = new Map<number, number>();
  private readonly values = new Map<number, V>();
  private nodes = 1;
  /** The root's children by UTF-16 unit (0: none), an array lookup instead of a map lookup. */
  private readonly root = new Int32Array(0x10000);
  private longest = 0;

  /** Adds `name`; a value already stored for the same name is replaced when `replace` is true. */
  add(name: string, value: V, replace = true): void {
    if (name.length === 0) return;
    const c0 = name.charCodeAt(0);
    let node = this.root[c0] as number;
    if (node === 0) {
      node = this.nodes++;
      this.root[c0] = node;
    }
    for (let i = 1; i < name.length; i++) {
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
    let node = this.root[text.charCodeAt(start)] as number;
    if (node === 0) return;
    let value = this.values.get(node);
    if (value !== undefined) found(start + 1, value);
    const limit = Math.min(text.length, start + this.longest);
    for (let i = start + 1; i < limit; i++) {
      const next = this.edges.get(node * 0x10000 + text.charCodeAt(i));
      if (next === undefined) return;
      node = next;
      value = this.values.get(node);
      if (value !== undefined) found(i + 1, value);
    }
  }

  /** Does some name start with the UTF-16 unit `code`? */
  startsWith(code: number): boolean {
    return this.root[code] !== 0;
  }

  /** The value stored for exactly `name`, if any. */
  get(name: string): V | undefined {
    if (name.length === 0) return undefined;
    let node = this.root[name.charCodeAt(0)] as number;
    if (node === 0) return undefined;
    for (let i = 1; i < name.length; i++) {
      const next = this.edges.get(node * 0x10000 + name.charCodeAt(i));
      if (next === undefined) return undefined;
      node = next;
    }
    return this.values.get(node);
  }
}
