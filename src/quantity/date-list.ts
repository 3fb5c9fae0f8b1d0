import { NumeralRole, type QuantityLexicon } from '../lexicon/quantities.js';
import type { Draft } from './draft.js';
import { isQuarterSpan, monthSpan, quarterSpan } from './period.js';
import { LIST_MARK } from './numeral-chars.js';

const ORDINAL_MARK = 0x7b2c; // 第: 第一、二季度 is left as written

/**
 * 一、二季度, 3、4月, 一、二、三季度: numbers listed before a month or a quarter share its word. The
 * date then covers the whole list ("--01/--06", "--03/--04"), as long as the numbers follow each
 * other (一、三季度 stays the third quarter). Bare numbers inside the list are dropped.
 */
export function joinDateLists(text: string, drafts: Draft[], lex: QuantityLexicon): Draft[] {
  const lists: Draft[] = [];
  for (const d of drafts) {
    if (d.kind !== 'date' || typeof d.value !== 'string' || text.charCodeAt(d.start - 1) !== LIST_MARK) continue;
    const quarter = isQuarterSpan(d.value) && d.value.charCodeAt(0) === 0x2d;
    const month = d.value.length === 4 && d.value.startsWith('--');
    if (!quarter && !month) continue;
    const last = quarter ? (Number(d.value.slice(2, 4)) + 2) / 3 : Number(d.value.slice(2));
    let first = last;
    let start = d.start;
    while (text.charCodeAt(start - 1) === LIST_MARK) {
      const item = numberBefore(text, start - 1, lex);
      if (item === null || item.value !== first - 1) break;
      first = item.value;
      start = item.start;
    }
    if (first === last) continue;
    d.value = quarter ? `${quarterSpan(first).slice(0, 4)}/${quarterSpan(last).slice(5)}` : monthSpan(first, last);
    d.start = start;
    lists.push(d);
  }
  if (lists.length === 0) return drafts;
  // The numbers of a list are part of its date now (drafts and lists are in text order).
  let k = 0;
  return drafts.filter((n) => {
    while (k < lists.length && (lists[k] as Draft).end <= n.start) k++;
    const list = lists[k];
    return list === undefined || list === n || n.end <= list.start || n.start < list.start;
  });
}

/** The number (one Chinese digit, or one or two Arabic digits) that ends at `end`, standing alone. */
function numberBefore(text: string, end: number, lex: QuantityLexicon): { start: number; value: number } | null {
  const c = text.charCodeAt(end - 1);
  if (lex.role[c] === NumeralRole.Digit && !(c >= 0x30 && c <= 0x39)) {
    return isNumeralChar(text.charCodeAt(end - 2), lex) ? null : { start: end - 1, value: lex.numeralValue[c] as number };
  }
  let start = end;
  while (start > end - 2 && isAsciiDigit(text.charCodeAt(start - 1))) start--;
  if (start === end || isNumeralChar(text.charCodeAt(start - 1), lex)) return null;
  return { start, value: Number(text.slice(start, end)) };
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isNumeralChar(c: number, lex: QuantityLexicon): boolean {
  return isAsciiDigit(c) || c === ORDINAL_MARK || (lex.role[c] ?? NumeralRole.None) !== NumeralRole.None || c === 0x2e;
}
