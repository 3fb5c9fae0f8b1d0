// Capacities that open a project's name: a capacity word and its number (年产 + 30万吨), a number and its unit
// (20万 + 吨, 20GWh), a number of units times their size (2 × 66万千瓦), and what may stand right before one.
import { countyWithoutLevel } from './county-short-form.js';
import type { RuleContext, Unit } from './types.js';

/** A number with a unit written in letters: 20GWh, 1.5GW. */
const LETTER_CAPACITY = /^[0-9][0-9.]*([A-Za-z]+)$/;
/** ×, between a number of units and their size (2×66万千瓦). */
const TIMES = '\u00d7';
/** 第, before a number (第6代). */
const ORDINAL = '\u7b2c';

/**
 * The capacity right after a verb the walk kept (扩建, 更新: they stand inside names before 工程), which opens the
 * name like a verb of building (新疆天业(集团)有限公司扩建 + 年产50万吨…项目); -1 for none.
 */
export function capacityAfterVerb(ctx: RuleContext, left: number, head: number): number {
  for (let i = left + 1; i < head; i++) {
    const previous = ctx.units[i - 1] as Unit;
    if (!ctx.tables.breakOrGeneric.has(previous.text) || openingBeforeCapacity(ctx, previous) || !capacity(ctx, i)) continue;
    // 年 + 处理 + 30万吨: the verb is the second half of a capacity word the segmenter cut.
    if (!(i - 2 >= left && capacity(ctx, i - 2))) return i;
  }
  return -1;
}

/** Does unit `u` right before a capacity open the name: 第 (第 + 8.5代), or a county without its level (达坂城 + 100万千瓦)? */
export function openingBeforeCapacity(ctx: RuleContext, u: Unit): boolean {
  return u.text === ORDINAL || countyWithoutLevel(ctx, u);
}

/** Is unit i a capacity: a capacity word followed by a number (年产 + 30万吨), or a number followed by a unit (20万 + 吨, 20GWh)? */
export function capacity(ctx: RuleContext, i: number): boolean {
  const u = ctx.units[i] as Unit;
  const next = ctx.units[i + 1];
  const letters = LETTER_CAPACITY.exec(u.text);
  if (letters !== null) return ctx.tables.capacityUnits.has(letters[1] as string);
  if (next === undefined || next.start !== u.end) return false;
  // 2 + × + 66万 + 千瓦: a number of units times their size.
  if (next.text === TIMES && isNumber(ctx, u.text)) return capacity(ctx, i + 2);
  if (isNumber(ctx, u.text)) return ctx.tables.capacityUnits.has(next.text);
  const after = ctx.units[i + 2];
  // 年加工 + 玉米 + 60万吨: the product written between the capacity word and its number.
  if (ctx.tables.capacityWords.has(u.text)) return isNumber(ctx, next.text) || (after !== undefined && after.start === next.end && productWord(ctx, next) && isNumber(ctx, after.text));
  // 年 + 处理 + 30万: a capacity word the segmenter cut in two (年 + 加工 + 玉米 + 60万: its product between).
  if (after === undefined || after.start !== next.end || !ctx.tables.capacityWords.has(u.text + next.text)) return false;
  const number = ctx.units[i + 3];
  return isNumber(ctx, after.text) || (number !== undefined && number.start === after.end && productWord(ctx, after) && isNumber(ctx, number.text));
}

/** The longest product written between a capacity word and its number (玉米, 原油, 秸秆). */
const PRODUCT_WORD = 3;

/** Is unit u a product's word: Han, short, no verb, function or generic word, no name? */
function productWord(ctx: RuleContext, u: Unit): boolean {
  return u.han && u.record === undefined && u.text.length <= PRODUCT_WORD && !ctx.tables.breakOrGeneric.has(u.text);
}

function isNumber(ctx: RuleContext, text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || ctx.tables.numerals.has(text.charAt(0));
}
