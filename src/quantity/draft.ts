import type { QuantityLexicon } from '../lexicon/quantities.js';
import type { Approx, QuantityKind } from '../types.js';
import { add, dec, decFromDigits, scale, toNumber, type Dec } from './decimal.js';
import { readDate } from './date.js';
import { scanNumeral, type Numeral } from './numeral.js';
import { isNumeralAt, isPointDigit } from './numeral-chars.js';
import { readCountedPeriod } from './period.js';
import { matchSuffix, type Boundaries } from './suffix.js';
import { newDraft } from './new-draft.js';
import { joinRange } from './range.js';

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

/**
 * 三成五, 六成二: after a tenth (成, factor 10) of one Chinese digit, a lone Chinese digit 1-9 (not 两) that no
 * numeral, unit or classifier follows is the next place (35 %, 62 %); 0 when there is none.
 */
function hundredths(text: string, num: Numeral, at: number, lex: QuantityLexicon): number {
  const c = text.charCodeAt(at);
  if (!num.chinese || num.length !== 1 || !isPointDigit(text, at, lex)) return 0;
  if (isNumeralAt(text, at + 1, lex) || lex.suffixes.find(text, at + 1) !== 0) return 0;
  const v = lex.numeralValue[c] as number;
  return v >= 1 && v <= 9 ? v : 0;
}

/**
 * The quantity a numeral heads: a date, or the number with its unit, rate, range partner and trailing
 * qualifier. `periodRead`: the caller has already found that the numeral counts no period
 * (readCountedPeriod gave null), so it is not asked again.
 */
export function completeNumeral(text: string, num: Numeral, lex: QuantityLexicon, words: Boundaries, withRange = true, periodRead = false): Draft {
  const date = readDate(text, num, lex, words);
  if (date !== null) {
    const d = newDraft(date.start, date.end, 'date', date.value ?? '', null, num, 0, date.end);
    if (date.value === null) d.none = true;
    return d;
  }
  const period = periodRead ? null : readCountedPeriod(text, num, lex, words);
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
      const per = lex.perSlash.find(text, suffix.end + 1);
      if (per !== 0) {
        draft.per = lex.perSlash.valueOf(per);
        draft.end = lex.perSlash.endOf(per, suffix.end + 1);
      }
    }
  }
  if (num.upper !== null) draft.upper = suffix === null ? num.upper : scale(num.upper, suffix.entry.factor);
  if (num.approx !== null) draft.approx = num.approx;
  if (withRange && draft.upper === undefined) joinRange(text, draft, lex, words, completeNumeral);
  return takeTrailingQualifier(text, draft, lex);
}

/** 左右, 以上, 以内 after the amount (三分之一左右, 3600左右) join it and give its `approx`, unless it has one. */
export function takeTrailingQualifier(text: string, draft: Draft, lex: QuantityLexicon): Draft {
  const after = lex.qualifiersAfter.find(text, draft.end);
  if (after !== 0) {
    draft.approx ??= lex.qualifiersAfter.valueOf(after);
    draft.end = lex.qualifiersAfter.endOf(after, draft.end);
  }
  return draft;
}

/** 三分之一, 四分之三: a ratio, read as the number it is (0.25 for 四分之一), rounded to 15 decimals. */
function readFraction(text: string, den: Numeral, lex: QuantityLexicon): Draft | null {
  if (den.upper !== null || den.approx !== null) return null;
  const mark = lex.fractions.end(text, den.end);
  if (mark < 0) return null;
  const nume = scanNumeral(text, mark, lex);
  if (nume === null || 'skip' in nume || nume.start !== mark || nume.upper !== null) return null;
  const d = toNumber(den.value).value;
  const v = toNumber(nume.value).value / d;
  if (d === 0 || !Number.isFinite(v) || Math.abs(v) >= 1e21) return null;
  return newDraft(den.start, nume.end, 'number', decFromDigits(v.toFixed(15)), null, den, 0, nume.end);
}
