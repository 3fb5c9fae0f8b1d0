// … + 项目 / 工程 / 行动计划 / 行动 / 专项 / 专项资金 with a distinguishing name: a place, zone or
// company in it, a quoted label (“一企一策”重点人才项目) or a capacity (年产30万辆…项目); two places
// may be joined by a route word (甲地至乙地高速公路项目). Followed by a count (改造项目69个) it
// names a category of projects, not one.
import type { EntityType } from '../../types.js';
import { suffixRule } from '../suffix-rule.js';
import type { RuleContext, Unit } from '../types.js';
import { followedByCount } from './counts.js';

const THROUGH: ReadonlySet<EntityType> = new Set(['place', 'zone', 'enterprise', 'organization', 'project']);
const QUOTES = new Set(['“', '”', '"', '「', '」']);

function distinguished(ctx: RuleContext, left: number, head: number): number {
  let named = false;
  for (let i = left; i < head; i++) {
    const u = ctx.units[i] as Unit;
    if (u.record !== undefined || QUOTES.has(u.text)) return left;
    // A capacity opens the name unless a company or place is written before it (建设 + 年产30万辆…项目).
    if (capacity(ctx, i)) return named ? left : i;
    named ||= u.suffixes !== null;
  }
  return -1;
}

/** Is unit i a capacity word followed by a number (年产 + 30万吨)? */
function capacity(ctx: RuleContext, i: number): boolean {
  const next = ctx.units[i + 1];
  if (next === undefined || next.start !== (ctx.units[i] as Unit).end || !ctx.tables.capacityWords.has((ctx.units[i] as Unit).text)) return false;
  const c = next.text.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || ctx.tables.numerals.has(next.text.charAt(0));
}

export const projectSuffix = suffixRule('project-suffix', {
  type: 'project',
  maxLength: 30,
  through: THROUGH,
  joiners: false,
  digits: true,
  routes: true,
  start: distinguished,
  accept: (ctx, _start, end) => !followedByCount(ctx.text, end, ctx.tables),
});
