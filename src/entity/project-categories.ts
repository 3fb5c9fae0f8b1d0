// Words that name a category of projects, not one (河东区 + 重点 + 项目, 省列 + 第三批 + 重大项目, …产业园 + 首批 + 项目).
import { isPlant } from './suffix-rule.js';
import { isNumeralWord } from './rules/counts.js';
import type { RuleContext, Unit } from './types.js';

/** The last unit in [left, head) that ends with a company's or zone's ending, not a dictionary name; -1 for none. */
function lastNameEnding(ctx: RuleContext, left: number, head: number): number {
  for (let i = head - 1; i >= left; i--) {
    const u = ctx.units[i] as Unit;
    if (u.record === undefined && endsCompanyOrZone(u) && !isPlant(ctx, u)) return i;
  }
  return -1;
}

/** Are the units in [from, head) and `before` all category words, one at least (…产业园 + 首批 + 项目)? */
function categoriesAfter(ctx: RuleContext, from: number, head: number, before: string): boolean {
  if (from === head && before === '') return false;
  for (let i = from; i < head; i++) if (!isCategory(ctx, (ctx.units[i] as Unit).text)) return false;
  return true;
}

/** Does unit u end with a company's or zone's ending (集团, 产业园)? An institute's (实验室) stays a name of its own. */
export function endsCompanyOrZone(u: Unit): boolean {
  return u.suffixes !== null && u.suffixes.some((r) => r.type === 'enterprise' || r.type === 'zone');
}


/** Is `text` a category word, a number, or two category words written as one (省级重点, 建设项目)? */
function isCategory(ctx: RuleContext, text: string): boolean {
  const { categoryWords } = ctx.tables;
  if (categoryWords.has(text) || isNumeralWord(ctx, text)) return true;
  for (let cut = 1; cut < text.length; cut++) {
    if (categoryWords.has(text.slice(0, cut)) && categoryWords.has(text.slice(cut))) return true;
  }
  return false;
}

/**
 * Is the name a place, zone or company followed only by words of a category (河东区 + 重点 + 项目,
 * 省列 + 第三批 + 重大项目), or a place alone before an ending written as a word of its own (河北省 + 计划)? A
 * project name in it makes it specific.
 */
export function categoryOnly(ctx: RuleContext, left: number, head: number, before: string, named: boolean): boolean {
  const { tables } = ctx;
  if (before !== '' && !isCategory(ctx, before)) return false;
  // 蚌埠铜陵现代产业园 + 首批 + 项目: a zone's or company's name written out to its ending, then category words only.
  const named0 = lastNameEnding(ctx, left, head);
  if (named0 > left) return categoriesAfter(ctx, named0 + 1, head, before);
  let category = before !== '';
  // A place alone before a bare ending (河北省 + 计划) names no project either: 计划 is its verb. A built
  // work's ending (贵州省 + 数据中心) is named by its place.
  let placesOnly = before === '' && head > left && !named;
  for (let i = left; i < head; i++) {
    const u = ctx.units[i] as Unit;
    if (u.record !== undefined) {
      if (u.record.type === 'project') return false;
      placesOnly &&= u.record.type === 'place';
    } else if (isCategory(ctx, u.text)) {
      category = true;
      placesOnly = false;
    } else if (!ctx.isPlace(u.text) && !tables.anchors.has(u.text)) {
      return false;
    }
  }
  return category || placesOnly;
}
