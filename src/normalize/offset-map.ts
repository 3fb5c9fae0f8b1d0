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

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const unitsAt = (s: string, i: number): number =>
  isHigh(s.charCodeAt(i)) && i + 1 < s.length && isLow(s.charCodeAt(i + 1)) ? 2 : 1;

/**
 * Pairs the characters of `source` and `target` one code point at a time (the variant tables map
 * one character to one character, though a BMP character may become an astral one: 噁 -> 𫫇). Where
 * the code point counts differ, the remainder is mapped proportionally, which keeps offsets monotone.
 */
export function alignByCodePoint(source: string, target: string): OffsetMap {
  let starts: Int32Array | null = null;
  let i = 0;
  let j = 0;
  while (i < source.length && j < target.length) {
    const a = unitsAt(source, i);
    const b = unitsAt(target, j);
    if (a !== b || starts !== null) {
      if (starts === null) {
        starts = new Int32Array(target.length + 1);
        for (let k = 0; k < j; k++) starts[k] = k;
      }
      for (let k = 0; k < b; k++) starts[j + k] = i;
    }
    i += a;
    j += b;
  }
  if (starts === null && i === source.length && j === target.length) return OffsetMap.IDENTITY;
  if (starts === null) {
    starts = new Int32Array(target.length + 1);
    for (let k = 0; k < j; k++) starts[k] = k;
  }
  const restSource = source.length - i;
  const restTarget = target.length - j;
  for (let k = 0; k < restTarget; k++) starts[j + k] = i + Math.floor((k * restSource) / restTarget);
  starts[target.length] = source.length;
  return OffsetMap.fromStarts(starts);
}
