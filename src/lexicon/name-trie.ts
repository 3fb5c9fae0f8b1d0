/** Units per block of the root's table. */
const BLOCK = 0x100;

/**
 * A character trie over entity names. While names are added, edges live in one hash table of typed
 * arrays keyed by (node, UTF-16 unit) (EdgeTable), so a 100,000-name dictionary is a few hundred
 * thousand table slots rather than as many objects or boxed map keys; on the first lookup the edges
 * are compiled into typed arrays (each node's children sorted by unit). The root's children sit in a two-level table: blocks of 256 UTF-16 units,
 * allocated only for blocks where some name starts (a few KB for most tries, about 80 KB for the
 * built-in names, rather than 256 KB each), so the lexicons' many tries stay small in the CPU's caches.
 * A scan from a position walks the trie once, so matching a text costs at most (length × longest
 * name) steps, without hashing.
 */
export class NameTrie<V> {
  private edges: EdgeTable | null = new EdgeTable();
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
      const unit = name.charCodeAt(i);
      let next = edges.get(node, unit);
      if (next === 0) {
        next = this.nodes++;
        edges.set(node, unit, next);
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
    const { childStart, childUnit, childNode } = edges.compile(n);
    this.childStart = childStart;
    this.childUnit = childUnit;
    this.childNode = childNode;
    this.valued = new Uint8Array(n);
    for (let node = 0; node < n; node++) if (this.values[node] !== undefined) this.valued[node] = 1;
    if (this.rootNodes.length > this.rootUsed) this.rootNodes = this.rootNodes.slice(0, this.rootUsed);
    this.edges = null;
  }

  private decompile(): EdgeTable {
    if (this.edges !== null) return this.edges;
    const edges = new EdgeTable();
    for (let parent = 0; parent < this.nodes; parent++) {
      for (let k = this.childStart[parent] as number; k < (this.childStart[parent + 1] as number); k++) {
        edges.set(parent, this.childUnit[k] as number, this.childNode[k] as number);
      }
    }
    this.edges = edges;
    return edges;
  }
}

/** Sorts the children units[from, to) (with their nodes) by unit: insertion sort, the runs are short. */
function sortChildren(units: Uint16Array, nodes: Int32Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const unit = units[i] as number;
    const node = nodes[i] as number;
    let j = i - 1;
    while (j >= from && (units[j] as number) > unit) {
      units[j + 1] = units[j] as number;
      nodes[j + 1] = nodes[j] as number;
      j--;
    }
    units[j + 1] = unit;
    nodes[j + 1] = node;
  }
}

/**
 * The edges of a trie being built: (parent node, UTF-16 unit) → child node, in an open-addressing
 * hash table of typed arrays (linear probing; child 0 marks an empty slot, the root is never a child).
 */
class EdgeTable {
  private parents = new Int32Array(1 << 6);
  private units = new Uint16Array(1 << 6);
  private children = new Int32Array(1 << 6);
  private mask = (1 << 6) - 1;
  /** 32 − log2 of the table's length: a slot is the top bits of the mixed key. */
  private shift = 32 - 6;
  size = 0;

  /** The child of `parent` by `unit`, 0 when there is none. */
  get(parent: number, unit: number): number {
    const { parents, units, children, mask } = this;
    for (let slot = slotOf(parent, unit, this.shift); ; slot = (slot + 1) & mask) {
      const child = children[slot] as number;
      if (child === 0 || (parents[slot] === parent && units[slot] === unit)) return child;
    }
  }

  /** Sets the child of `parent` by `unit` (a new edge: get returned 0). */
  set(parent: number, unit: number, child: number): void {
    if (2 * (this.size + 1) > this.mask + 1) this.grow();
    this.put(parent, unit, child);
    this.size++;
  }

  /**
   * The edges as the compiled trie holds them: node n's children are childUnit/childNode[childStart[n]
   * .. childStart[n + 1]), sorted by unit (a counting sort by parent, then each node's few children).
   */
  compile(nodes: number): { childStart: Int32Array<ArrayBuffer>; childUnit: Uint16Array<ArrayBuffer>; childNode: Int32Array<ArrayBuffer> } {
    const { parents, units, children } = this;
    const childStart = new Int32Array(nodes + 1);
    for (let slot = 0; slot < children.length; slot++) {
      if (children[slot] === 0) continue;
      const at = (parents[slot] as number) + 1;
      childStart[at] = (childStart[at] as number) + 1;
    }
    for (let i = 0; i < nodes; i++) childStart[i + 1] = (childStart[i + 1] as number) + (childStart[i] as number);
    const childUnit = new Uint16Array(this.size);
    const childNode = new Int32Array(this.size);
    const fill = childStart.slice(0, nodes);
    for (let slot = 0; slot < children.length; slot++) {
      const child = children[slot] as number;
      if (child === 0) continue;
      const parent = parents[slot] as number;
      const k = fill[parent] as number;
      fill[parent] = k + 1;
      childUnit[k] = units[slot] as number;
      childNode[k] = child;
    }
    for (let parent = 0; parent < nodes; parent++) sortChildren(childUnit, childNode, childStart[parent] as number, childStart[parent + 1] as number);
    return { childStart, childUnit, childNode };
  }

  private put(parent: number, unit: number, child: number): void {
    const { parents, units, children, mask } = this;
    let slot = slotOf(parent, unit, this.shift);
    while (children[slot] !== 0) slot = (slot + 1) & mask;
    parents[slot] = parent;
    units[slot] = unit;
    children[slot] = child;
  }

  /** Four times larger: a trie of 100,000 names is rehashed three or four times on the way, not eight. */
  private grow(): void {
    const { parents, units, children } = this;
    const size = 4 * children.length;
    this.parents = new Int32Array(size);
    this.units = new Uint16Array(size);
    this.children = new Int32Array(size);
    this.mask = size - 1;
    this.shift -= 2;
    for (let slot = 0; slot < children.length; slot++) {
      if (children[slot] !== 0) this.put(parents[slot] as number, units[slot] as number, children[slot] as number);
    }
  }
}

function slotOf(parent: number, unit: number, shift: number): number {
  return Math.imul(Math.imul(parent, 0x9e3779b1) ^ unit, 0x85ebca6b) >>> shift;
}
