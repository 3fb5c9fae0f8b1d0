import { NumeralRole, type QuantityLexicon } from '../lexicon/quantities.js';
import type { Approx } from '../types.js';
import { isAsciiDigit, readArabic } from './arabic.js';

export { isAsciiDigit };
import { add, dec, decFromDigits, isZero, negate, shift, ZERO, type Dec } from './decimal.js';

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

const NEVER = (): boolean => false;

/** Longest Arabic or Chinese numeral run accepted; a longer run is skipped as a whole. */
export const MAX_NUMERAL = 120;

const POINT_CHAR = 0x70b9; // 点
const MINUS = 0x2d;
const NEGATIVE_CHAR = 0x8d1f; // 负
const ZHAO = 0x5146; // 兆
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
  const pointAfter = text.charCodeAt(q) === POINT_CHAR && isPointDigit(text, q + 1, lex);
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

/** 万, 亿, 万亿 (兆 only where it is a magnitude) at `q`: their power of ten and where they end. */
function readMagnitudes(text: string, q: number, lex: QuantityLexicon): { power: number; end: number } {
  let power = 0;
  let k = q;
  for (; k < text.length && k - q < 4; k++) {
    const c = text.charCodeAt(k);
    if (lex.role[c] !== NumeralRole.Magnitude || (c === ZHAO && !zhaoIsMagnitude(text, k + 1, lex))) break;
    power += lex.numeralValue[c] as number;
  }
  return { power, end: k };
}

function skipRun(text: string, q: number, lex: QuantityLexicon): number {
  while (isNumeralAt(text, q, lex)) q++;
  return q;
}

type Last = 'none' | 'arabic' | 'digit' | 'unit' | 'magnitude' | 'zero' | 'fraction';

/**
 * Place-value reading (十三万九千二百六十, 5亿1万4千6百, 2.3万亿, 一万三). `firstDigit` >= 0 replaces
 * the value of the first digit (used for the lower bound of 五六万).
 */
function readCore(text: string, p: number, lex: QuantityLexicon, opts: ScanOptions, firstDigit: number): Numeral | { skip: number } | null {
  const wantsUnitAt = opts.wantsUnitAt ?? NEVER;
  const loneOk = opts.loneOk === true;
  const n = text.length;
  let total = ZERO;
  let section = ZERO;
  let cur: Dec | null = null;
  let curChinese = false;
  let highMagnitude = 0;
  let sectionUnit = 99;
  let lastPow = -1;
  let trailing = 0;
  let last: Last = 'none';
  let chinese = false;
  let plain = true;
  let atoms = 0;
  let approx: Approx | null = null;
  let approxEnd = -1;
  let approxStart = -1;
  let zeroed = false;
  let fractional = false;
  let q = p;
  while (q < n) {
    if (q - p > MAX_NUMERAL) return { skip: skipRun(text, q, lex) };
    const c = text.charCodeAt(q);
    if (isAsciiDigit(c)) {
      if (cur !== null || last === 'fraction') break;
      const r = readArabic(text, q, opts.wideComma ?? NEVER);
      if (r.end - q > MAX_NUMERAL) return { skip: skipRun(text, r.end, lex) };
      if (r.separated) plain = false;
      cur = decFromDigits(r.digits);
      if (cur.s > 0) fractional = true;
      curChinese = false;
      q = r.end;
      last = 'arabic';
      atoms++;
      continue;
    }
    const role = lex.role[c];
    const v = lex.numeralValue[c] as number;
    if (role === NumeralRole.Digit) {
      if (v === 0 && atoms > 0 && (last === 'unit' || last === 'magnitude' || last === 'zero')) {
        last = 'zero';
        zeroed = true;
        q++;
        continue;
      }
      if (cur !== null || last === 'fraction') break;
      cur = dec(atoms === 0 && firstDigit >= 0 ? firstDigit : v);
      curChinese = true;
      chinese = true;
      q++;
      last = 'digit';
      atoms++;
      continue;
    }
    if (role === NumeralRole.Unit) {
      if ((last === 'arabic' || last === 'magnitude') && wantsUnitAt(q)) break;
      if (cur === null && !(atoms === 0 || last === 'zero' || last === 'magnitude' || (last === 'unit' && v === 1))) break;
      if (cur === null && atoms === 0 && v > 1 && !loneOk && !isNumeralAt(text, q + 1, lex)) break;
      if (v >= sectionUnit || last === 'fraction') break;
      section = add(section, shift(cur ?? dec(1), v));
      cur = null;
      zeroed = false;
      sectionUnit = v;
      lastPow = v;
      chinese = true;
      q++;
      last = 'unit';
      atoms++;
      continue;
    }
    if (role === NumeralRole.Magnitude) {
      if ((atoms === 0 && !loneOk) || last === 'zero') break;
      if (atoms === 0) {
        cur = dec(1);
        atoms++;
      }
      if (c === ZHAO && !zhaoIsMagnitude(text, q + 1, lex)) break;
      const x = add(section, cur ?? ZERO);
      if (isZero(x)) {
        if (last !== 'magnitude') break;
        total = shift(total, v);
        highMagnitude += v;
        trailing += v;
      } else if (v > highMagnitude) {
        total = shift(add(total, x), v);
        highMagnitude = v;
        trailing = v;
      } else {
        total = add(total, shift(x, v));
        trailing = v;
      }
      section = ZERO;
      cur = null;
      zeroed = false;
      sectionUnit = 99;
      lastPow = v;
      chinese = true;
      q++;
      last = 'magnitude';
      if (fractional && (isAsciiDigit(text.charCodeAt(q)) || lex.role[text.charCodeAt(q)] === NumeralRole.Digit || lex.role[text.charCodeAt(q)] === NumeralRole.Unit)) break;
      continue;
    }
    if (c === POINT_CHAR && last !== 'fraction' && last !== 'none' && isPointDigit(text, q + 1, lex)) {
      let k = q + 1;
      let digits = '0.';
      while (k < n && isPointDigit(text, k, lex) && k - q <= MAX_NUMERAL) digits += String(lex.numeralValue[text.charCodeAt(k++)]);
      if (k - q > MAX_NUMERAL) return { skip: skipRun(text, k, lex) };
      if (cur !== null && curChinese && last === 'digit' && lastPow >= 1 && !zeroed) cur = shift(cur, lastPow - 1);
      cur = add(cur ?? ZERO, decFromDigits(digits));
      fractional = true;
      curChinese = false;
      q = k;
      last = 'fraction';
      chinese = true;
      continue;
    }
    if (approx === null && atoms > 0 && (last === 'unit' || last === 'arabic' || last === 'magnitude' || last === 'zero')) {
      const inner = lex.qualifiersInside.match(text, q);
      if (inner !== null && (lex.role[text.charCodeAt(inner.at)] === NumeralRole.Magnitude || !isNumeralAt(text, inner.at, lex))) {
        approx = inner.value;
        approxStart = q;
        approxEnd = inner.at;
        q = inner.at;
        if (last === 'zero') last = 'unit';
        if (lex.role[text.charCodeAt(q)] === NumeralRole.Magnitude) continue;
        break;
      }
    }
    break;
  }
  if (atoms === 0) return null;
  if (cur !== null && curChinese && last === 'digit' && lastPow >= 1 && !zeroed) cur = shift(cur, lastPow - 1);
  const value = add(add(total, section), cur ?? ZERO);
  const end = q;
  return {
    start: p, end, value, upper: null, chinese,
    plainDigits: !chinese && plain && last === 'arabic' && atoms === 1 ? text.slice(p, end) : null,
    spelled: null, trailingMagnitude: last === 'magnitude' ? trailing : 0,
    place: last === 'magnitude' ? trailing : last === 'unit' ? lastPow : 0,
    approx, length: (approxEnd > 0 ? approxStart : end) - p,
  };
}

function isPointDigit(text: string, i: number, lex: QuantityLexicon): boolean {
  const c = text.charCodeAt(i);
  return lex.role[c] === NumeralRole.Digit && c !== 0x4e24; // 两 is not read after 点
}

function isNumeralAt(text: string, i: number, lex: QuantityLexicon): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return isAsciiDigit(c) || lex.role[c] !== NumeralRole.None;
}

/** 兆 is 10^12 before money or more numerals (1.7兆元, 五兆六十二亿), otherwise the SI prefix. */
function zhaoIsMagnitude(text: string, i: number, lex: QuantityLexicon): boolean {
  if (isNumeralAt(text, i, lex)) return true;
  const suffix = lex.suffixes.match(text, i);
  return suffix !== null && suffix.value.kind === 'money';
}

export function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
