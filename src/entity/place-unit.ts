import type { RuleContext, Unit } from './types.js';

/** Is unit `u` a place: a dictionary place, or a word the place lists know that no dictionary name covers? */
export function isPlaceUnit(ctx: RuleContext, u: Unit): boolean {
  return u.record?.type === 'place' || (u.record === undefined && ctx.isPlace(u.text));
}
