import type { QuantityLexicon } from '../lexicon/quantities.js';
import { toNumber } from './decimal.js';
import { isAsciiDigit, scanNumeral, type Numeral } from './numeral.js';
import type { Boundaries } from './suffix.js';

const YEAR = 0x5e74; // 年
const MONTH = 0x6708; // 月
const DAY = 0x65e5; // 日
const HAO = 0x53f7; // 号

export interface DateMatch {
  /** Where the date starts: the numeral, or the era before it (民国113年). */
  readonly start: number;
  readonly end: number;
  /** Null for a date the calendar does not have (2023年2月29日, 2月31日): no quantity at all. */
  readonly value: string | null;
  /** 'year' | 'month' (with or without a year) | 'day': what a range partner must be. */
  readonly form: 'year' | 'month' | 'day';
}

const pad = (v: number): string => String(v).padStart(2, '0');

/** A date that starts with the numeral `num`: 2024年, 2024年年底, 二〇二三年十月, 2月14日, 22日. */
export function readDate(text: string, num: Numeral, lex: QuantityLexicon, words: Boundaries): DateMatch | null {
  if (num.approx !== null || num.upper !== null) return null;
  const next = text.charCodeAt(num.end);
  // Only a numeral before 年 is read as a year (the year's value is not computed for any other).
  const era = next === YEAR ? lex.eras.find(text, num.start) : 0;
  const year = next !== YEAR ? null : era === 0 ? yearOf(num) : eraYear(num, lex.eras.valueOf(era));
  if (year !== null) {
    const start = era === 0 ? num.start : lex.eras.endOf(era, num.start);
    const after = num.end + 1;
    const word = lex.dateWords.find(text, after);
    if (word !== 0) return { start, end: lex.dateWords.endOf(word, after), value: `${year}-${pad(Number(lex.dateWords.valueOf(word)))}`, form: 'month' };
    const md = readMonthDay(text, after, lex, words, Number(year));
    if (md !== null) return { start, end: md.end, value: md.value === null ? null : `${year}-${md.value}`, form: md.day ? 'day' : 'month' };
    return { start, end: after, value: year, form: 'year' };
  }
  if (num.spelled !== null) return null;
  if (next === MONTH) {
    const md = readMonthDay(text, num.start, lex, words);
    if (md !== null) return { start: num.start, end: md.end, value: md.value === null ? null : `--${md.value}`, form: md.day ? 'day' : 'month' };
  }
  if (next !== DAY) return null;
  const day = smallInt(num, 31);
  if (day !== null && (!num.chinese || num.length >= 2) && words.endsAt(num.end + 1)) {
    return { start: num.start, end: num.end + 1, value: `---${pad(day)}`, form: 'day' };
  }
  return null;
}

/** 民国113年 -> "2024": the year counted from the era's year 0. */
function eraYear(num: Numeral, offset: number): string | null {
  const n = smallInt(num, 200);
  return n === null ? null : String(n + offset);
}

function yearOf(num: Numeral): string | null {
  const digits = num.plainDigits ?? num.spelled;
  if (digits === null || digits.length !== 4) return null;
  const v = Number(digits);
  return v >= 1000 && v <= 2999 ? digits : null;
}

/** M月 or M月D日 at `i`: "MM" or "MM-DD" (null for a day the month does not have); `year` when one was written, else 0. */
function readMonthDay(
  text: string, i: number, lex: QuantityLexicon, words: Boundaries, year = 0,
): { end: number; value: string | null; day: boolean } | null {
  const afterYear = year !== 0;
  const m = scanNumeral(text, i, lex);
  if (m === null || 'skip' in m || m.spelled !== null) return null;
  const month = smallInt(m, 12);
  if (month === null || text.charCodeAt(m.end) !== MONTH) return null;
  const afterMonth = m.end + 1;
  const d = scanNumeral(text, afterMonth, lex);
  if (d !== null && !('skip' in d) && d.spelled === null) {
    const day = smallInt(d, 31);
    const mark = text.charCodeAt(d.end);
    if (day !== null && (mark === DAY || mark === HAO)) {
      return { end: d.end + 1, value: day <= daysIn(month, year) ? `${pad(month)}-${pad(day)}` : null, day: true };
    }
  }
  // 9月份, 9月底, 9月上旬: the word is part of the date where the segmenter ends a word after it (not 9月初步).
  const wordEnd = lex.monthWords.end(text, afterMonth);
  const end = wordEnd >= 0 && words.endsAt(wordEnd) ? wordEnd : afterMonth;
  if (!afterYear && end === afterMonth && !words.endsAt(afterMonth)) return null;
  return { end, value: pad(month), day: false };
}

function smallInt(num: Numeral, max: number): number | null {
  if (num.approx !== null || num.upper !== null || num.value.s !== 0 || num.trailingMagnitude !== 0) return null;
  const { value } = toNumber(num.value);
  return Number.isInteger(value) && value >= 1 && value <= max ? value : null;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days of month `month` (1-12) of `year` (0: no year written, so 2月 has 29). */
function daysIn(month: number, year: number): number {
  if (month !== 2 || year === 0) return DAYS[month - 1] as number;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD at `i` (i at the first digit); value null for a day the calendar does not have. */
export function readNumericDate(text: string, i: number): { end: number; value: string | null } | null {
  if (isAsciiDigit(text.charCodeAt(i - 1)) || !isFourDigits(text, i)) return null;
  const sep = text.charCodeAt(i + 4);
  if (sep !== 0x2d && sep !== 0x2f && sep !== 0x2e) return null;
  const month = twoDigits(text, i + 5);
  if (month === null || text.charCodeAt(month.end) !== sep) return null;
  const day = twoDigits(text, month.end + 1);
  if (day === null) return null;
  const year = Number(text.slice(i, i + 4));
  if (year < 1000 || month.value < 1 || month.value > 12 || day.value < 1 || day.value > 31) return null;
  if (day.value > daysIn(month.value, year)) return { end: day.end, value: null };
  return { end: day.end, value: `${text.slice(i, i + 4)}-${pad(month.value)}-${pad(day.value)}` };
}

/**
 * A pair of years at `i` (i at the first digit) with the second written short or in full: a fiscal or
 * school year or a season (2024/25年度, 2024-25财年, 2024/2025学年: the second year follows the first), or
 * a span of years written short (2024-26年) -> "2024/2025", "2024/2026", the word included.
 */
export function readYearPair(text: string, i: number, lex: QuantityLexicon): { end: number; value: string } | null {
  if (isAsciiDigit(text.charCodeAt(i - 1)) || !isFourDigits(text, i)) return null;
  const sep = text.charCodeAt(i + 4);
  if (sep !== 0x2d && sep !== 0x2f) return null;
  const second = twoDigits(text, i + 5) ?? fourDigits(text, i + 5);
  if (second === null) return null;
  const year = Number(text.slice(i, i + 4));
  const short = second.end - (i + 5) === 2;
  if (year < 1000) return null;
  const wordEnd = second.value === (short ? (year + 1) % 100 : year + 1) ? lex.fiscalWords.end(text, second.end) : -1;
  if (wordEnd >= 0) return { end: wordEnd, value: `${year}/${year + 1}` };
  // 2024-26年; 2021-2025年 is a range of numerals, read elsewhere.
  if (!short || sep !== 0x2d || text.charCodeAt(second.end) !== YEAR || second.value <= year % 100) return null;
  return { end: second.end + 1, value: `${year}/${year - (year % 100) + second.value}` };
}

/** Four ASCII digits at `i` and no fifth (asked at every Arabic number: nothing is allocated). */
function isFourDigits(text: string, i: number): boolean {
  for (let k = 0; k < 4; k++) if (!isAsciiDigit(text.charCodeAt(i + k))) return false;
  return !isAsciiDigit(text.charCodeAt(i + 4));
}

/** Four ASCII digits at `i` and no fifth: where they end and their value. */
function fourDigits(text: string, i: number): { end: number; value: number } | null {
  return isFourDigits(text, i) ? { end: i + 4, value: Number(text.slice(i, i + 4)) } : null;
}

function twoDigits(text: string, i: number): { end: number; value: number } | null {
  let k = i;
  while (k < i + 2 && isAsciiDigit(text.charCodeAt(k))) k++;
  if (k === i || isAsciiDigit(text.charCodeAt(k))) return null;
  return { end: k, value: Number(text.slice(i, k)) };
}
