import { NumeralRole, type QuantityLexicon } from '../lexicon/quantities.js';
import type { Approx, QuantityKind } from '../types.js';
import { add, compare, dec, decFromDigits, mul, mulInt, shift, toNumber, type Dec } from './decimal.js';
import { readDate } from './date.js';
import { scanNumeral, type Numeral } from './numeral.js';
import { isNumeralAt, isPointDigit } from './numeral-chars.js';
import { isQuarterSpan, quarterSpan, readCountedPeriod } from './period.js';
import { matchSuffix, wantsUnit, type Boundaries } from './suffix.js';
import { newDraft } from './new-draft.js';

/** A quantity being built, value still exact, in normalized offsets. */
export interface Draft {
  start: number;
  end: number;
  kind: QuantityKind;
  value: Dec | string;
  unit: string | null;
  per?: string;
  upper?: Dec;
  approx?: Approx;
  /** The numeral the quantity is built on (for the guards and the list rule). */
  readonly numeral: Numeral;
  /** Magnitude written after the number (50万元), which a bare partner of a range or list lacks. */
  readonly magnitude: number;
  /** Ends where the unit (or number) ends, before a range partner or qualifier. */
  readonly unitEnd: number;
  /** The currency is the local 元 (see SuffixEntry.local). */
  local?: boolean;
  /** Followed by a word that makes it no quantity (4时, 90年代), or a date the calendar does not have. */
  none?: boolean;
}

const SLASH = 0x2f;
const DASH = 0x2014; // —

/**
 * 三成五, 六成二: after a tenth (成, factor 10) of one Chinese digit, a lone Chinese digit 1-9 (not 两) that no
 * numeral, unit or classifier follows is the next place (35 %, 62 %); 0 when there is none.
 */
function hundredths(text: string, num: Numeral, at: number, lex: QuantityLexicon): number {
  const c = text.charCodeAt(at);
  if (!num.chinese || num.length !== 1 || !isPointDigit(text, at, lex)) return 0;
  if (isNumeralAt(text, at + 1, lex) || lex.suffixes.match(text, at + 1) !== null) return 0;
  const v = lex.numeralValue[c] as number;
  return v >= 1 && v <= 9 ? v : 0;
}

/** Scales a value by a factor from the lexicon (1, 10 for 成, 0.01 for 万分之) exactly. */
export function scale(value: Dec, factor: number): Dec {
  if (factor === 1) return value;
  if (Number.isInteger(factor)) return mulInt(value, factor);
  return mul(value, decFromDigits(String(factor)));
}

/** The quantity a numeral heads: a date, or the number with its unit, rate, range partner and trailing qualifier. */
export function completeNumeral(text: string, num: Numeral, lex: QuantityLexicon, words: Boundaries, withRange = true): Draft {
  const date = readDate(text, num, lex, words);
  if (date !== null) {
    const d = newDraft(date.start, date.end, 'date', date.value ?? '', null, num, 0, date.end);
    if (date.value === null) d.none = true;
    return d;
  }
  const period = readCountedPeriod(text, num, lex, words);
  if (period !== null) return period;
  const fraction = readFraction(text, num, lex);
  if (fraction !== null) return takeTrailingQualifier(text, fraction, lex);
  const suffix = matchSuffix(text, num.end, num, lex, words);
  let draft: Draft;
  if (suffix === null) {
    const adjective = lex.marks.adjective.has(text.charCodeAt(num.end)) && num.length <= 2 && num.value.s === 0 && words.endsAt(num.end + 1);
    const end = adjective ? num.end + 1 : num.end;
    draft = newDraft(num.start, end, 'number', num.value, null, num, num.trailingMagnitude, end);
  } else {
    const { entry } = suffix;
    const none = entry.kind === 'none';
    draft = newDraft(num.start, suffix.end, none ? 'number' : entry.kind, scale(num.value, entry.factor), none ? null : entry.unit, num, num.trailingMagnitude, suffix.end);
    if (none) draft.none = true;
    if (entry.local === true) draft.local = true;
    const next = entry.kind === 'percent' && entry.factor === 10 ? hundredths(text, num, suffix.end, lex) : 0;
    if (next !== 0) {
      draft.value = add(draft.value as Dec, dec(next));
      draft.end = suffix.end + 1;
    }
    if (text.charCodeAt(suffix.end) === SLASH && entry.kind !== 'percent' && entry.kind !== 'pp') {
      const per = lex.perSlash.match(text, suffix.end + 1);
      if (per !== null) {
        draft.per = per.value;
        draft.end = per.at;
      }
    }
  }
  if (num.upper !== null) draft.upper = suffix === null ? num.upper : scale(num.upper, suffix.entry.factor);
  if (num.approx !== null) draft.approx = num.approx;
  if (withRange && draft.upper === undefined) joinRange(text, draft, lex, words);
  return takeTrailingQualifier(text, draft, lex);
}

/** 左右, 以上, 以内 after the amount (三分之一左右, 3600左右) join it and give its `approx`, unless it has one. */
export function takeTrailingQualifier(text: string, draft: Draft, lex: QuantityLexicon): Draft {
  const after = lex.qualifiersAfter.match(text, draft.end);
  if (after !== null) {
    draft.approx ??= after.value;
    draft.end = after.at;
  }
  return draft;
}

/** 3%到4%, 50万至100万元, 5至8亿元: the second number gives the unit (and the magnitude) to the first. */
function joinRange(text: string, a: Draft, lex: QuantityLexicon, words: Boundaries): void {
  const c = text.charCodeAt(a.end);
  if (!lex.marks.range.has(c)) return;
  const from = c === DASH && text.charCodeAt(a.end + 1) === DASH ? a.end + 2 : a.end + 1;
  const b0 = scanNumeral(text, from, lex, { wantsUnitAt: (k) => wantsUnit(text, k, lex) });
  if (b0 === null || 'skip' in b0 || b0.approx !== null || b0.upper !== null) return;
  const b = completeNumeral(text, b0, lex, words, false);
  if (b.none === true) return;
  if (b.kind === 'date') {
    if (a.kind === 'number' && typeof b.value === 'string') joinDates(a, b.value);
    return;
  }
  if (typeof b.value === 'string' || typeof a.value === 'string') return;
  let lower = a.value;
  if (a.kind === 'number') {
    if (b.kind === 'number') return;
    const factor = lex.suffixes.match(text, b.numeral.end)?.value.factor ?? 1;
    const by = lowerPlace(text, a, b, lex);
    const shared = scale(by > 0 ? shift(lower, by) : lower, factor);
    // 从8500到3万: a lower bound with more digits than the upper one's leading part is read as written
    lower = compare(shared, b.value) < 0 || integerDigits(lower) <= integerDigits(b.value) - by ? shared : scale(lower, factor);
  } else if (a.kind !== b.kind || a.unit !== b.unit || a.end !== a.unitEnd) {
    return;
  }
  if (compare(lower, b.value) >= 0) return;
  a.value = lower;
  a.upper = b.value;
  a.kind = b.kind;
  a.unit = b.unit;
  if (b.per !== undefined) a.per = b.per;
  a.end = b.end;
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

/** 三分之一, 四分之三: a ratio, read as the number it is (0.25 for 四分之一), rounded to 15 decimals. */
function readFraction(text: string, den: Numeral, lex: QuantityLexicon): Draft | null {
  if (den.upper !== null || den.approx !== null) return null;
  const mark = lex.fractions.match(text, den.end);
  if (mark === null) return null;
  const nume = scanNumeral(text, mark.at, lex);
  if (nume === null || 'skip' in nume || nume.start !== mark.at || nume.upper !== null) return null;
  const d = toNumber(den.value).value;
  const v = toNumber(nume.value).value / d;
  if (d === 0 || !Number.isFinite(v) || Math.abs(v) >= 1e21) return null;
  return newDraft(den.start, nume.end, 'number', decFromDigits(v.toFixed(15)), null, den, 0, nume.end);
}
