import type { DateQuantity, Quantity } from '../types.js';
import { isFigure, isMark, isRespectively, UnitKind, type Unit } from './units.js';

const JOINERS = new Set(['和', '及', '与', '以及']);

/** How far before 分别 the list of dates may end, in units. */
const WINDOW = 24;

/**
 * 2022年、2023年和2024年，甲区生产总值分别增长a、b和c: the figures of a list after 分别 take, in
 * order, the dates of a list of as many dates before it in the sentence. By sentence, memoized in `cache`.
 */
export function respectiveDate(units: readonly Unit[], u: number, cache: Map<number, Map<Quantity, DateQuantity>>): DateQuantity | null {
  const sentence = (units[u] as Unit).sentence;
  let pairs = cache.get(sentence);
  if (pairs === undefined) {
    let first = u;
    while (first > 0 && (units[first - 1] as Unit).sentence === sentence) first--;
    pairs = pairDates(units, first);
    cache.set(sentence, pairs);
  }
  return pairs.get((units[u] as Unit).quantity as Quantity) ?? null;
}

function isDate(unit: Unit | undefined): boolean {
  return unit !== undefined && unit.kind === UnitKind.Quantity && unit.quantity?.kind === 'date';
}

function pairDates(units: readonly Unit[], first: number): Map<Quantity, DateQuantity> {
  const pairs = new Map<Quantity, DateQuantity>();
  const sentence = (units[first] as Unit).sentence;
  let k = first;
  while (k < units.length && (units[k] as Unit).sentence === sentence && !isRespectively(units[k] as Unit)) k++;
  if (k >= units.length || (units[k] as Unit).sentence !== sentence) return pairs;
  let j = k - 1;
  while (j >= first && j >= k - WINDOW && !isDate(units[j])) j--;
  const dates: DateQuantity[] = [];
  while (j >= first && isDate(units[j])) {
    dates.unshift((units[j] as Unit).quantity as DateQuantity);
    j--;
    if (isMark(units[j], '、') || JOINERS.has(units[j]?.text ?? '')) j--;
    else break;
  }
  if (dates.length < 2) return pairs;
  while (k < units.length && (units[k] as Unit).sentence === sentence) {
    const clause = (units[k] as Unit).clause;
    const figures: Quantity[] = [];
    for (; k < units.length && (units[k] as Unit).clause === clause; k++) {
      const q = (units[k] as Unit).quantity;
      if (isFigure(q)) figures.push(q);
    }
    if (figures.length === dates.length) figures.forEach((q, i) => pairs.set(q, dates[i] as DateQuantity));
  }
  return pairs;
}
