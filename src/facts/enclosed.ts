// Marks that enclose part of a noun phrase: a note in brackets after it, a quoted label inside it.
import { isMark, UnitKind, type Unit } from './units.js';

/** The index of the opening bracket of a short note that ends at unit `k` (（不含农户）), or -1. */
export function noteOpening(units: readonly Unit[], k: number, from: number): number {
  if (!isMark(units[k], '）') && !isMark(units[k], ')')) return -1;
  for (let j = k - 1; j >= from && j > k - 12; j--) {
    if (isMark(units[j], '（') || isMark(units[j], '(')) return j;
    if ((units[j] as Unit).kind === UnitKind.Quantity) return -1;
  }
  return -1;
}

/** The opening quote of a short quoted label that ends at unit `k` and a noun follows (“小巨人”企业, “专精特新”中小企业), or -1. */
export function quoteOpening(units: readonly Unit[], k: number, from: number): number {
  if (!isMark(units[k], '”')) return -1;
  for (let j = k - 1; j >= from && j > k - 6; j--) {
    if (isMark(units[j], '“')) return j < k - 1 ? j : -1;
    if ((units[j] as Unit).kind !== UnitKind.Word) return -1;
  }
  return -1;
}
