/** Character classes of the segmenter, over the normalized text. */
export const enum CharClass {
  Space = 0,
  Han = 1,
  Word = 2,
  Digit = 3,
  Other = 4,
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/;

/** Class of the UTF-16 unit at `i` (a surrogate pair is classed by its code point). */
export function classAt(text: string, i: number): CharClass {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    if (c >= 0x30 && c <= 0x39) return CharClass.Digit;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return CharClass.Word;
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return CharClass.Space;
    return CharClass.Other;
  }
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) return CharClass.Han;
  if (c === 0x3007 || c === 0x25cb) return CharClass.Han; // 〇 and ○ written as the numeral zero
  if (c >= 0xd840 && c <= 0xd8bf) return isLowAt(text, i + 1) ? CharClass.Han : CharClass.Other; // U+20000..U+3FFFF
  if (c >= 0xd800 && c <= 0xdbff) {
    if (!isLowAt(text, i + 1)) return CharClass.Other;
    return LETTER_OR_NUMBER.test(text.slice(i, i + 2)) ? CharClass.Word : CharClass.Other;
  }
  if (c >= 0xdc00 && c <= 0xdfff) return CharClass.Other;
  let cls = bmpClasses[c] as number;
  if (cls === UNKNOWN) {
    const ch = String.fromCharCode(c);
    cls = SPACE.test(ch) ? CharClass.Space : LETTER_OR_NUMBER.test(ch) ? CharClass.Word : CharClass.Other;
    bmpClasses[c] = cls;
  }
  return cls;
}

const UNKNOWN = 0xff;
/** Classes of the other BMP characters, found by the regular expressions once per character. */
const bmpClasses = new Uint8Array(0x10000).fill(UNKNOWN);

function isLowAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}

/** UTF-16 length of the character at `i`: 2 for a well-formed surrogate pair, else 1. */
export function charLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && isLowAt(text, i + 1) ? 2 : 1;
}
