/**
 * Binary search over a word list kept as its file's bytes, one word a line, sorted by code point:
 * UTF-8 orders like code points, so the search runs over the bytes themselves, from line to line,
 * with nothing decoded, split or hashed. Shared by the company short-name list (brand-names.ts) and
 * the sorted one-column lists (sorted-words.ts).
 */

export const LF = 0x0a;
export const CR = 0x0d;
export const HASH = 0x23;

/**
 * Writes the UTF-8 bytes of `word` to `out` (at least 3 bytes a UTF-16 unit) and returns their number:
 * no native call, nothing allocated. A lone surrogate gets bytes no UTF-8 line holds.
 */
export function utf8Into(word: string, out: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 0x3f);
    } else if (c >= 0xd800 && c < 0xdc00 && i + 1 < word.length && (word.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      c = 0x10000 + ((c - 0xd800) << 10) + (word.charCodeAt(++i) - 0xdc00);
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 0x3f);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    } else {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    }
  }
  return n;
}

/** Compares the line bytes[start, end) with key[0, keyLength), in byte order. */
function compareLine(bytes: Uint8Array, start: number, end: number, key: Uint8Array, keyLength: number): number {
  if (end > start && bytes[end - 1] === CR) end--;
  const n = Math.min(end - start, keyLength);
  for (let i = 0; i < n; i++) {
    const d = (bytes[start + i] as number) - (key[i] as number);
    if (d !== 0) return d;
  }
  return end - start - keyLength;
}

/** Is key[0, keyLength) a line of bytes[lo, hi)? lo and hi are line starts (hi may be the end). */
export function hasLine(bytes: Uint8Array, lo: number, hi: number, key: Uint8Array, keyLength: number): boolean {
  const start = lowerBound(bytes, lo, hi, key, keyLength);
  if (start >= hi) return false;
  let end = start;
  while (end < hi && bytes[end] !== LF) end++;
  return end > start && compareLine(bytes, start, end, key, keyLength) === 0;
}

/** The start of the first line in bytes[lo, hi) (line starts) that is key[0, keyLength) or sorts after it; hi when none does. */
export function lowerBound(bytes: Uint8Array, lo: number, hi: number, key: Uint8Array, keyLength: number): number {
  while (lo < hi) {
    let start = (lo + hi) >>> 1;
    while (start > lo && bytes[start - 1] !== LF) start--;
    // Lines are short: a loop beats a native indexOf call here.
    let end = start;
    while (end < hi && bytes[end] !== LF) end++;
    if (compareLine(bytes, start, end, key, keyLength) < 0) lo = end + 1;
    else hi = start;
  }
  return Math.min(lo, hi);
}

/** Where the entries of a list file start: after a byte-order mark and the header's comments and blank lines. */
export function firstEntry(bytes: Uint8Array): number {
  let first = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (first < bytes.length && (bytes[first] === HASH || bytes[first] === LF)) {
    const end = bytes.indexOf(LF, first);
    first = end === -1 ? bytes.length : end + 1;
  }
  return first;
}
