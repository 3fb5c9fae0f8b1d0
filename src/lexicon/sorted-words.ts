import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { DictFormatError, DictReadError } from '../errors.js';
import { CR, firstEntry, HASH, hasLine, LF, utf8Into } from './utf8-lines.js';

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
    if (word.length * 3 > key.length) key = new Uint8Array(word.length * 3);
    return hasLine(bytes, 0, bytes.length, key, utf8Into(word, key));
  }
}

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
  const first = firstEntry(bytes);
  let line = 1;
  for (let k = 0; k < first; k++) if (bytes[k] === LF) line++;
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
