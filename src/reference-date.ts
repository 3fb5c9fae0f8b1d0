import { OptionsError } from './errors.js';

/** The date relative times (今年, 去年, 今年以来) are resolved against: option `referenceDate`. */
export interface ReferenceDate {
  readonly year: number;
  /** 1-12 */
  readonly month: number;
  /** 1-31 */
  readonly day: number;
}

const pad = (v: number, width = 2): string => String(v).padStart(width, '0');

/**
 * Checks option `referenceDate` and gives it as 'YYYY-MM-DD' (undefined when not set): a string of
 * that form naming a day of the calendar (years 1000 to 9999), or a valid Date, read in local time.
 * Anything else is an OptionsError.
 */
export function checkReferenceDate(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (value instanceof Date) {
    const time = value.getTime();
    if (Number.isNaN(time)) throw new OptionsError('option "referenceDate" is an invalid Date');
    const iso = `${pad(value.getFullYear(), 4)}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
    if (referenceDateOf(iso) === null) throw new OptionsError(`option "referenceDate" must fall in the years 1000 to 9999, got ${iso}`);
    return iso;
  }
  if (typeof value !== 'string' || referenceDateOf(value) === null) {
    const got = typeof value === 'string' ? JSON.stringify(value) : value === null ? 'null' : typeof value;
    throw new OptionsError(`option "referenceDate" must be a date 'YYYY-MM-DD' (a day of the calendar) or a Date, got ${got}`);
  }
  return value;
}

/** 'YYYY-MM-DD' -> { year, month, day }, or null when it is not a day of the calendar. */
export function referenceDateOf(iso: string | undefined): ReferenceDate | null {
  if (iso === undefined || iso.length !== 10 || iso[4] !== '-' || iso[7] !== '-') return null;
  const digits = iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8);
  for (let k = 0; k < digits.length; k++) if (digits.charCodeAt(k) < 0x30 || digits.charCodeAt(k) > 0x39) return null;
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8));
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days ? { year, month, day } : null;
}
