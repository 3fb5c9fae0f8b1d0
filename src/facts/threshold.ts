import { WordRole } from '../lexicon/facts.js';
import { hasRole, isNominal, type Unit } from './units.js';

/** The words that make a figure a bound: 500万元以上, 1亿元及以上, 50人以下 (以 then 上 or 下). */
const BOUND = '以'.charCodeAt(0);
const ABOVE = '上'.charCodeAt(0);
const BELOW = '下'.charCodeAt(0);

/** Does the text end in 以上 or 以下 (read by unit, no string compared: asked for every figure)? */
function endsWithBound(text: string): boolean {
  const n = text.length;
  if (n < 2 || text.charCodeAt(n - 2) !== BOUND) return false;
  const last = text.charCodeAt(n - 1);
  return last === ABOVE || last === BELOW;
}

/**
 * Is the figure at unit `u` a threshold that qualifies the noun right after it (500万元以上项目,
 * 主营业务收入2000万元以上的企业)? Such a figure is still a fact (one fact per figure), but it measures
 * the noun it qualifies and is no change; the noun's own count is a fact of its own (项目1286个).
 */
export function isThreshold(units: readonly Unit[], u: number): boolean {
  const figure = (units[u] as Unit).quantity;
  if (figure === null || !endsWithBound(figure.text)) return false;
  const next = hasRole(units[u + 1], WordRole.De) ? u + 2 : u + 1;
  return isNominal(units[next]);
}
