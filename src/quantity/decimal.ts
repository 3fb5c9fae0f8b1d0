/**
 * Exact decimals for numeral arithmetic: value = m / 10^s. Chinese magnitudes move the decimal point
 * (2.01万 = 201 / 10^2 * 10^4 = 20100 exactly), and the result is converted to a JS number once.
 */
export interface Dec {
  readonly m: bigint;
  readonly s: number;
}

export const ZERO: Dec = Object.freeze({ m: 0n, s: 0 });

const TEN = 10n;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** Beyond this many digits a value is not a news number (and Number() would overflow). */
const MAX_DIGITS = 300;

const SMALL: readonly Dec[] = Object.freeze(Array.from({ length: 10 }, (_, k) => Object.freeze({ m: BigInt(k), s: 0 })));

export function dec(m: bigint | number, s = 0): Dec {
  if (s === 0 && typeof m === 'number' && m >= 0 && m <= 9) return SMALL[m] as Dec;
  return { m: BigInt(m), s };
}

/** "1234.50" (ASCII digits and at most one point) -> Dec. */
export function decFromDigits(digits: string): Dec {
  const point = digits.indexOf('.');
  if (point < 0) return { m: BigInt(digits), s: 0 };
  return { m: BigInt(digits.slice(0, point) + digits.slice(point + 1)), s: digits.length - point - 1 };
}

export function isZero(a: Dec): boolean {
  return a.m === 0n;
}

export function add(a: Dec, b: Dec): Dec {
  if (a.s === b.s) return { m: a.m + b.m, s: a.s };
  if (a.s > b.s) return { m: a.m + b.m * TEN ** BigInt(a.s - b.s), s: a.s };
  return { m: a.m * TEN ** BigInt(b.s - a.s) + b.m, s: b.s };
}

/** a * 10^k (k >= 0): moves the decimal point. */
export function shift(a: Dec, k: number): Dec {
  if (k <= a.s) return { m: a.m, s: a.s - k };
  return { m: a.m * TEN ** BigInt(k - a.s), s: 0 };
}

export function mulInt(a: Dec, k: number): Dec {
  return { m: a.m * BigInt(k), s: a.s };
}

export function negate(a: Dec): Dec {
  return { m: -a.m, s: a.s };
}

export function compare(a: Dec, b: Dec): number {
  const d = add(a, negate(b)).m;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/** Too many digits to be a value worth reporting (the number would not be finite). */
export function isAbsurd(a: Dec): boolean {
  const digits = (a.m < 0n ? -a.m : a.m).toString().length - a.s;
  return digits > MAX_DIGITS;
}

/** The closest JS number, and whether it is exact (integer part within Number.MAX_SAFE_INTEGER). */
export function toNumber(a: Dec): { value: number; exact: boolean } {
  const abs = a.m < 0n ? -a.m : a.m;
  if (a.s === 0) return { value: Number(a.m), exact: abs <= MAX_SAFE };
  let digits = abs.toString();
  if (digits.length <= a.s) digits = '0'.repeat(a.s - digits.length + 1) + digits;
  const text = `${a.m < 0n ? '-' : ''}${digits.slice(0, digits.length - a.s)}.${digits.slice(digits.length - a.s)}`;
  return { value: Number.parseFloat(text), exact: abs <= MAX_SAFE };
}

/** Plain decimal notation, no exponent, no trailing zeros after the point: 20100, 0.05, -1.5. */
export function toPlainString(a: Dec): string {
  const sign = a.m < 0n ? '-' : '';
  let digits = (a.m < 0n ? -a.m : a.m).toString();
  if (a.s === 0) return sign + digits;
  if (digits.length <= a.s) digits = '0'.repeat(a.s - digits.length + 1) + digits;
  const whole = digits.slice(0, digits.length - a.s);
  let cut = digits.length;
  while (cut > digits.length - a.s && digits.charCodeAt(cut - 1) === 0x30) cut--;
  const frac = digits.slice(digits.length - a.s, cut);
  return sign + whole + (frac ? `.${frac}` : '');
}
