import type { EntityType, Keyword } from '../types.js';
import type { TermUnit } from './terms.js';

/** A term's occurrences: how many, and the first one (normalized offsets). */
export interface TermTally {
  readonly term: string;
  count: number;
  readonly start: number;
  readonly end: number;
  readonly type?: EntityType;
}

/** The terms of `units` (those `accept` keeps), in order of first occurrence, with their counts. */
export function tallyTerms(units: readonly TermUnit[], accept: (unit: TermUnit) => boolean = () => true): Map<string, TermTally> {
  const tallies = new Map<string, TermTally>();
  for (const unit of units) {
    if (unit.term === null || !accept(unit)) continue;
    const seen = tallies.get(unit.term);
    if (seen !== undefined) seen.count++;
    else tallies.set(unit.term, unit.type === undefined ? { term: unit.term, count: 1, start: unit.start, end: unit.end } : { term: unit.term, count: 1, start: unit.start, end: unit.end, type: unit.type });
  }
  return tallies;
}

/**
 * The `top` heaviest terms as keywords, highest weight first; equal weights keep the order of first
 * occurrence. `text` is the normalized text (assemble/ maps the spans back to the input).
 */
export function topKeywords(text: string, tallies: ReadonlyMap<string, TermTally>, weights: ReadonlyMap<string, number>, top: number): Keyword[] {
  const ranked = [...tallies.values()].filter((t) => weights.has(t.term));
  ranked.sort((a, b) => (weights.get(b.term) as number) - (weights.get(a.term) as number) || a.start - b.start);
  return ranked.slice(0, top).map((t) => {
    const keyword: Keyword = { term: t.term, weight: weights.get(t.term) as number, count: t.count, text: text.slice(t.start, t.end), start: t.start, end: t.end };
    if (t.type !== undefined) keyword.type = t.type;
    return keyword;
  });
}
