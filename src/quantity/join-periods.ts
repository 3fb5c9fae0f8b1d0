import type { QuantityLexicon } from '../lexicon/quantities.js';
import type { Draft } from './draft.js';

const DASH = 0x2014; // —

/**
 * Date drafts that together name one stretch of time become one period: a year and the yearless
 * date or period written right after it (2024年 + 前三季度 -> "2024-01/2024-09"; 今年 + 10月), then two
 * dates joined by a range mark (1至10月 -> "--01/--10", 2021年至2025年 -> "2021/2025"). The end takes
 * the year (and month) of the start when it does not write its own; a range that runs backwards or
 * joins dates of different precision stays two dates.
 */
export function joinPeriods(text: string, drafts: Draft[], lex: QuantityLexicon): Draft[] {
  let dates = 0;
  for (const d of drafts) if (d.kind === 'date') dates++;
  if (dates < 2) return drafts;
  return joinRanges(text, joinYears(drafts), lex);
}

function joinYears(drafts: Draft[]): Draft[] {
  return joinAdjacent(drafts, (a, d) =>
    d.start === a.end && typeof a.value === 'string' && typeof d.value === 'string' ? withYear(a.value, d.value) : null,
  );
}

/** Each date draft that `join` merges with the date before it extends that one; the rest stay. */
function joinAdjacent(drafts: Draft[], join: (a: Draft, d: Draft) => string | null): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const a = out[out.length - 1];
    const joined = a !== undefined && a.kind === 'date' && d.kind === 'date' ? join(a, d) : null;
    if (a !== undefined && joined !== null) {
      a.value = joined;
      a.end = d.end;
      continue;
    }
    out.push(d);
  }
  return out;
}

/** "2024" and "--01/--09" -> "2024-01/2024-09"; null unless `year` is a year alone and `date` has none. */
function withYear(year: string, date: string): string | null {
  if (year.length !== 4 || date.charCodeAt(0) !== 0x2d || date.charCodeAt(2) === 0x2d) return null;
  const slash = date.indexOf('/');
  if (slash < 0) return `${year}-${date.slice(2)}`;
  if (date.charCodeAt(slash + 3) === 0x2d) return null;
  return `${year}-${date.slice(2, slash)}/${year}-${date.slice(slash + 3)}`;
}

function joinRanges(text: string, drafts: Draft[], lex: QuantityLexicon): Draft[] {
  return joinAdjacent(drafts, (a, d) => (isRangeMark(text, a.end, d.start, lex) ? span(a.value as string, d.value as string) : null));
}

function isRangeMark(text: string, from: number, to: number, lex: QuantityLexicon): boolean {
  if (to - from === 1) return lex.marks.range.has(text.charCodeAt(from));
  return to - from === 2 && text.charCodeAt(from) === DASH && text.charCodeAt(from + 1) === DASH;
}

/** "--01" and "--10" -> "--01/--10"; "2024-01" and "--10" -> "2024-01/2024-10"; null when they do not make a span. */
function span(a: string, b: string): string | null {
  const slashA = a.indexOf('/');
  const slashB = b.indexOf('/');
  const aStart = slashA < 0 ? a : a.slice(0, slashA);
  const aEnd = slashA < 0 ? a : a.slice(slashA + 1);
  const bStart = inherit(aStart, slashB < 0 ? b : b.slice(0, slashB));
  const bEnd = inherit(aStart, slashB < 0 ? b : b.slice(slashB + 1));
  if (bStart === null || bEnd === null) return null;
  if (shape(aStart) !== shape(bEnd) || shape(aEnd) !== shape(bStart)) return null;
  if (!(aStart < bEnd) || !(aEnd < bStart)) return null;
  return `${aStart}/${bEnd}`;
}

/** The end of a span written without the year (--10) or month (---15) takes them from the start. */
function inherit(start: string, end: string): string | null {
  if (end.charCodeAt(0) !== 0x2d) return end;
  if (end.charCodeAt(2) !== 0x2d) return start.charCodeAt(0) === 0x2d ? end : `${start.slice(0, 4)}-${end.slice(2)}`;
  const dayForm = start.length === 10 || (start.length === 7 && start.charCodeAt(0) === 0x2d);
  return dayForm ? `${start.slice(0, -2)}${end.slice(3)}` : null;
}

/** Digits replaced by 9: "2024-01" -> "9999-99", so that two ends can be compared as strings. */
function shape(point: string): string {
  let s = '';
  for (let k = 0; k < point.length; k++) s += point.charCodeAt(k) === 0x2d ? '-' : '9';
  return s;
}
