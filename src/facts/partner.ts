import { WordRole } from '../lexicon/facts.js';
import { hasRole, isMark, isNominal, UnitKind, type Unit } from './units.js';

/** How many units the partner of a flow (对东盟, 对共建“一带一路”国家) may have. */
const REACH = 12;

/** The preposition that opens the partner of a flow. */
const PARTNER_PREP = '对';

/**
 * 对东盟进出口, 对南亚东南亚国家出口, 对共建“一带一路”国家进出口: the partner of a trade or investment
 * flow written between 对 and the phrase that starts at unit `start` belongs to what is measured (trade
 * with ASEAN is not the region's whole trade). The index of 对, or -1 when no such partner stands there.
 * The partner is entities, nouns, quoted labels, list marks and at most one creation verb (共建).
 */
export function partnerStart(units: readonly Unit[], start: number, from: number): number {
  let verbs = 0;
  for (let j = start - 1; j >= from && j >= start - REACH; j--) {
    const unit = units[j] as Unit;
    if (unit.kind === UnitKind.Word && unit.text === PARTNER_PREP && hasRole(unit, WordRole.Prep)) return j;
    if (unit.kind === UnitKind.Entity || isNominal(unit)) continue;
    // 对东盟和RCEP其他成员国: a pronoun or adverb of the tables with no role qualifies the partner.
    if (unit.kind === UnitKind.Word && unit.flags === WordRole.Boundary && unit.text.length >= 2) continue;
    if (isMark(unit, '“') || isMark(unit, '”') || isMark(unit, '、') || isMark(unit, '「') || isMark(unit, '」')) continue;
    // 对共建“一带一路”国家: a creation verb may qualify the partner; another verb (对企业发放补贴) is the predicate.
    if (hasRole(unit, WordRole.Create) && ++verbs === 1) continue;
    if (unit.kind === UnitKind.Word && (unit.text === '和' || unit.text === '及' || unit.text === '与')) continue;
    return -1;
  }
  return -1;
}
