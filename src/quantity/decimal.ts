/**
 * Exact decimals for numeral arithmetic: value = m / 10^s. Chinese magnitudes move the decimal point
 * (2.01万 = 201 / 10^2 * 10^4 = 20100 exactly), and the result is converted to a JS number once.
 * The mantissa is a JS number while it is a safe integer (news figures nearly always are: no BigInt
 * is allocated for them) and a bigint beyond; each operation checks that its number result is still
 * exact and otherwise redoes the step with BigInt, so every value has one representation.
 */
export interface Dec {
  readonly m: number | bigint;
  readonly s: number;
}

export const ZERO: Dec = Object.freeze({ m: 0, s: 0 });

const TEN = 10n;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** Beyond this many digits a value is not a news number (and Number() would overflow). */
const MAX_DIGITS = 300;
/** Digits that always make a safe integer. */
const SAFE_DIGITS = 15;
/** Powers of ten as numbers, 10^0 .. 10^22: written as literals, each exactly the power. */
const POW10: readonly number[] = Object.freeze([1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22]);

const SMALL: readonly Dec[] = Object.freeze(Array.from({ length: 10 }, (_, k) => Object.freeze({ m: k, s: 0 })));

/** A mantissa in its one representation: a number when it is a safe integer, else a bigint. */
function mantissa(m: bigint): number | bigint {
  return m <= MAX_SAFE && m >= -MAX_SAFE ? Number(m) : m;
}

function big(m: number | bigint): bigint {
  return typeof m === 'bigint' ? m : BigInt(m);
}

/** A number result, when it is exact (a safe integer), without -0; else undefined. */
function exact(m: number): number | undefined {
  return Number.isSafeInteger(m) ? m + 0 : undefined;
}

export function dec(m: bigint | number, s = 0): Dec {
  if (s === 0 && typeof m === 'number' && m >= 0 && m <= 9 && Number.isInteger(m)) return SMALL[m] as Dec;
  return { m: typeof m === 'number' && Number.isSafeInteger(m) ? m + 0 : mantissa(BigInt(m)), s };
}

/** "1234.50" (ASCII digits and at most one point) -> Dec. */
export function decFromDigits(digits: string): Dec {
  return decFromText(digits, 0, digits.indexOf('.'), digits.length);
}

/**
 * The ASCII digits text[from, to), with a decimal point (. or ﹒) at `point` or none (-1), as a Dec
 * (no digit string is built for a number of up to 15 digits).
 */
export function decFromText(text: string, from: number, point: number, to: number): Dec {
  const s = point < 0 ? 0 : to - point - 1;
  const count = to - from - (point < 0 ? 0 : 1);
  if (count <= SAFE_DIGITS && count !== 0) {
    let m = 0;
    let k = from;
    for (; k < to; k++) {
      if (k === point) continue;
      const d = text.charCodeAt(k) - 0x30;
      if (d < 0 || d > 9) break;
      m = m * 10 + d;
    }
    if (k === to) return { m, s };
  }
  // More digits than a double holds exactly, none, or not a digit (which BigInt() rejects).
  return { m: mantissa(BigInt(point < 0 ? text.slice(from, to) : text.slice(from, point) + text.slice(point + 1, to))), s };
}

export function isZero(a: Dec): boolean {
  return a.m === 0 || a.m === 0n;
}

export function add(a: Dec, b: Dec): Dec {
  // Adding an integer zero (ZERO, a section or total not yet begun) gives the other value unchanged,
  // in its own scale: no new object (Dec values are never mutated, so they may be shared).
  if (b.m === 0 && b.s === 0) return a;
  if (a.m === 0 && a.s === 0) return b;
  if (typeof a.m === 'number' && typeof b.m === 'number') {
    const d = a.s - b.s;
    if (d === 0) {
      const m = exact(a.m + b.m);
      if (m !== undefined) return { m, s: a.s };
    } else if (d > 0 && d <= SAFE_DIGITS) {
      const scaled = exact(b.m * (POW10[d] as number));
      const m = scaled === undefined ? undefined : exact(a.m + scaled);
      if (m !== undefined) return { m, s: a.s };
    } else if (d < 0 && -d <= SAFE_DIGITS) {
      const scaled = exact(a.m * (POW10[-d] as number));
      const m = scaled === undefined ? undefined : exact(scaled + b.m);
      if (m !== undefined) return { m, s: b.s };
    }
  }
  const am = big(a.m);
  const bm = big(b.m);
  if (a.s === b.s) return { m: mantissa(am + bm), s: a.s };
  if (a.s > b.s) return { m: mantissa(am + bm * TEN ** BigInt(a.s - b.s)), s: a.s };
  return { m: mantissa(am * TEN ** BigInt(b.s - a.s) + bm), s: b.s };
}

/** a * 10^k (k >= 0): moves the decimal point. */
export function shift(a: Dec, k: number): Dec {
  if (k <= a.s) return { m: a.m, s: a.s - k };
  const d = k - a.s;
  if (typeof a.m === 'number' && d <= SAFE_DIGITS) {
    const m = exact(a.m * (POW10[d] as number));
    if (m !== undefined) return { m, s: 0 };
  }
  return { m: mantissa(big(a.m) * TEN ** BigInt(d)), s: 0 };
}

/** a * k for a whole number k. */
export function mulInt(a: Dec, k: number): Dec {
  if (typeof a.m === 'number' && Number.isSafeInteger(k)) {
    const m = exact(a.m * k);
    if (m !== undefined) return { m, s: a.s };
  }
  return { m: mantissa(big(a.m) * BigInt(k)), s: a.s };
}

/** a * b, exactly. */
export function mul(a: Dec, b: Dec): Dec {
  if (typeof a.m === 'number' && typeof b.m === 'number') {
    const m = exact(a.m * b.m);
    if (m !== undefined) return { m, s: a.s + b.s };
  }
  return { m: mantissa(big(a.m) * big(b.m)), s: a.s + b.s };
}

export function negate(a: Dec): Dec {
  return { m: typeof a.m === 'number' ? 0 - a.m : -a.m, s: a.s };
}

export function compare(a: Dec, b: Dec): number {
  const d = add(a, negate(b)).m;
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/** The digits of |m| (no sign). */
function absDigits(m: number | bigint): string {
  return (m < 0 ? -m : m).toString();
}

/** Too many digits to be a value worth reporting (the number would not be finite). */
export function isAbsurd(a: Dec): boolean {
  return typeof a.m === 'bigint' && absDigits(a.m).length - a.s > MAX_DIGITS;
}

/** The closest JS number, and whether it is exact (integer part within Number.MAX_SAFE_INTEGER). */
export function toNumber(a: Dec): { value: number; exact: boolean } {
  // A safe mantissa is exact, and so is 10^s up to 10^22: the one division rounds correctly, to
  // the same number as parsing the decimal string would.
  if (typeof a.m === 'number') return { value: a.s === 0 ? a.m : a.s < POW10.length ? a.m / (POW10[a.s] as number) : parseDecimal(a), exact: true };
  const abs = a.m < 0n ? -a.m : a.m;
  if (a.s === 0) return { value: Number(a.m), exact: abs <= MAX_SAFE };
  return { value: parseDecimal(a), exact: abs <= MAX_SAFE };
}

function parseDecimal(a: Dec): number {
  let digits = absDigits(a.m);
  if (digits.length <= a.s) digits = '0'.repeat(a.s - digits.length + 1) + digits;
  return Number.parseFloat(`${a.m < 0 ? '-' : ''}${digits.slice(0, digits.length - a.s)}.${digits.slice(digits.length - a.s)}`);
}

/** Plain decimal notation, no exponent, no trailing zeros after the point: 20100, 0.05, -1.5. */
export function toPlainString(a: Dec): string {
  const sign = a.m < 0 ? '-' : '';
  let digits = absDigits(a.m);
  if (a.s === 0) return sign + digits;
  if (digits.length <= a.s) digits = '0'.repeat(a.s - digits.length + 1) + digits;
  const whole = digits.slice(0, digits.length - a.s);
  let cut = digits.length;
  while (cut > digits.length - a.s && digits.charCodeAt(cut - 1) === 0x30) cut--;
  const frac = digits.slice(digits.length - a.s, cut);
  return sign + whole + (frac ? `.${frac}` : '');
}

/** Scales a value by a factor from the lexicon (1, 10 for 成, 0.01 for 万分之) exactly. */
export function scale(value: Dec, factor: number): Dec {
  if (factor === 1) return value;
  if (Number.isInteger(factor)) return mulInt(value, factor);
  return mul(value, decFromDigits(String(factor)));
}
