import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { DictFormatError, DictReadError } from '../errors.js';

/**
 * A one-column word list sorted in code-point order (towns.tsv, surname-words.tsv), kept as its file's
 * bytes and read on the first question. UTF-8 orders like code points, so a binary search runs over the
 * bytes themselves, from line to line: nothing is decoded, split or hashed. A Set of such a list's tens
 * of thousands of words is a few MB of strings and table that the collector copies out of the young
 * generation; enough of that, at start or while the first texts are analyzed, and the collector doubles
 * the young generation for good. The bytes lie outside the JavaScript heap.
 */
export class SortedWords {
  private bytes: Buffer | undefined;

  constructor(private readonly path: string) {}

  /** Is `word` a line of the list? */
  has(word: string): boolean {
    const bytes = (this.bytes ??= readListBytes(this.path));
    const keyLength = utf8(word);
    let lo = 0;
    let hi = bytes.length;
    // [lo, hi) always starts on a line start; each step looks at the line around its middle.
    while (lo < hi) {
      let start = (lo + hi) >>> 1;
      while (start > lo && bytes[start - 1] !== LF) start--;
      let end = start;
      while (end < hi && bytes[end] !== LF) end++;
      const d = compareLine(bytes, start, end, keyLength);
      if (d === 0 && end > start) return true;
      if (d < 0) lo = end + 1;
      else hi = start;
    }
    return false;
  }
}

const LF = 0x0a;
const CR = 0x0d;
const HASH = 0x23;
const TAB = 0x09;
const SPACE = 0x20;

/**
 * The file's bytes from its first entry on (the header comments, which sort anywhere, are cut off).
 * Its rows are whole lines, so a line that is not one word (blank, a comment, a tab, a space at either
 * end) or one out of order would go unfound: such a file throws DictFormatError.
 */
function readListBytes(path: string): Buffer {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    throw new DictReadError(path, (cause as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (cause as Error).message, cause);
  }
  if (!isUtf8(bytes)) throw new DictFormatError(path, 1, 'not UTF-8 text: save the file as UTF-8');
  let first = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let line = 1;
  while (first < bytes.length && (bytes[first] === HASH || bytes[first] === LF)) {
    const end = bytes.indexOf(LF, first);
    first = end === -1 ? bytes.length : end + 1;
    line++;
  }
  const tab = bytes.indexOf(TAB, first);
  let previousStart = -1;
  let previousEnd = -1;
  for (let start = first; start < bytes.length; line++) {
    let next = bytes.indexOf(LF, start);
    if (next === -1) next = bytes.length;
    const end = next > start && bytes[next - 1] === CR ? next - 1 : next;
    let problem: string | null = null;
    if (end === start) problem = 'a blank line among the entries';
    else if (bytes[start] === HASH) problem = 'a comment among the entries';
    else if (tab !== -1 && tab >= start && tab < end) problem = 'a tab: the list has one column';
    else if (bytes[start] === SPACE || bytes[end - 1] === SPACE) problem = 'a space at an end of the line';
    else if (previousStart !== -1 && bytes.compare(bytes, previousStart, previousEnd, start, end) <= 0) problem = 'out of order (the list is sorted by code point, once each)';
    if (problem !== null) throw new DictFormatError(path, line, problem);
    previousStart = start;
    previousEnd = end;
    start = next + 1;
  }
  return bytes.subarray(first);
}

/** The bytes of the word being looked up: one buffer, rewritten on each question (has never nests). */
let key = new Uint8Array(64);

/**
 * Writes the UTF-8 bytes of `word` to `key` and returns their number (no native call, nothing
 * allocated for a word of up to 21 characters). A lone surrogate gets bytes no UTF-8 line holds.
 */
function utf8(word: string): number {
  if (word.length * 3 > key.length) key = new Uint8Array(word.length * 3);
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (c < 0x80) key[n++] = c;
    else if (c < 0x800) {
      key[n++] = 0xc0 | (c >> 6);
      key[n++] = 0x80 | (c & 0x3f);
    } else if (c >= 0xd800 && c < 0xdc00 && i + 1 < word.length && (word.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      c = 0x10000 + ((c - 0xd800) << 10) + (word.charCodeAt(++i) - 0xdc00);
      key[n++] = 0xf0 | (c >> 18);
      key[n++] = 0x80 | ((c >> 12) & 0x3f);
      key[n++] = 0x80 | ((c >> 6) & 0x3f);
      key[n++] = 0x80 | (c & 0x3f);
    } else {
      key[n++] = 0xe0 | (c >> 12);
      key[n++] = 0x80 | ((c >> 6) & 0x3f);
      key[n++] = 0x80 | (c & 0x3f);
    }
  }
  return n;
}

/** Compares the line bytes[start, end) with key[0, keyLength), in byte order. */
function compareLine(bytes: Buffer, start: number, end: number, keyLength: number): number {
  if (end > start && bytes[end - 1] === CR) end--;
  const n = Math.min(end - start, keyLength);
  for (let i = 0; i < n; i++) {
    const d = (bytes[start + i] as number) - (key[i] as number);
    if (d !== 0) return d;
  }
  return end - start - keyLength;
}
