/** Units per block of the root's table. */
const BLOCK = 0x100;

/**
 * A character trie over entity names. While names are added, edges live in one flat Map keyed by
 * (node, UTF-16 unit), so a 100,000-name dictionary is a few hundred thousand map entries rather
 * than as many objects; on the first lookup the edges are compiled into typed arrays (each node's
 * children sorted by unit). The root's children sit in a two-level table: blocks of 256 UTF-16 units,
 * allocated only for blocks where some name starts (a few KB for most tries, about 80 KB for the
 * built-in names, rather than 256 KB each), so the lexicons' many tries stay small in the CPU's caches.
 * A scan from a position walks the trie once, so matching a text costs at most (length × longest
 * name) steps, without hashing.
 */
export class NameTrie<V> {
  private edges: Map<number, number> | null = new Map<number, number>();
  private readonly values: (V | undefined)[] = [undefined];
  /** Length of the name that ends at each node. */
  private readonly depths: number[] = [0];
  /** rootBlock[c >>> 8]: where the block of unit c starts in rootNodes; 0 is a block of zeros (no name starts in it). */
  private readonly rootBlock = new Int32Array(0x100);
  /** The node a name's first unit leads to (0: none), block by block; grows as blocks are taken. */
  private rootNodes = new Int32Array(2 * BLOCK);
  /** Length of rootNodes in use: the zero block and the blocks taken. */
  private rootUsed = BLOCK;
  private nodes = 1;
  private longest = 0;
  private count = 0;
  // Compiled children: node n's children are childUnit/childNode[childStart[n] .. childStart[n + 1]).
  private childStart = new Int32Array(0);
  private childUnit = new Uint16Array(0);
  private childNode = new Int32Array(0);
  /** Compiled: 1 where a name ends at the node (its value is set). A byte a node, read before the value list. */
  private valued = new Uint8Array(0);

  /** Adds `name`; a value already stored for the same name is replaced when `replace` is true. */
  add(name: string, value: V, replace = true): void {
    if (name.length === 0) return;
    const edges = this.decompile();
    const c0 = name.charCodeAt(0);
    let node = this.first(c0);
    if (node === 0) {
      node = this.nodes++;
      const block = this.takeBlock(c0 >>> 8); // before rootNodes is read: taking a block may replace it
      this.rootNodes[block + (c0 & 0xff)] = node;
      this.depths[node] = 1;
    }
    for (let i = 1; i < name.length; i++) {
      const key = node * 0x10000 + name.charCodeAt(i);
      let next = edges.get(key);
      if (next === undefined) {
        next = this.nodes++;
        edges.set(key, next);
        this.depths[next] = i + 1;
      }
      node = next;
    }
    if (this.values[node] === undefined) this.count++;
    if (replace || this.values[node] === undefined) this.values[node] = value;
    if (name.length > this.longest) this.longest = name.length;
  }

  get size(): number {
    return this.count;
  }

  /** Does some name start with the UTF-16 unit `code`? */
  startsWith(code: number): boolean {
    return this.first(code) !== 0;
  }

  /** Calls `found(end, value)` for every name that starts at `start` in `text`, shortest first. */
  scan(text: string, start: number, found: (end: number, value: V) => void): void {
    let node = this.first(text.charCodeAt(start));
    if (node === 0) return;
    if (this.edges !== null) this.compile();
    const valued = this.valued;
    if (valued[node] !== 0) found(start + 1, this.values[node] as V);
    const limit = Math.min(text.length, start + this.longest);
    for (let i = start + 1; i < limit; i++) {
      node = this.child(node, text.charCodeAt(i));
      if (node === 0) return;
      if (valued[node] !== 0) found(i + 1, this.values[node] as V);
    }
  }

  /**
   * The node of the longest name in `text` that starts at `start` (forwards) or, for a trie built
   * from reversed names, ends at `start` (backwards); 0 when none does. Nothing is allocated: the
   * match's length is `depthOf(node)`, its value `valueOf(node)`.
   */
  longestMatch(text: string, start: number, backwards: boolean): number {
    const step = backwards ? -1 : 1;
    let i = backwards ? start - 1 : start;
    if (i < 0 || i >= text.length) return 0;
    let node = this.first(text.charCodeAt(i));
    if (node === 0) return 0;
    if (this.edges !== null) this.compile();
    const valued = this.valued;
    let best = valued[node] === 0 ? 0 : node;
    for (let depth = 1; depth < this.longest; depth++) {
      i += step;
      if (i < 0 || i >= text.length) break;
      node = this.child(node, text.charCodeAt(i));
      if (node === 0) break;
      if (valued[node] !== 0) best = node;
    }
    return best;
  }

  /**
   * One step of a walk the caller drives (no callback, nothing allocated): the node that the UTF-16
   * unit `unit` leads to from `node` (0 stands for the root), or 0 when no name goes on that way. A
   * name ends at the node when `valueOf(node)` is defined.
   */
  step(node: number, unit: number): number {
    if (node === 0) return this.first(unit);
    if (this.edges !== null) this.compile();
    return this.child(node, unit);
  }

  /** The length of the name that ends at `node` (a node `longestMatch` returned). */
  depthOf(node: number): number {
    return this.depths[node] as number;
  }

  /** The value stored at `node` (a node `longestMatch` returned; undefined at a node `step` reached where no name ends). */
  valueOf(node: number): V {
    return this.values[node] as V;
  }

  /** The value stored for exactly `name`, if any. */
  get(name: string): V | undefined {
    if (name.length === 0) return undefined;
    let node = this.first(name.charCodeAt(0));
    if (node === 0) return undefined;
    if (this.edges !== null) this.compile();
    for (let i = 1; i < name.length && node !== 0; i++) node = this.child(node, name.charCodeAt(i));
    return node === 0 ? undefined : this.values[node];
  }

  /** The node the first unit `unit` leads to, 0 when no name starts with it. */
  private first(unit: number): number {
    return this.rootNodes[(this.rootBlock[unit >>> 8] as number) + (unit & 0xff)] as number;
  }

  /** The offset in rootNodes of the block for units `high` × 256 …, taken (and rootNodes grown) when new. */
  private takeBlock(high: number): number {
    let offset = this.rootBlock[high] as number;
    if (offset !== 0) return offset;
    if (this.rootUsed === this.rootNodes.length) {
      const grown = new Int32Array(this.rootNodes.length * 2);
      grown.set(this.rootNodes);
      this.rootNodes = grown;
    }
    offset = this.rootUsed;
    this.rootUsed += BLOCK;
    this.rootBlock[high] = offset;
    return offset;
  }

  private child(node: number, unit: number): number {
    const units = this.childUnit;
    const end = this.childStart[node + 1] as number;
    let lo = this.childStart[node] as number;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((units[mid] as number) < unit) lo = mid + 1;
      else hi = mid;
    }
    return lo < end && units[lo] === unit ? (this.childNode[lo] as number) : 0;
  }

  private compile(): void {
    const edges = this.edges;
    if (edges === null) return;
    const n = this.nodes;
    const keys = [...edges.keys()].sort((a, b) => a - b); // by parent, then by unit
    this.childStart = new Int32Array(n + 1);
    this.childUnit = new Uint16Array(keys.length);
    this.childNode = new Int32Array(keys.length);
    const counts = new Int32Array(n);
    for (const key of keys) counts[Math.floor(key / 0x10000)] = (counts[Math.floor(key / 0x10000)] as number) + 1;
    for (let i = 0; i < n; i++) this.childStart[i + 1] = (this.childStart[i] as number) + (counts[i] as number);
    keys.forEach((key, k) => {
      this.childUnit[k] = key % 0x10000;
      this.childNode[k] = edges.get(key) as number;
    });
    this.valued = new Uint8Array(n);
    for (let node = 0; node < n; node++) if (this.values[node] !== undefined) this.valued[node] = 1;
    if (this.rootNodes.length > this.rootUsed) this.rootNodes = this.rootNodes.slice(0, this.rootUsed);
    this.edges = null;
  }

  private decompile(): Map<number, number> {
    if (this.edges !== null) return this.edges;
    const edges = new Map<number, number>();
    for (let parent = 0; parent < this.nodes; parent++) {
      for (let k = this.childStart[parent] as number; k < (this.childStart[parent + 1] as number); k++) {
        edges.set(parent * 0x10000 + (this.childUnit[k] as number), this.childNode[k] as number);
      }
    }
    this.edges = edges;
    return edges;
  }
}
