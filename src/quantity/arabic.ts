const DOT = 0x2e;
/** ﹒ (small full stop), a decimal point on Hong Kong and Taiwan pages: 3﹒2% */
const SMALL_DOT = 0xfe52;
const COMMA = 0x2c;

export const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** ASCII digits with thousands separators (groups of exactly three) and at most one decimal point. */
export function readArabic(text: string, q: number, wideComma: (k: number) => boolean): { end: number; digits: string; separated: boolean } {
  let k = q;
  let digits = '';
  let separated = false;
  let from = k;
  k = digitsEnd(text, k);
  for (;;) {
    if (text.charCodeAt(k) === COMMA && isGroupOfThree(text, k + 1) && (!wideComma(k) || isGroupEnd(text, k + 4))) {
      digits += text.slice(from, k);
      separated = true;
      from = k + 1;
      k += 4;
      continue;
    }
    break;
  }
  const point = text.charCodeAt(k);
  if ((point === DOT || point === SMALL_DOT) && isAsciiDigit(text.charCodeAt(k + 1))) {
    separated = true;
    digits += `${text.slice(from, k)}.`;
    from = ++k;
    k = digitsEnd(text, k);
  }
  digits += text.slice(from, k);
  return { end: k, digits, separated };
}

/** The end of the run of ASCII digits at `k`. */
export function digitsEnd(text: string, k: number): number {
  while (k < text.length && isAsciiDigit(text.charCodeAt(k))) k++;
  return k;
}

/**
 * After the integer digits of a number, ending at `k`: `k` when a decimal point and a digit follow,
 * -1 when neither that nor a comma follows (a plain integer), -2 at a comma (a thousands group may
 * follow: readArabic reads it).
 */
export function pointAfter(text: string, k: number): number {
  const c = text.charCodeAt(k);
  if (c === COMMA) return -2;
  return (c === DOT || c === SMALL_DOT) && isAsciiDigit(text.charCodeAt(k + 1)) ? k : -1;
}

/** A full-width comma separated the group only when a point or another group follows (82，225.00). */
function isGroupEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c === DOT && isAsciiDigit(text.charCodeAt(i + 1))) || (c === COMMA && isGroupOfThree(text, i + 1));
}

function isGroupOfThree(text: string, i: number): boolean {
  return isAsciiDigit(text.charCodeAt(i)) && isAsciiDigit(text.charCodeAt(i + 1)) && isAsciiDigit(text.charCodeAt(i + 2)) && !isAsciiDigit(text.charCodeAt(i + 3));
}

