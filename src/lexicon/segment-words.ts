import { DictFormatError } from '../errors.js';
import { dictPath } from './paths.js';
import { readTsv } from './tsv.js';
import { addUnitBit, newUnitBits, type UnitBits } from './unit-bits.js';

/** What the segment stage applies after jieba: words to split, with the offsets of their inner cuts. */
export interface SegmentLexicon {
  readonly splits: ReadonlyMap<string, readonly number[]>;
  /** The UTF-16 units some word to split starts with: a cheap pre-check at every word of jieba's. */
  readonly splitFirst: UnitBits;
  /** The units some word to split ends with. */
  readonly splitLast: UnitBits;
  /** digitValues[c]: the value of plain Chinese digit c (〇 一 … 九), or -1; from dict/quantity/numerals.tsv. */
  readonly digitValues: Int8Array;
  /** tens[c] === 1 for the plain ten (十); from dict/quantity/numerals.tsv. */
  readonly tens: Uint8Array;
}

let memo: SegmentLexicon | undefined;

/** Reads `dict/segment/splits.tsv` and the plain digits of `dict/quantity/numerals.tsv` once per process. */
export function loadSegmentLexicon(): SegmentLexicon {
  if (memo) return memo;
  const file = dictPath('segment', 'splits.tsv');
  const splits = new Map<string, number[]>();
  const splitFirst = newUnitBits();
  const splitLast = newUnitBits();
  for (const { columns, line } of readTsv(file, 2, 2)) {
    const [word, parts] = columns as [string, string];
    const pieces = parts.split(' ').filter(Boolean);
    if (pieces.join('') !== word) throw new DictFormatError(file, line, `the parts "${parts}" do not spell "${word}"`);
    const cuts: number[] = [];
    let at = 0;
    for (const piece of pieces.slice(0, -1)) cuts.push((at += piece.length));
    splits.set(word, cuts);
    addUnitBit(splitFirst, word.charCodeAt(0));
    addUnitBit(splitLast, word.charCodeAt(word.length - 1));
  }
  const digitValues = new Int8Array(0x10000).fill(-1);
  const tens = new Uint8Array(0x10000);
  const numerals = dictPath('quantity', 'numerals.tsv');
  for (const { columns, line } of readTsv(numerals, 4, 4)) {
    const [ch, role, value, style] = columns as [string, string, string, string];
    if (style !== 'plain' || ch.length !== 1) continue;
    const n = Number(value);
    if (!Number.isInteger(n)) throw new DictFormatError(numerals, line, `"${value}" is not a whole number`);
    if (role === 'digit') digitValues[ch.charCodeAt(0)] = n;
    else if (role === 'unit' && n === 1) tens[ch.charCodeAt(0)] = 1;
  }
  memo = { splits, splitFirst, splitLast, digitValues, tens };
  return memo;
}
