// What the 分别 pairings share: a sentence's pairs built once, the list of items before 分别, and
// the clauses after it whose figures take those items in order.
import type { Quantity } from '../types.js';
import { isFigure, isMark, isRespectively, RESPECTIVELY, type Unit } from './units.js';

/** Words that join the last two items of a list (甲、乙和丙). */
export const LIST_JOINERS: ReadonlySet<string> = new Set(['和', '及', '与', '以及']);

/** Is unit j a 、 or a joiner between two items of a list? */
export function isListSeparator(units: readonly Unit[], j: number): boolean {
  return isMark(units[j], '、') || LIST_JOINERS.has(units[j]?.text ?? '');
}

/** The pairs of the sentence of unit `u`: built by `build` from the sentence's first unit once, then kept in `cache`. */
export function sentencePairs<T>(
  units: readonly Unit[],
  u: number,
  cache: Map<number, Map<Quantity, T>>,
  build: (units: readonly Unit[], first: number) => Map<Quantity, T>,
): Map<Quantity, T> {
  const sentence = (units[u] as Unit).sentence;
  let pairs = cache.get(sentence);
  if (pairs === undefined) {
    let first = u;
    while (first > 0 && (units[first - 1] as Unit).sentence === sentence) first--;
    pairs = build(units, first);
    cache.set(sentence, pairs);
  }
  return pairs;
}

/**
 * Which sentences hold a 分别 (a unit of isRespectively), by sentence index; null when the text has none. A 分别
 * list pairs only figures of its own sentence, so the figures of the other sentences need not look for one.
 */
export function respectiveSentences(text: string, units: readonly Unit[]): Uint8Array | null {
  if (!text.includes(RESPECTIVELY)) return null;
  const sentences = new Uint8Array(units.length === 0 ? 0 : (units[units.length - 1] as Unit).sentence + 1);
  for (const unit of units) if (isRespectively(unit)) sentences[unit.sentence] = 1;
  return sentences;
}

/** Does the sentence of unit `u` hold a 分别 (`sentences` of respectiveSentences)? */
export function inRespectiveSentence(sentences: Uint8Array | null, units: readonly Unit[], u: number): boolean {
  return sentences !== null && sentences[(units[u] as Unit).sentence] === 1;
}

/** The index of the first 分别 of the sentence that starts at unit `first`; -1 when it has none. */
export function respectivelyIn(units: readonly Unit[], first: number): number {
  const sentence = (units[first] as Unit).sentence;
  for (let k = first; k < units.length && (units[k] as Unit).sentence === sentence; k++) if (isRespectively(units[k] as Unit)) return k;
  return -1;
}

/**
 * The items of a list that ends at unit `j` (甲、乙和丙), in order: `item` reads each one (null ends
 * the list), and a 、 or a joiner must stand between two of them.
 */
export function listEndingAt<T>(units: readonly Unit[], j: number, item: (unit: Unit | undefined) => T | null): T[] {
  const items: T[] = [];
  for (let found = item(units[j]); found !== null; found = item(units[j])) {
    items.unshift(found);
    j--;
    if (isListSeparator(units, j)) j--;
    else break;
  }
  return items;
}

/**
 * From unit `k` (分别) to the end of its sentence: in each clause with as many figures as `items`,
 * the figures take the items in order. A bare number listed before a figure (高于全省1.1和2.4个百分点:
 * the unit of the last one belongs to all) takes its place in the list, though it is no figure.
 */
export function pairClauses<T>(units: readonly Unit[], k: number, items: readonly T[]): Map<Quantity, T> {
  const pairs = new Map<Quantity, T>();
  const sentence = (units[k] as Unit).sentence;
  while (k < units.length && (units[k] as Unit).sentence === sentence) {
    const clause = (units[k] as Unit).clause;
    const slots: (Quantity | null)[] = [];
    for (; k < units.length && (units[k] as Unit).clause === clause; k++) {
      const q = (units[k] as Unit).quantity;
      if (isFigure(q)) slots.push(q);
      else if (isListedNumber(units, k)) slots.push(null);
    }
    if (slots.length === items.length && slots.some((q) => q !== null)) {
      slots.forEach((q, i) => q !== null && pairs.set(q, items[i] as T));
    }
  }
  return pairs;
}

const LISTED_REACH = 8;

/** Is unit `k` a bare number listed before a figure that gives it its unit (1.1、2.4和3.0个百分点)? */
export function isListedNumber(units: readonly Unit[], k: number): boolean {
  if ((units[k] as Unit).quantity?.kind !== 'number') return false;
  // A list is short: at most LISTED_REACH numbers ahead (linear time on a long run of numbers).
  for (let j = k + 1; j < k + 2 * LISTED_REACH && isListSeparator(units, j); j += 2) {
    const next = (units[j + 1] as Unit | undefined)?.quantity;
    if (isFigure(next)) return true;
    if (next?.kind !== 'number') return false;
  }
  return false;
}
