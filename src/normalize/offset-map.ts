/**
 * Maps UTF-16 offsets in the normalized text back to the original input.
 * `starts[i]` is the original offset of the character that produced normalized unit i;
 * `starts[length]` is the original length. `null` means the two strings are aligned unit for unit.
 */
export class OffsetMap {
  static readonly IDENTITY = new OffsetMap(null);

  private constructor(private readonly starts: Int32Array | null) {}

  static fromStarts(starts: Int32Array): OffsetMap {
    return new OffsetMap(starts);
  }

  get identity(): boolean {
    return this.starts === null;
  }

  /** Original offset where the normalized unit `i` begins. */
  start(i: number): number {
    const s = this.starts;
    return s === null ? i : (s[i] as number);
  }

  /** Original offset where a span ending (exclusively) at normalized offset `i` ends. */
  end(i: number): number {
    const s = this.starts;
    if (s === null || i === 0) return i;
    const last = s.length - 1;
    const owner = s[i - 1] as number;
    let k = i;
    while (k < last && s[k] === owner) k++;
    return s[k] as number;
  }
}
