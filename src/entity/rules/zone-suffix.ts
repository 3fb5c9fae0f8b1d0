// … + 新区 / 高新区 / 经开区 / 开发区 / 工业园区 / 产业园 / 示范区 / 试验区 / 自创区 / 园区: a place
// or a distinctive name before the suffix (成都高新技术产业开发区, 张江科学城); 国家高新区 or a bare
// 试验区 is a category, not a name; nor is a verb of building part of one (京津两地共建产业园). Of two places
// before the name, both written with their level (湖北省 + 武汉市…, 九江市 + 湖口县…), the first tells where the
// zone lies and stays a place of its own (金昌市 + 金川 + 工业集中区 is one zone). So does an autonomous
// prefecture written short (昌吉州 + 准东经济技术开发区, 黔东南州 + 凯里经济开发区): no zone's registered name opens with one.
// A count before the name (4个 + 省级 + 特色产业园区) makes a kind of zone of it.
import type { EntityType } from '../../types.js';
import { afterBuildVerb, startWithDistinctPart, suffixRule } from '../suffix-rule.js';
import type { RuleContext, Unit } from '../types.js';
import type { SuffixRule } from '../../lexicon/entities.js';
import { walkLeft, type WalkOptions } from '../walk.js';
import { gradesOnly, holdsCount, namesPlace, zoneNameLeft } from '../zone-name.js';
import { isPlaceUnit } from '../place-unit.js';
import { isCount, isNumeralWord } from './counts.js';

// A company's name inside a zone's name counts only after a place (烟台 + 万华化学 + 工业园: companyAfterPlace).
const THROUGH: ReadonlySet<EntityType> = new Set(['place', 'zone', 'enterprise']);

/** Is unit i a place written with its level (…省, …市, …州) right before another place written with its level? */
function placeAbovePlace(ctx: RuleContext, i: number, head: number): boolean {
  const u = ctx.units[i] as Unit;
  const next = ctx.units[i + 1] as Unit;
  if (i + 1 >= head || u.record?.type !== 'place' || next.start !== u.end || !withLevel(ctx, u) || !withLevel(ctx, next)) return false;
  return isPlaceUnit(ctx, next);
}

const PREFECTURE = '\u5dde';
const AUTONOMOUS_PREFECTURE = '\u81ea\u6cbb\u5dde';

/** Is unit i an autonomous prefecture's short form + 州 (昌吉州, 海南州), with a distinctive part of the zone's own name after it? */
function prefectureBefore(ctx: RuleContext, i: number, head: number, before: string): boolean {
  const u = ctx.units[i] as Unit;
  const record = u.record;
  if (i + 1 >= head || record?.type !== 'place' || !u.text.endsWith(PREFECTURE) || record.canonical === u.text) return false;
  return record.canonical.endsWith(AUTONOMOUS_PREFECTURE) && startWithDistinctPart(ctx, i + 1, head, before) === i + 1;
}

const GRADE = '\u7ea7';
const GRADE_WORD = 3;

/**
 * Is the name that starts at unit s counted, maybe with a grade between (4个 + 特色产业园区, 4个 + 省级 + 特色产业园区)?
 * Then it is a kind of zone, not a name.
 */
function counted(ctx: RuleContext, s: number): boolean {
  let j = s - 1;
  const grade = ctx.units[j];
  if (grade !== undefined && grade.text.length <= GRADE_WORD && grade.text.endsWith(GRADE)) j--;
  const u = ctx.units[j];
  if (u === undefined || u.record !== undefined) return false;
  if (isCount(ctx, u.text)) return true;
  const before = ctx.units[j - 1];
  return u.text.length === 1 && ctx.tables.countClassifiers.has(u.text) && before !== undefined && isNumeralWord(ctx, before.text);
}

/**
 * Where a zone's name that the walk took from unit `left` starts once a company's name inside it is weighed: a zone named
 * with a company opens with the place it lies in (烟台 + 万华化学 + 工业园, 宿迁 + 京东 + 电子商务产业园); without a place
 * before it the company is a name of its own and the zone's name starts after it (入驻 + 京东 + 电子商务产业园 names none).
 */
function companyAfterPlace(ctx: RuleContext, left: number, head: number): number {
  for (let k = head - 1; k >= left; k--) {
    if ((ctx.units[k] as Unit).record?.type !== 'enterprise') continue;
    for (let p = left; p < k; p++) if (!isPlaceUnit(ctx, ctx.units[p] as Unit)) return k + 1;
    return k > left ? left : k + 1;
  }
  return left;
}

/** Does the unit end with a level word (湖北省, 湖口县; not 金川 of 金昌市金川工业集中区)? */
function withLevel(ctx: RuleContext, u: Unit): boolean {
  return ctx.tables.levelWords.has(u.text.charAt(u.text.length - 1));
}

const WALK: WalkOptions = {
  // 四平红嘴经济技术开发区 + 新能源汽车零部件产业园: a park inside a zone, both written out (22 characters).
  maxLength: 24,
  through: THROUGH,
  joiners: false,
  // 贵阳 + 国家 + 高新技术产业开发区: 国家 between the place and the ending.
  zoneWords: true,
  // 奎屯 + — + 独山子经济技术开发区: a zone of two places.
  dashes: true,
};

/** The unit where the zone whose ending is in unit `head` (its own text before the ending `before`) starts, the walk having stopped at `walked`; -1 for none. */
function zoneStart(ctx: RuleContext, walked: number, head: number, before: string, suffix: SuffixRule): number {
  // 淄博新旧动能 + 转换 + 创新示范区: words inside zones' names that end other names' walks.
  const left = zoneNameLeft(ctx, walked, head, WALK);
  // 京津两地共建 + 产业园: a verb of building before the suffix ends the name.
  const start = startWithDistinctPart(ctx, companyAfterPlace(ctx, afterBuildVerb(ctx, left, head, false), head), head, before);
  // 老城 + 片区, 湿地 + 生态区: an area's ending needs a place or a name; 三个 + 工业邨 is a kind.
  if (start >= 0 && ((suffix.needsPlace && !namesPlace(ctx, start, head, before)) || holdsCount(ctx, start, head) || gradesOnly(ctx, start, head, before))) return -1;
  if (start > 0 && buildsKind(ctx, start, head, before)) return -1;
  let s = start;
  if (s >= 0 && prefectureBefore(ctx, s, head, before)) s++;
  while (s >= 0 && placeAbovePlace(ctx, s, head)) s++;
  return s > 0 && counted(ctx, s) ? -1 : s;
}

const BUILD = '\u5efa';
const MAKE = '\u6253\u9020';

/**
 * Do the words from unit `start` name the kind of park being built, after a verb of building or a project's name
 * (建设 + 高端轴承产业园, 平陆运河 + 配套物流园)? A place or a name of the dictionaries in them names one (建设 + 兰州新区…).
 */
function buildsKind(ctx: RuleContext, start: number, head: number, before: string): boolean {
  const opener = ctx.units[start - 1] as Unit;
  if (opener.end !== (ctx.units[start] as Unit).start) return false;
  // Verbs that make a park (建设, 新建, 打造), not verbs that carry one on (推进 + 轨道交通装备产业园 + 二期建设).
  const makes = ctx.tables.buildWords.has(opener.text) && (opener.text.includes(BUILD) || opener.text === MAKE);
  if (!makes && opener.record?.type !== 'project') return false;
  return !namesPlace(ctx, start, head, before);
}

/**
 * Where a zone written right before an agency's ending in unit `end` starts (周口港口物流产业集聚区 + 管委会), the
 * zone's own rules deciding; -1 where no zone ends there. The zone's body is an agency of that name.
 */
export function zoneBodyStart(ctx: RuleContext, end: number): number {
  const unit = ctx.units[end];
  const suffix = unit?.record === undefined ? unit?.suffixes?.[0] : undefined;
  if (unit === undefined || suffix === undefined || suffix.type !== 'zone') return -1;
  const suffixStart = unit.end - suffix.suffix.length;
  let head = end;
  while (head > 0 && (ctx.units[head] as Unit).start > suffixStart) head--;
  const headUnit = ctx.units[head] as Unit;
  if (headUnit.start > suffixStart || headUnit.record !== undefined) return -1;
  return zoneStart(ctx, walkLeft(ctx, head, WALK), head, ctx.text.slice(headUnit.start, suffixStart), suffix);
}

export const zoneSuffix = suffixRule('zone-suffix', { type: 'zone', ...WALK, start: zoneStart });
