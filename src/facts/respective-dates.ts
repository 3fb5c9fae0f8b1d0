import type { DateQuantity, Quantity } from '../types.js';
import { listEndingAt, pairClauses, respectivelyIn, sentencePairs } from './respective.js';
import { UnitKind, type Unit } from './units.js';

/** How far before 分别 the list of dates may end, in units. */
const WINDOW = 24;

/**
 * 2022年、2023年和2024年，甲区生产总值分别增长a、b和c: the figures of a list after 分别 take, in
 * order, the dates of a list of as many dates before it in the sentence. By sentence, memoized in `cache`.
 */
export function respectiveDate(units: readonly Unit[], u: number, cache: Map<number, Map<Quantity, DateQuantity>>): DateQuantity | null {
  return sentencePairs(units, u, cache, pairDates).get((units[u] as Unit).quantity as Quantity) ?? null;
}

function pairDates(units: readonly Unit[], first: number): Map<Quantity, DateQuantity> {
  const k = respectivelyIn(units, first);
  if (k < 0) return new Map();
  const sentence = (units[first] as Unit).sentence;
  let j = k - 1;
  while (j >= first && j >= k - WINDOW && !isDate(units[j])) j--;
  const dates = listEndingAt(units, j, (unit) => (unit?.sentence === sentence && isDate(unit) ? (unit.quantity as DateQuantity) : null));
  return dates.length < 2 ? new Map() : pairClauses(units, k, dates);
}

function isDate(unit: Unit | undefined): boolean {
  return unit !== undefined && unit.kind === UnitKind.Quantity && unit.quantity?.kind === 'date';
}
