import { WordRole } from '../lexicon/facts.js';
import type { Indicator } from '../types.js';
import type { History, IndicatorContext } from './choose-indicator.js';
import { hasRole, type Unit } from './units.js';

/**
 * Is the figure at unit `u` the length of a streak (连续39年, 持续3个月, 已连续5年)? Such a count of
 * years or months says how long what is written before it has kept going: it is no change, and the
 * noun after it (保持, 增长) is no indicator.
 */
export function isStreak(units: readonly Unit[], u: number): boolean {
  return (units[u] as Unit).quantity?.kind === 'count' && hasRole(units[u - 1], WordRole.Streak);
}

/** The indicator of the latest figure (or level) of the sentence of unit `u` that has one, whatever its kind and unit. */
export function latestInSentence(context: IndicatorContext, u: number): Indicator | null {
  const sentence = (context.units[u] as Unit).sentence;
  for (let k = context.history.length - 1; k >= 0 && k >= context.history.length - 16; k--) {
    const entry = context.history[k] as History;
    if (entry.sentence !== sentence) return null;
    if (entry.fact.indicator !== undefined) return entry.fact.indicator;
  }
  return null;
}
