// … + 项目 / 工程 / 行动计划 / 行动 / 专项 / 专项资金 with a distinguishing name: a place, zone or
// company in it, or a quoted label (“一企一策”重点人才项目). Followed by a count (改造项目69个) it
// names a category of projects, not one.
import type { EntityType } from '../../types.js';
import { suffixRule } from '../suffix-rule.js';
import type { RuleContext, Unit } from '../types.js';
import { followedByCount } from './counts.js';

const THROUGH: ReadonlySet<EntityType> = new Set(['place', 'zone', 'enterprise', 'organization', 'project']);
const QUOTES = new Set(['“', '”', '"', '「', '」']);

function distinguished(ctx: RuleContext, left: number, head: number): number {
  for (let i = left; i < head; i++) {
    const u = ctx.units[i] as Unit;
    if (u.record !== undefined || QUOTES.has(u.text)) return left;
  }
  return -1;
}

export const projectSuffix = suffixRule('project-suffix', {
  type: 'project',
  maxLength: 30,
  through: THROUGH,
  joiners: false,
  digits: true,
  start: distinguished,
  accept: (ctx, _start, end) => !followedByCount(ctx.text, end, ctx.tables),
});
