// The ends of a route inside a project's name (甲地至乙地…工程): places and zones, or names the place list
// lacks that end with an end word (中川 + 机场, 广州 + 南站, 三塘湖 + 镇) or come right before a built work
// (库尔勒 + 铁路). Read by the walk when a route word (至, —) sits between two units.
import type { RuleContext, Unit } from './types.js';

/** Is there a space between unit i and unit i + 1? */
function adjacentGap(ctx: RuleContext, i: number): boolean {
  const next = ctx.units[i + 1];
  return next !== undefined && next.start !== (ctx.units[i] as Unit).end;
}

/**
 * Are the units on both sides of the route word at unit i the ends of a route: a place or zone, or a
 * name part with an end word after it (中川 + 机场, 广州 + 南站, 三塘湖 + 镇, 准东 + 开发区)?
 */
export function betweenEnds(ctx: RuleContext, i: number): boolean {
  const before = ctx.units[i - 1];
  const after = ctx.units[i + 1];
  if (before === undefined || after === undefined || adjacentGap(ctx, i - 1) || adjacentGap(ctx, i)) return false;
  // 灵武 + 至 + 银川, 原平 + 至 + 大同: a county the place list leaves out (its short form is another word to jieba)
  // before a place.
  if (isEnd(ctx, after) || middleStop(ctx, i + 1)) return isEnd(ctx, before) || endAfterPlace(ctx, i - 1) || namedEnd(ctx, before);
  // 格尔木 + 至 + 库尔勒 + 铁路: two names the place list lacks, the far one right before a built work.
  return endsAhead(ctx, i + 1) && (isEnd(ctx, before) || endAfterPlace(ctx, i - 1) || namedEnd(ctx, before));
}

/**
 * Is unit j the middle stop of a chain of routes (金华 + 至 + 义乌 + 至 + 东阳): a name word of two characters or
 * more, followed by a route word that joins it to the next end?
 */
function middleStop(ctx: RuleContext, j: number): boolean {
  const u = ctx.units[j] as Unit;
  const next = ctx.units[j + 1];
  if (next === undefined || adjacentGap(ctx, j) || !ctx.tables.routeWords.has(next.text)) return false;
  return (isEnd(ctx, u) || namedEnd(ctx, u)) && betweenEnds(ctx, j + 1);
}

/** A name word of two characters or more (库尔勒, 灵武): the near end of a route whose far end is named. */
function namedEnd(ctx: RuleContext, u: Unit): boolean {
  return isNameWord(ctx, u) && u.end - u.start >= 2;
}

/** Is unit j an end word after a place (广州 + 南站)? */
function endAfterPlace(ctx: RuleContext, j: number): boolean {
  return j > 0 && isPlaceOrZone(ctx, ctx.units[j - 1]) && !adjacentGap(ctx, j - 1) && isEndWord(ctx, ctx.units[j]);
}

const END_NAME_UNITS = 3;

/**
 * Do a few name words from unit j on reach an end word or a built work (龙洞 + 堡 + 机场, 尉犁 +
 * 高速公路): the far end of a route whose name the place list lacks.
 */
function endsAhead(ctx: RuleContext, j: number): boolean {
  for (let k = j; k < j + END_NAME_UNITS; k++) {
    const u = ctx.units[k];
    // The first word names the end; words after it may be common ones (天府 + 国际 + 机场).
    if (u === undefined || !(k === j ? isNameWord(ctx, u) : isPlainHan(ctx, u)) || adjacentGap(ctx, k)) return false;
    const next = ctx.units[k + 1];
    if (isEndWord(ctx, next) || (next !== undefined && next.record === undefined && builtWork(ctx, next.text))) return true;
  }
  return false;
}

function isPlaceOrZone(ctx: RuleContext, u: Unit | undefined): boolean {
  if (u === undefined) return false;
  if (u.record !== undefined) return u.record.type === 'place' || u.record.type === 'zone';
  return ctx.isPlace(u.text);
}

/** A place or zone, or one word ending with an end word (中川机场 written as one token). */
function isEnd(ctx: RuleContext, u: Unit): boolean {
  if (isPlaceOrZone(ctx, u)) return true;
  if (u.record !== undefined || !u.han) return false;
  for (let cut = 2; cut < u.text.length; cut++) if (ctx.tables.routeEnds.has(u.text.slice(cut))) return true;
  return false;
}

/** A route's end word (机场, 南站, 镇) or a zone's ending (开发区). */
function isEndWord(ctx: RuleContext, u: Unit | undefined): boolean {
  if (u === undefined || u.record !== undefined) return false;
  return ctx.tables.routeEnds.has(u.text) || (u.suffixes?.some((r) => r.type === 'zone') ?? false);
}

/** A Han word that may be a name part: no break, generic or common word. */
function isNameWord(ctx: RuleContext, u: Unit): boolean {
  return isPlainHan(ctx, u) && !ctx.tables.commonWords.has(u.text);
}

/** A Han word, no name, no break and no generic word. */
function isPlainHan(ctx: RuleContext, u: Unit): boolean {
  const { tables } = ctx;
  return u.han && u.record === undefined && !tables.breakOrGeneric.has(u.text);
}

/** A built work or a project's kind of work (铁路, 高速公路; 输电, 供水). */
function builtWork(ctx: RuleContext, text: string): boolean {
  return ctx.tables.facilityWords.has(text) || ctx.tables.projectWords.has(text);
}
