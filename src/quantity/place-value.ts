import { NumeralRole, type QuantityLexicon } from '../lexicon/quantities.js';
import type { Approx } from '../types.js';
import { digitsEnd, isAsciiDigit, pointAfter, readArabic } from './arabic.js';
import { add, dec, decFromDigits, decFromText, isZero, shift, ZERO, type Dec } from './decimal.js';
import { isChinesePoint, isNumeralAt, isPointDigit, MAX_NUMERAL, skipRun, ZHAO, zhaoIsMagnitude } from './numeral-chars.js';
import type { Numeral, ScanOptions } from './numeral.js';

const NEVER = (): boolean => false;

type Last = 'none' | 'arabic' | 'digit' | 'unit' | 'magnitude' | 'zero' | 'fraction';

/**
 * Place-value reading (十三万九千二百六十, 5亿1万4千6百, 2.3万亿, 一万三). `firstDigit` >= 0 replaces
 * the value of the first digit (used for the lower bound of 五六万).
 */
export function readCore(text: string, p: number, lex: QuantityLexicon, opts: ScanOptions, firstDigit: number): Numeral | { skip: number } | null {
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
      // No thousands group (the common case): the value is read straight from the text.
      const intEnd = digitsEnd(text, q);
      const point = pointAfter(text, intEnd);
      const end = point === -2 ? -1 : point < 0 ? intEnd : digitsEnd(text, point + 1);
      if (end >= 0 && end - q <= MAX_NUMERAL) {
        cur = decFromText(text, q, point, end);
        if (point >= 0) {
          plain = false;
          fractional = true;
        }
        q = end;
      } else {
        const r = readArabic(text, q, opts.wideComma ?? NEVER);
        if (r.end - q > MAX_NUMERAL) return { skip: skipRun(text, r.end, lex) };
        if (r.separated) plain = false;
        cur = decFromDigits(r.digits);
        if (cur.s > 0) fractional = true;
        q = r.end;
      }
      curChinese = false;
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
    if (last !== 'fraction' && last !== 'none' && isChinesePoint(text, q, lex)) {
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
      const inner = lex.qualifiersInside.find(text, q);
      const innerEnd = inner === 0 ? -1 : lex.qualifiersInside.endOf(inner, q);
      if (inner !== 0 && (lex.role[text.charCodeAt(innerEnd)] === NumeralRole.Magnitude || !isNumeralAt(text, innerEnd, lex))) {
        approx = lex.qualifiersInside.valueOf(inner);
        approxStart = q;
        approxEnd = innerEnd;
        q = innerEnd;
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
