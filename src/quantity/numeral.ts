import { NumeralRole, type QuantityLexicon } from '../lexicon/quantities.js';
import type { Approx } from '../types.js';
import { isAsciiDigit } from './arabic.js';
import { decFromDigits, negate, shift, type Dec } from './decimal.js';
import { isChinesePoint, isLetter, isPointDigit, MAX_NUMERAL, readMagnitudes, skipRun } from './numeral-chars.js';
import { readCore } from './place-value.js';

export { isAsciiDigit, isLetter };

/** A numeral read at some position: Arabic, Chinese place-value, digit-by-digit, or mixed (3.5万). */
export interface Numeral {
  readonly start: number;
  readonly end: number;
  readonly value: Dec;
  /** Range written with two adjacent digits (三四个, 五六万): the upper bound. */
  readonly upper: Dec | null;
  /** Any Chinese numeral character in it. */
  readonly chinese: boolean;
  /** The whole numeral is a plain Arabic integer (no separators, no point): its digits. */
  readonly plainDigits: string | null;
  /** Digit-by-digit reading (二〇二四): its digits. */
  readonly spelled: string | null;
  /** Power of ten of the magnitudes written last (万元 -> 4, 万亿 -> 12), 0 if none. */
  readonly trailingMagnitude: number;
  /** Power of ten of the unit or magnitude the numeral ends with (三千 -> 3, 15万 -> 4), 0 if none. */
  readonly place: number;
  /** 余 多 几 来 between the number and its magnitude or unit. */
  readonly approx: Approx | null;
  /** Characters in the numeral proper (without sign and inner qualifier). */
  readonly length: number;
}

/** What the caller knows about the context of a numeral. */
export interface ScanOptions {
  /** At a 千 百 十 after an Arabic number or magnitude: a unit word (千瓦, 千米) starts there. */
  readonly wantsUnitAt?: (k: number) => boolean;
  /** A qualifier precedes (逾千家, 近万人): a lone 千 or 万 means one thousand, ten thousand. */
  readonly loneOk?: boolean;
  /** The comma at k was written full-width (，), which separates thousands only before . or another group. */
  readonly wideComma?: (k: number) => boolean;
}

const MINUS = 0x2d;
const NEGATIVE_CHAR = 0x8d1f; // 负
const ASCII_ZERO = 0x30;


/** Whether a numeral may start at `i` (not counting a sign). */
export function startsNumeral(text: string, i: number, lex: QuantityLexicon): boolean {
  const c = text.charCodeAt(i);
  if (isAsciiDigit(c)) return true;
  const r = lex.role[c];
  return r === NumeralRole.Digit || r === NumeralRole.Unit;
}

/**
 * Reads the numeral at `i` in one pass. Returns null when there is none, or `{ skip }` with the end
 * of an over-long run, so that the caller moves past it without rescanning it.
 */
export function scanNumeral(text: string, i: number, lex: QuantityLexicon, opts: ScanOptions = {}): Numeral | { skip: number } | null {
  const loneOk = opts.loneOk === true;
  let p = i;
  let negative = false;
  const c0 = text.charCodeAt(p);
  if ((c0 === MINUS || c0 === NEGATIVE_CHAR) && startsNumeral(text, p + 1, lex)) {
    const before = text.charCodeAt(p - 1);
    if (c0 === NEGATIVE_CHAR || !(isAsciiDigit(before) || isLetter(before))) {
      negative = true;
      p++;
    }
  }
  if (!startsNumeral(text, p, lex) && !(loneOk && lex.role[text.charCodeAt(p)] === NumeralRole.Magnitude)) return null;
  const spelled = readSpelled(text, p, lex);
  const core = spelled ?? readCore(text, p, lex, opts, -1);
  if (core === null || 'skip' in core) return core;
  return negative ? { ...core, start: i, value: negate(core.value), spelled: core.spelled === null ? null : `-${core.spelled}` } : core;
}

/** Runs of two or more Chinese digits: 二〇二四 digit by digit, or 三四 as the range 3 to 4. */
function readSpelled(text: string, p: number, lex: QuantityLexicon): Numeral | { skip: number } | null {
  let q = p;
  let zero = false;
  let ascii = false;
  for (; q < text.length && q - p <= MAX_NUMERAL; q++) {
    const c = text.charCodeAt(q);
    // 二00一: a zero typed as the digit 0 inside a run of Chinese digits.
    if (c === ASCII_ZERO && q > p) ascii = zero = true;
    else if (lex.role[c] === NumeralRole.Digit) zero ||= lex.numeralValue[c] === 0;
    else break;
  }
  while (ascii && q > p && text.charCodeAt(q - 1) === ASCII_ZERO) q--;
  const len = q - p;
  if (len > MAX_NUMERAL) return { skip: skipRun(text, q, lex) };
  if (len < 2) return null;
  const d1 = lex.numeralValue[text.charCodeAt(p)] as number;
  const d2 = lex.numeralValue[text.charCodeAt(p + 1)] as number;
  const pointAfter = isChinesePoint(text, q, lex);
  if (len === 2 && !zero && d2 === d1 + 1 && !pointAfter) {
    const upper = readCore(text, p + 1, lex, {}, -1);
    const lower = readCore(text, p + 1, lex, {}, d1);
    if (upper === null || lower === null || 'skip' in upper || 'skip' in lower) return null;
    return { ...upper, start: p, value: lower.value, upper: upper.value, length: upper.length + 1 };
  }
  if (len === 2 && !zero && !pointAfter) return null;
  let digits = '';
  for (let k = p; k < q; k++) digits += text.charCodeAt(k) === ASCII_ZERO ? '0' : String(lex.numeralValue[text.charCodeAt(k)]);
  if (pointAfter) {
    digits += '.';
    q++;
    while (q < text.length && isPointDigit(text, q, lex) && q - p <= MAX_NUMERAL) digits += String(lex.numeralValue[text.charCodeAt(q++)]);
  }
  const magnitude = readMagnitudes(text, q, lex);
  if (magnitude.power > 0) {
    // 二五六亿, 一二〇〇万: digits one by one, then a magnitude that multiplies them all
    return {
      start: p, end: magnitude.end, value: shift(decFromDigits(digits), magnitude.power), upper: null, chinese: true, plainDigits: null,
      spelled: null, trailingMagnitude: magnitude.power, place: magnitude.power, approx: null, length: magnitude.end - p,
    };
  }
  return {
    start: p, end: q, value: decFromDigits(digits), upper: null, chinese: true, plainDigits: null,
    spelled: digits, trailingMagnitude: 0, place: 0, approx: null, length: q - p,
  };
}
