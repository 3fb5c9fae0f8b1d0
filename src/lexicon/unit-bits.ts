/**
 * A set of UTF-16 units as bits, 8 KB: bit `c & 31` of word `c >>> 5`. Small enough to stay in the CPU's
 * caches while a stage reads it at every character of a text, where a table of a byte or more a unit
 * (64 KB and up) does not, after jieba and the other stages have run.
 */
export type UnitBits = Int32Array;

export function newUnitBits(): UnitBits {
  return new Int32Array(0x10000 >>> 5);
}

export function addUnitBit(bits: UnitBits, c: number): void {
  bits[c >>> 5] = (bits[c >>> 5] as number) | (1 << (c & 31));
}

export function hasUnitBit(bits: UnitBits, c: number): boolean {
  return ((bits[c >>> 5] as number) & (1 << (c & 31))) !== 0;
}
