/**
 * Keeps written dates whole, as the usual segmentation standards do (PKU, MSR): 2024年, 12月, 31日
 * after Arabic digits, and Chinese-numeral dates inside Han runs — 二〇二四年 (digit by digit, two or
 * more digits), 十二月 (1 to 12), 三十一日 (1 to 31).
 */
import type { SegmentLexicon } from '../lexicon/segment-words.js';

const YEAR = 0x5e74; // 年
const MONTH = 0x6708; // 月
const DAY = 0x65e5; // 日

/** A plain Chinese digit (〇 一 … 九) or the ten (十), from the lexicon's numeral table. */
export const isNumeral = (lex: SegmentLexicon, c: number): boolean => lex.digitValues[c] !== -1 || lex.tens[c] === 1;

/** True when the character at `i` ends a date written with the Arabic digits before it. */
export function isDateSuffix(c: number): boolean {
  return c === YEAR || c === MONTH || c === DAY;
}

/**
 * Rewrites jieba's cut marks so that each Chinese-numeral date in [from, to) is one word.
 * `cuts[k] === 1` marks a word boundary at k. Linear in the run's length.
 */
export function joinNumeralDates(text: string, cuts: Uint8Array, from: number, to: number, lex: SegmentLexicon): void {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!isNumeral(lex, c)) {
      i++;
      continue;
    }
    let j = i;
    while (j < to && isNumeral(lex, text.charCodeAt(j))) j++;
    if (j < to && isDateSuffix(text.charCodeAt(j)) && isDateNumeral(text, i, j, text.charCodeAt(j), lex)) {
      cuts[i] = 1;
      for (let k = i + 1; k <= j; k++) cuts[k] = 0;
      cuts[j + 1] = 1;
    }
    i = j + 1;
  }
}

function isDateNumeral(text: string, from: number, to: number, suffix: number, lex: SegmentLexicon): boolean {
  if (suffix === YEAR) {
    if (to - from < 2) return false;
    for (let k = from; k < to; k++) if (lex.tens[text.charCodeAt(k)] === 1) return false;
    return true;
  }
  const value = smallNumeral(text, from, to, lex);
  return value !== null && value >= 1 && value <= (suffix === MONTH ? 12 : 31);
}

/** Value of 一 … 九十九 written with 十, or null. */
function smallNumeral(text: string, from: number, to: number, lex: SegmentLexicon): number | null {
  let value = 0;
  let digit: number | null = null;
  let seenTen = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (lex.tens[c] === 1) {
      if (seenTen) return null;
      seenTen = true;
      value += (digit ?? 1) * 10;
      digit = null;
    } else {
      if (digit !== null) return null;
      digit = lex.digitValues[c] as number;
      if (digit <= 0) return null;
    }
  }
  return value + (digit ?? 0);
}
