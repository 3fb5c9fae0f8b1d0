import { NumeralRole, type QuantityLexicon } from '../lexicon/quantities.js';
import { isAsciiDigit } from './arabic.js';

/** Character tests and short runs shared by the numeral readers (numeral.ts, place-value.ts). */

/** Longest Arabic or Chinese numeral run accepted; a longer run is skipped as a whole. */
export const MAX_NUMERAL = 120;

const POINT_CHAR = 0x70b9; // 点
/** 、: the list mark the quantity readers share (lists of numbers, of dates, and a digit listed before a round number). */
export const LIST_MARK = 0x3001;
const FULL_STOP = 0x2e; // . (also ．, folded to half-width by the normalizer)

/** 点, or a full stop, between Chinese digits (三点五, 四一七六．九三): the decimal point. */
export function isChinesePoint(text: string, q: number, lex: QuantityLexicon): boolean {
  const c = text.charCodeAt(q);
  if (c !== POINT_CHAR && c !== FULL_STOP) return false;
  return isPointDigit(text, q + 1, lex) && (c === POINT_CHAR || lex.role[text.charCodeAt(q - 1)] === NumeralRole.Digit);
}
export const ZHAO = 0x5146; // 兆

/** 万, 亿, 万亿 (兆 only where it is a magnitude) at `q`: their power of ten and where they end. */
export function readMagnitudes(text: string, q: number, lex: QuantityLexicon): { power: number; end: number } {
  let power = 0;
  let k = q;
  for (; k < text.length && k - q < 4; k++) {
    const c = text.charCodeAt(k);
    if (lex.role[c] !== NumeralRole.Magnitude || (c === ZHAO && !zhaoIsMagnitude(text, k + 1, lex))) break;
    power += lex.numeralValue[c] as number;
  }
  return { power, end: k };
}

/** The end of a run of numeral characters starting at `q`. */
export function skipRun(text: string, q: number, lex: QuantityLexicon): number {
  while (isNumeralAt(text, q, lex)) q++;
  return q;
}

export function isPointDigit(text: string, i: number, lex: QuantityLexicon): boolean {
  const c = text.charCodeAt(i);
  return lex.role[c] === NumeralRole.Digit && c !== 0x4e24; // 两 is not read after 点
}

export function isNumeralAt(text: string, i: number, lex: QuantityLexicon): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return isAsciiDigit(c) || lex.role[c] !== NumeralRole.None;
}

/** 兆 is 10^12 before money or more numerals (1.7兆元, 五兆六十二亿), otherwise the SI prefix. */
export function zhaoIsMagnitude(text: string, i: number, lex: QuantityLexicon): boolean {
  if (isNumeralAt(text, i, lex)) return true;
  const suffix = lex.suffixes.find(text, i);
  return suffix !== 0 && lex.suffixes.valueOf(suffix).kind === 'money';
}

export function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
