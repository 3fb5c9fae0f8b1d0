// What the `…-with-place` rules share: a place written right before a dictionary name of one type
// makes one name of that type (山东 + 省科技厅, 福建 + 宁德时代新能源科技股份有限公司, 广州 + 南沙经济技术开发区).
import type { EntityType } from '../../types.js';
import type { Candidate, RuleContext, Unit } from '../types.js';

/**
 * Every dictionary name of `type` with a place right before it that `accepts` takes in: one name from
 * the place's start to the name's end, found by `rule`; with `keepCanonical` (true, or true of the place and
 * the name), under the name's canonical. Pushed to `out`, which is returned. The tests are handed the context
 * rather than closing over it, so that a call makes no closure.
 */
export function namesWithPlaceBefore(
  ctx: RuleContext,
  out: Candidate[],
  type: EntityType,
  rule: string,
  accepts: (ctx: RuleContext, place: Unit, name: Unit) => boolean,
  keepCanonical: boolean | ((ctx: RuleContext, place: Unit, name: Unit) => boolean) = false,
): Candidate[] {
  const { units } = ctx;
  // A place and a name: two dictionary names.
  if (ctx.nameCount < 2) return out;
  for (let k = 1; k < units.length; k++) {
    const name = units[k] as Unit;
    const place = units[k - 1] as Unit;
    if (name.record?.type !== type || place.record?.type !== 'place' || place.end !== name.start || !accepts(ctx, place, name)) continue;
    const candidate: Candidate = { start: place.start, end: name.end, type, source: 'rule', rule };
    if (keepCanonical === true || (keepCanonical !== false && keepCanonical(ctx, place, name))) candidate.canonical = name.record.canonical;
    out.push(candidate);
  }
  return out;
}
