import type { QuantityKind } from '../types.js';
import type { Dec } from './decimal.js';
import type { Draft } from './draft.js';
import type { Numeral } from './numeral.js';

/**
 * A new draft. Every draft gets the same object shape (the optional fields present, undefined until
 * set), so that the stage's reads of them stay monomorphic; the public quantity is built field by field.
 */
export function newDraft(
  start: number, end: number, kind: QuantityKind, value: Dec | string, unit: string | null, numeral: Numeral, magnitude: number, unitEnd: number,
): Draft {
  return { start, end, kind, value, unit, per: undefined, upper: undefined, approx: undefined, numeral, magnitude, unitEnd, local: undefined, none: undefined };
}
