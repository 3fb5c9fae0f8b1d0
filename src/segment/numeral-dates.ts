/**
 * Keeps written dates whole, as the usual segmentation standards do (PKU, MSR): 2024年, 12月, 31日
 * after Arabic digits, and Chinese-numeral dates inside Han runs — 二〇二四年 (digit by digit, two or
 * more digits), 十二月 (1 to 12), 三十一日 (1 to 31).
 */
const TEN = 0x5341; // 十
const YEAR = 0x5e74; // 年
const MONTH = 0x6708; // 月
const DAY = 0x65e5; // 日

/** DIGIT_VALUES[c]: the value of numeral character c, or -1. */
const DIGIT_VALUES = new Int8Array(0x10000).fill(-1);
[...'〇○零一二三四五六七八九'].forEach((ch, i) => {
  DIGIT_VALUES[ch.charCodeAt(0)] = i < 3 ? 0 : i - 2;
});
const isNumeral = (c: number): boolean => DIGIT_VALUES[c] !== -1 || c === TEN;

/** True when the character at `i` ends a date written with the Arabic digits before it. */
export function isDateSuffix(c: number): boolean {
  return c === YEAR || c === MONTH || c === DAY;
}

/**
 * Rewrites jieba's cut marks so that each Chinese-numeral date in [from, to) is one word.
 * `cuts[k] === 1` marks a word boundary at k. Linear in the run's length.
 */
export function joinNumeralDates(text: string, cuts: Uint8Array, from: number, to: number): void {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!isNumeral(c)) {
      i++;
      continue;
    }
    let j = i;
    while (j < to && isNumeral(text.charCodeAt(j))) j++;
    if (j < to && isDateSuffix(text.charCodeAt(j)) && isDateNumeral(text, i, j, text.charCodeAt(j))) {
      cuts[i] = 1;
      for (let k = i + 1; k <= j; k++) cuts[k] = 0;
      cuts[j + 1] = 1;
    }
    i = j + 1;
  }
}

function isDateNumeral(text: string, from: number, to: number, suffix: number): boolean {
  if (suffix === YEAR) {
    if (to - from < 2) return false;
    for (let k = from; k < to; k++) if (text.charCodeAt(k) === TEN) return false;
    return true;
  }
  const value = smallNumeral(text, from, to);
  return value !== null && value >= 1 && value <= (suffix === MONTH ? 12 : 31);
}

/** Value of 一 … 九十九 written with 十, or null. */
function smallNumeral(text: string, from: number, to: number): number | null {
  let value = 0;
  let digit: number | null = null;
  let seenTen = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === TEN) {
      if (seenTen) return null;
      seenTen = true;
      value += (digit ?? 1) * 10;
      digit = null;
    } else {
      if (digit !== null) return null;
      digit = DIGIT_VALUES[c] as number;
      if (digit <= 0) return null;
    }
  }
  return value + (digit ?? 0);
}
