import { NumeralRole, type QuantityLexicon } from '../lexicon/quantities.js';
import { compare, dec, scale, shift, type Dec } from './decimal.js';
import type { Draft } from './draft.js';
import { isAsciiDigit, scanNumeral, type Numeral } from './numeral.js';
import { isQuarterSpan, quarterSpan } from './period.js';
import { isHan, wantsUnit, type Boundaries } from './suffix.js';
import { LIST_MARK } from './numeral-chars.js';

/** Ranges of amounts and dates: the partner after a range mark, and the lower bound it completes. */

const DASH = 0x2014; // —

/** How the caller reads the quantity a numeral heads (draft.ts completeNumeral), passed in to keep the modules acyclic. */
export type CompleteNumeral = (text: string, num: Numeral, lex: QuantityLexicon, words: Boundaries, withRange: boolean) => Draft;

/** 3%到4%, 50万至100万元, 5至8亿元, 3至5余万元: the second number gives the unit (and the magnitude, and its qualifier) to the first. */
export function joinRange(text: string, a: Draft, lex: QuantityLexicon, words: Boundaries, complete: CompleteNumeral): void {
  const c = text.charCodeAt(a.end);
  if (c === LIST_MARK) {
    joinListRange(text, a, lex, words, complete);
    return;
  }
  if (!lex.marks.range.has(c)) return;
  const from = c === DASH && text.charCodeAt(a.end + 1) === DASH ? a.end + 2 : a.end + 1;
  const b0 = scanNumeral(text, from, lex, { wantsUnitAt: (k) => wantsUnit(text, k, lex) });
  if (b0 === null || 'skip' in b0 || b0.upper !== null) return;
  const b = complete(text, b0, lex, words, false);
  if (b.none === true) return;
  if (b.kind === 'date') {
    if (a.kind === 'number' && typeof b.value === 'string') joinDates(a, b.value);
    return;
  }
  if (typeof b.value === 'string' || typeof a.value === 'string') return;
  let lower = a.value;
  if (a.kind === 'number') {
    if (b.kind === 'number') return;
    const suffix = lex.suffixes.find(text, b.numeral.end);
    const factor = suffix === 0 ? 1 : lex.suffixes.valueOf(suffix).factor;
    const by = lowerPlace(text, a, b, lex);
    const shared = scale(by > 0 ? shift(lower, by) : lower, factor);
    // 从8500到3万: a lower bound with more digits than the upper one's leading part is read as written
    lower = compare(shared, b.value) < 0 || integerDigits(lower) <= integerDigits(b.value) - by ? shared : scale(lower, factor);
  } else if (a.kind !== b.kind || a.unit !== b.unit || a.end !== a.unitEnd) {
    return;
  }
  if (compare(lower, b.value) >= 0) return;
  takeUpper(a, b, lower);
}

/** Makes `a` the range from `lower` to the upper bound `b`, with b's unit, rate, currency and qualifier. */
function takeUpper(a: Draft, b: Draft, lower: Dec): void {
  a.value = lower;
  a.upper = b.value as Dec;
  a.kind = b.kind;
  a.unit = b.unit;
  if (b.per !== undefined) a.per = b.per;
  // 台中市补助3至5万元: a plain 元 of the upper bound is the text's own currency for the whole range.
  if (b.local === true) a.local = true;
  a.end = b.end;
  // 3至5余万元, 50至60多家: the upper bound's 余 or 多 qualifies the range.
  if (b.approx !== undefined) a.approx ??= b.approx;
}

/**
 * 3、400万元, 七、八十人: one digit listed before the round number of the next digit is the lower bound of
 * a range in that number's place (300万 to 400万, 70 to 80). Not after a mark (1、200万元 numbers an
 * item), nor before a number of the same place (3、4个百分点 is a list).
 */
function joinListRange(text: string, a: Draft, lex: QuantityLexicon, words: Boundaries, complete: CompleteNumeral): void {
  const v = a.numeral.value;
  if (a.kind !== 'number' || a.numeral.length !== 1 || v.s !== 0 || !isHan(text.charCodeAt(a.start - 1))) return;
  const d = Number(v.m);
  if (d < 1 || d > 8) return;
  const b0 = scanNumeral(text, a.end + 1, lex, { wantsUnitAt: (k) => wantsUnit(text, k, lex) });
  if (b0 === null || 'skip' in b0 || b0.upper !== null || isAsciiDigit(text.charCodeAt(b0.start)) !== isAsciiDigit(text.charCodeAt(a.start))) return;
  const b = complete(text, b0, lex, words, false);
  if (b.none === true || b.kind === 'number' || b.kind === 'date' || b.kind === 'ordinal' || typeof b.value === 'string') return;
  const digits = String(b.value.m);
  const zeros = digits.length - 1;
  if (zeros - b.value.s < 1 || digits !== String(d + 1) + '0'.repeat(zeros)) return;
  takeUpper(a, b, dec(shift(dec(d), zeros).m, b.value.s));
}

/**
 * The power of ten a bare lower bound takes from the upper one, which writes it once: 两到三千万 (the
 * place of the 3 of 三千万, 7), 3到15万 (the magnitude, 4), 两到三千 (the place, 3). When the lower bound
 * is then not below the upper one, the range was written backwards (8至5亿元) and is no range, unless
 * the lower bound has more digits than the upper one's leading part (从8500到3万: 8500 as written).
 */
function lowerPlace(text: string, a: Draft, b: Draft, lex: QuantityLexicon): number {
  if (a.magnitude !== 0) return 0;
  const lead = leadingPlace(text, b.numeral, lex);
  const v = a.numeral.value;
  if (lead > 0 && a.numeral.length === 1 && v.s === 0 && v.m > 0n && v.m < 10n) return lead;
  return b.magnitude;
}

function integerDigits(v: Dec): number {
  const m = v.m < 0n ? -v.m : v.m;
  return Math.max(1, m.toString().length - v.s);
}

/**
 * 三千万 -> 7, 5亿 -> 8, 九百亿 -> 10: the place of a round numeral written as one digit and its place
 * words; -1 otherwise (十年, 八十四, 15万).
 */
function leadingPlace(text: string, num: Numeral, lex: QuantityLexicon): number {
  const c = text.charCodeAt(num.start);
  const first = lex.role[c] === NumeralRole.Digit || (c >= 0x30 && c <= 0x39);
  const r = lex.role[text.charCodeAt(num.start + 1)];
  if (!first || (r !== NumeralRole.Unit && r !== NumeralRole.Magnitude) || num.value.s !== 0 || num.value.m <= 0n) return -1;
  const digits = num.value.m.toString();
  for (let k = 1; k < digits.length; k++) if (digits.charCodeAt(k) !== 0x30) return -1;
  return digits.length - 1;
}

/**
 * 2021-2025年, 1-8月, 一至十月, 一至三季度: the first number of a date range is a date of the same form
 * (the periods pass then joins the two into one span).
 */
function joinDates(a: Draft, b: string): void {
  const num = a.numeral;
  if (num.approx !== null || num.upper !== null || typeof a.value === 'string' || a.value.s !== 0) return;
  const v = Number(a.value.m);
  const digits = num.plainDigits ?? num.spelled;
  if (isMonth(b)) {
    if (num.spelled !== null || v < 1 || v > 12) return;
    a.kind = 'date';
    a.value = `--${String(v).padStart(2, '0')}`;
  } else if (b.length === 4) {
    if (digits === null || digits.length !== 4) return;
    a.kind = 'date';
    a.value = digits;
  } else if (num.spelled === null && isQuarterSpan(b) && v >= 1 && v <= 4) {
    a.kind = 'date';
    a.value = quarterSpan(v);
  }
}

/** "--MM" */
function isMonth(b: string): boolean {
  return b.length === 4 && b.charCodeAt(0) === 0x2d && b.charCodeAt(1) === 0x2d;
}

