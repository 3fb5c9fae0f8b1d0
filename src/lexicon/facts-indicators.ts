/**
 * The indicator surfaces of dict/facts/indicators.tsv packed for lookups in place: their UTF-16 units one
 * after another in a typed array, chained by (length, last unit) from a small table of buckets. Finding the
 * surface written at text[start, end) reads a few KB that stay in the CPU's caches: no slice of the text is
 * hashed, and no string object of the table is read unless it is the one found. Built once, never changed.
 */
export class IndicatorTable {
  /** The surfaces' units, one after another: entry e is units[starts[e] .. starts[e + 1]). */
  private readonly units: Uint16Array;
  private readonly starts: Int32Array;
  /** The next entry of the same bucket, -1 at the end of the chain. */
  private readonly next: Int32Array;
  /** The first entry of each bucket, -1 for none. */
  private readonly heads: Int32Array;
  private readonly shift: number;
  /** The canonical name of each entry. */
  readonly canonicals: readonly string[];

  constructor(indicators: ReadonlyMap<string, string>) {
    const surfaces = [...indicators.keys()];
    let bits = 4;
    while (1 << bits < surfaces.length * 2) bits++;
    this.shift = 32 - bits;
    this.heads = new Int32Array(1 << bits).fill(-1);
    this.next = new Int32Array(surfaces.length);
    this.starts = new Int32Array(surfaces.length + 1);
    this.units = new Uint16Array(surfaces.reduce((sum, s) => sum + s.length, 0));
    let at = 0;
    surfaces.forEach((surface, e) => {
      this.starts[e] = at;
      for (let i = 0; i < surface.length; i++) this.units[at++] = surface.charCodeAt(i);
      const bucket = this.bucketOf(surface.charCodeAt(surface.length - 1), surface.length);
      this.next[e] = this.heads[bucket] as number;
      this.heads[bucket] = e;
    });
    this.starts[surfaces.length] = at;
    this.canonicals = surfaces.map((s) => indicators.get(s) as string);
  }

  /** The entry of the surface written at text[start, end), or -1 when no indicator is written there. */
  find(text: string, start: number, end: number): number {
    const length = end - start;
    if (length <= 0) return -1;
    const { units, starts } = this;
    for (let e = this.heads[this.bucketOf(text.charCodeAt(end - 1), length)] as number; e !== -1; e = this.next[e] as number) {
      const from = starts[e] as number;
      if ((starts[e + 1] as number) - from !== length) continue;
      let i = 0;
      while (i < length && units[from + i] === text.charCodeAt(start + i)) i++;
      if (i === length) return e;
    }
    return -1;
  }

  private bucketOf(last: number, length: number): number {
    return Math.imul(length * 0x10000 + last, 0x9e3779b1) >>> this.shift;
  }
}
