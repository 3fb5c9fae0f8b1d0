// County short forms that jieba reads as other words (正定, 大足, 定远) or cuts into two function characters (曾 + 都 of
// 曾都区): no place list holds them without their level, and they would end a name's walk like a verb or an adverb.
import type { RuleContext, Unit } from './types.js';

/** The levels of a county (正定县, 大足区, 应城市, 且末县 …). */
const COUNTY_LEVELS = ['\u53bf', '\u533a', '\u5e02', '\u65d7'];

/**
 * Is unit `u` a county's short form that jieba reads as another word (正定, 大足, 定远: countyLookalikes), not a
 * place of the lists? It does not end the walk: 石家庄 + 正定 + 数字经济产业园, 重庆 + 大足 + 高新区.
 */
export function countyShortForm(ctx: RuleContext, u: Unit): boolean {
  return u.record === undefined && ctx.tables.countyLookalikes.has(u.text) && countyName(ctx, u.text);
}

/**
 * Is unit i one character of a county's or district's short form that the segmenter cut into two function
 * characters (随州 + 曾 + 都 + 经济开发区: 曾都区)? Neither ends the walk.
 */
export function countyCutInTwo(ctx: RuleContext, i: number): boolean {
  const u = ctx.units[i] as Unit;
  if (u.end - u.start !== 1 || u.record !== undefined) return false;
  return countyPair(ctx, ctx.units[i - 1], u) || countyPair(ctx, u, ctx.units[i + 1]);
}

/** Are `a` and `b` two single characters written together that make a county's short form (曾 + 都)? */
function countyPair(ctx: RuleContext, a: Unit | undefined, b: Unit | undefined): boolean {
  if (a === undefined || b === undefined || a.end !== b.start || a.end - a.start !== 1 || b.end - b.start !== 1) return false;
  return a.record === undefined && b.record === undefined && countyName(ctx, a.text + b.text);
}

/**
 * Is unit `u` a word of two characters or more that is a county's or district's name without its level (当涂 of
 * 当涂县, 达坂城 of 达坂城区), not a dictionary name?
 */
export function countyWithoutLevel(ctx: RuleContext, u: Unit): boolean {
  return u.record === undefined && u.han && u.end - u.start >= 2 && countyName(ctx, u.text);
}

/** Is `name` with a county's level a place of the lists (正定县, 大足区, 曾都区)? */
function countyName(ctx: RuleContext, name: string): boolean {
  for (const level of COUNTY_LEVELS) if (ctx.isPlace(name + level)) return true;
  return false;
}
