import type { QuantityLexicon } from '../lexicon/quantities.js';
import { toNumber, ZERO, type Dec } from './decimal.js';
import type { Draft } from './draft.js';
import { newDraft } from './new-draft.js';
import type { Numeral } from './numeral.js';
import type { Boundaries } from './suffix.js';

const TWO = 0x4e24; // 两: 两季度 alone is a count of two quarters, 前两季度 a period

/** Periods read from words (上半年, 首季) stand on no numeral. */
export const NO_NUMERAL: Numeral = Object.freeze({
  start: 0, end: 0, value: ZERO, upper: null, chinese: false, plainDigits: null, spelled: null,
  trailingMagnitude: 0, place: 0, approx: null, length: 0,
});

const pad = (v: number): string => String(v).padStart(2, '0');

/** "--01/--06": months `first` to `last` of a year that is not written. */
export function monthSpan(first: number, last: number): string {
  return `--${pad(first)}/--${pad(last)}`;
}

/** A date draft whose value is a period. */
export function periodDraft(start: number, end: number, value: string, numeral: Numeral): Draft {
  return newDraft(start, end, 'date', value, null, numeral, 0, end);
}

/** 上半年, 下半年, 首季 at `i`, where a word starts. */
export function readPeriodWord(text: string, i: number, lex: QuantityLexicon, words: Boundaries): Draft | null {
  const m = lex.periodWords.find(text, i);
  if (m === 0 || !words.startsAt(i)) return null;
  const months = lex.periodWords.valueOf(m);
  return periodDraft(i, lex.periodWords.endOf(m, i), monthSpan(months[0], months[1]), NO_NUMERAL);
}

/**
 * 三季度, 1季度, 三四季度, 前三季度 (quarters 1 to 3; 前 is no part of 提前 or 此前), or, with `ordinal`
 * the offset of a 第 before the numeral, 第三季度; after 第 or 前, 季 alone will do (第三季, 前三季). A lone 两季度 is a count, not a period, and
 * 前一季度 (the previous quarter) no quantity.
 */
export function readQuarter(
  text: string, num: Numeral, lex: QuantityLexicon, words: Boundaries, ordinal = -1,
): Draft | null {
  if (num.approx !== null || num.trailingMagnitude !== 0) return null;
  const before = ordinal < 0 ? lex.firstQuarters.find(text, num.start) : 0;
  let end = lex.quarterWords.end(text, num.end);
  if (end < 0 && (ordinal >= 0 || before !== 0)) end = lex.markedQuarterWords.end(text, num.end);
  if (end < 0) return null;
  const q = quarterOf(num.value);
  const upper = num.upper === null ? q : quarterOf(num.upper);
  if (q === 0 || upper === 0 || upper < q) return null;
  let start = ordinal >= 0 ? ordinal : num.start;
  let first = q;
  if (ordinal < 0) {
    if (before !== 0 && !lex.firstQuarters.valueOf(before)) return null; // 提前三季度: three quarters ahead
    if (before !== 0 && q === 1) return null; // 前一季度: the previous quarter
    if (before !== 0 && num.upper === null) {
      start = lex.firstQuarters.endOf(before, num.start);
      first = 1;
    } else if (text.charCodeAt(num.start) === TWO) {
      return null;
    }
  }
  return periodDraft(start, end, monthSpan(first * 3 - 2, upper * 3), num);
}

/**
 * A period a numeral names with the word after it: a quarter (see readQuarter), or, after 前, the
 * first N months of the year (前10个月, 前8月: months 1 to N, N from 2 to 12; 提前10个月 and 此前10个月 are no period).
 */
export function readCountedPeriod(
  text: string, num: Numeral, lex: QuantityLexicon, words: Boundaries, ordinal = -1,
): Draft | null {
  const c = text.charCodeAt(num.end);
  if (lex.quarterWords.hasEdge(c) || lex.markedQuarterWords.hasEdge(c)) {
    const quarter = readQuarter(text, num, lex, words, ordinal);
    if (quarter !== null) return quarter;
  }
  if (ordinal >= 0 || !lex.firstMonthWords.hasEdge(c)) return null;
  if (num.approx !== null || num.trailingMagnitude !== 0 || num.upper !== null || num.value.s !== 0) return null;
  const before = lex.firstQuarters.find(text, num.start);
  const end = lex.firstMonthWords.end(text, num.end);
  if (before === 0 || end < 0 || !lex.firstQuarters.valueOf(before)) return null;
  const months = toNumber(num.value).value;
  if (months < 2 || months > 12) return null;
  return periodDraft(lex.firstQuarters.endOf(before, num.start), end, monthSpan(1, months), num);
}

/** 1 to 4, or 0. */
function quarterOf(v: Dec): number {
  if (v.s !== 0) return 0;
  const n = toNumber(v).value;
  return n >= 1 && n <= 4 ? n : 0;
}

/** Whether a range partner is a quarter period (三季度 in 一至三季度). */
export function isQuarterSpan(value: string): boolean {
  return value.length === 9 && value.charCodeAt(4) === 0x2f && (Number(value.slice(7)) - Number(value.slice(2, 4))) === 2;
}

/** The quarter `q` (1 to 4) as a period. */
export function quarterSpan(q: number): string {
  return monthSpan(q * 3 - 2, q * 3);
}
