// 海尔智家股份有限公司公告，2024年公司海外收入为…: 公司 refers back to the enterprise named before it in the
// sentence; it is the figure's owner (topics.ts reads it so), not a word of what is measured.
import { WordRole } from '../lexicon/facts.js';
import type { Run } from './indicator.js';
import { hasRole, isNominal, UnitKind, type Unit } from './units.js';

/** How many units back the enterprise a noun refers to is looked for. */
const REACH = 24;

/**
 * The run without its first word when that word is a noun that refers back (公司) to an enterprise named
 * earlier in the sentence and a noun that is no mere aspect follows it (公司|海外|收入 -> 海外收入; 公司|数量 stays:
 * it counts companies).
 */
export function withoutReferringNoun(units: readonly Unit[], run: Run): Run {
  if (run.end - run.start < 2) return run;
  const first = units[run.start] as Unit;
  const next = units[run.start + 1] as Unit;
  if (!hasRole(first, WordRole.Anaphora) || !hasRole(first, WordRole.Nominal) || !isNominal(next) || hasRole(next, WordRole.Aspect)) return run;
  for (let k = run.start - 1; k >= 0 && run.start - k <= REACH; k--) {
    const unit = units[k] as Unit;
    if (unit.sentence !== first.sentence) break;
    if (unit.kind === UnitKind.Entity && unit.entity?.type === 'enterprise') return { start: run.start + 1, end: run.end };
  }
  return run;
}
