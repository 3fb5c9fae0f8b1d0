// … + 项目 / 工程 / 行动计划 / 行动 / 专项 / 专项资金 with a distinguishing name: a place, zone or
// company in it, a quoted label (“一企一策”重点人才项目), a capacity (年产30万辆…项目, 20万吨/年…项目,
// 20GWh…项目) or a built work after a name part (黄河大桥项目); two places may be joined by a route
// word (甲地至乙地高速公路项目). A built work's own ending (…水电站, …数据中心) needs only a distinctive
// name. Followed by a count (改造项目69个) it names a category of projects, not one; so does a place
// or zone followed only by category words (河东区重点项目, 河东区8个项目, 省列第三批重大项目). Followed by a
// company's ending (…工程有限公司) it is part of the company's name.
import type { SuffixRule } from '../../lexicon/entities.js';
import type { EntityType } from '../../types.js';
import { afterBuildVerb, isNamePart, isNamingRecord, startWithDistinctPart, suffixRule } from '../suffix-rule.js';
import type { RuleContext, Unit } from '../types.js';
import { followedByCount, isCount } from './counts.js';
import { afterPlacesAbove } from '../place-above.js';
import { capacity, capacityAfterVerb, openingBeforeCapacity } from '../project-capacity.js';
import { categoryOnly, endsCompanyOrZone } from '../project-categories.js';

const THROUGH: ReadonlySet<EntityType> = new Set(['place', 'zone', 'enterprise', 'organization', 'project']);
const QUOTES = new Set(['“', '”', '"', '「', '」']);
/** 计划 (plan): after a line's work (…高速公路 + 计划年底通车) it is the work's verb. */
const PLAN = '\u8ba1\u5212';
/** 线 (line): a rail or metro line after its place (东涌线). */
const LINE = '\u7ebf';

function distinguished(ctx: RuleContext, walked: number, head: number, before: string, suffix: SuffixRule): number {
  // 四川宜宾投资建设 + 动力电池项目: the name starts after a verb of building; right before 项目 it stays
  // (高标准农田建设项目), not before a built work (某地新建 + 光伏电站 names none).
  const left = afterCount(ctx, afterBuildVerb(ctx, walked, head, !suffix.named), head);
  if (left === head && before === '') return -1;
  if (categoryOnly(ctx, left, head, before, suffix.named) || afterProjectName(ctx, left, head, before, suffix.suffix) || projectThenWord(ctx, left, head)) return -1;
  if (suffix.named) return startWithDistinctPart(ctx, left, head, before);
  // A phase after a name part (超级工厂 + 二期 + 项目, 炼化一体化 + 二期工程) tells one project; 一期项目, 园区二期项目 do not.
  if (isPhase(before) && phaseOfName(ctx, left, head)) return left;
  const verbBefore = capacityAfterVerb(ctx, left, head);
  if (verbBefore >= 0) return verbBefore;
  let named = false;
  for (let i = left; i < head; i++) {
    const u = ctx.units[i] as Unit;
    if (isNamingRecord(ctx, u) || QUOTES.has(u.text)) return left;
    // A capacity opens the name unless a company or place is written before it (建设 + 年产30万辆…项目).
    // 第 + 6代 (a display line's generation) opens the name like a capacity.
    // A county written without its level right before the capacity is where the project is (当涂 + 2×100万千瓦…项目).
    if (capacity(ctx, i)) return named ? left : i > left && openingBeforeCapacity(ctx, ctx.units[i - 1] as Unit) ? i - 1 : i;
    // A company or zone ending inside (天启集团 + 汽车部件项目; not a generic 工厂), or a built work after a name part (黄河 + 大桥).
    if (i > left && ((endsCompanyOrZone(u) && !ctx.tables.genericWords.has(u.text)) || (ctx.tables.facilityWords.has(u.text) && namePartBefore(ctx, left, i)))) return left;
    if (isPhase(u.text) && phaseOfName(ctx, left, i)) return left;
    // A built work written as one word with its name (广州白云国际机场 + 三期扩建工程), or named by its own ending
    // (贵安智算中心 + 项目, 华中枢纽转运中心 + 二期项目).
    if (namedWork(ctx, u.text) || (i > left && namedEnding(ctx, left, i))) return left;
    named ||= u.suffixes !== null;
  }
  return -1;
}

/**
 * Where the name starts after the last count inside the walk (将军澳工业邨内 + 两座 + 数据中心, 园区 + 三个 + 污水处理项目):
 * the words after a count tell a kind of work, not which one, and the words before it are where the works stand.
 */
function afterCount(ctx: RuleContext, left: number, head: number): number {
  for (let i = head - 1; i >= left; i--) if ((ctx.units[i] as Unit).record === undefined && isCount(ctx, (ctx.units[i] as Unit).text)) return i + 1;
  return left;
}

/**
 * Is the suffix a word of its own right after a project's ending or a line's work (…高速公路工程 + 计划明年建成,
 * 该项目 + 计划投资, 南阳至信阳高速公路 + 计划年底通车)? Then it is a verb or a plan of that project, not the end of a longer name.
 */
function afterProjectName(ctx: RuleContext, left: number, head: number, before: string, suffix: string): boolean {
  const previous = ctx.units[head - 1];
  if (before !== '' || head - 1 < left || previous === undefined || previous.end !== (ctx.units[head] as Unit).start) return false;
  if (suffix === PLAN && previous.suffixes === null && ctx.tables.lineWorks.has(previous.text)) return true;
  // 港铁公司 + 计划推展…: 计划 right after a company is its verb (plans to).
  if (suffix === PLAN && isCompany(previous)) return true;
  return previous.suffixes !== null && previous.suffixes.some((r) => r.type === 'project' && !r.named);
}

const INNER_ENDINGS = new Set(['\u5de5\u7a0b', '\u9879\u76ee']);

/**
 * Does a project's ending written as a word of its own (工程, 项目) stand inside the walk, followed by a word that is no
 * phase and no word of projects' names (…填海工程 + 获颁 + 工程奖项)? Then a project ends there and the words after it
 * name none; a phase goes on (…热电联产项目 + 一期工程).
 */
function projectThenWord(ctx: RuleContext, left: number, head: number): boolean {
  for (let k = left; k + 1 < head; k++) {
    // 港铁公司 + 计划 + 推展 … 计划: the company's verb inside the walk.
    if (k > left && (ctx.units[k] as Unit).text === PLAN && isCompany(ctx.units[k - 1] as Unit)) return true;
    if (!INNER_ENDINGS.has((ctx.units[k] as Unit).text)) continue;
    const next = (ctx.units[k + 1] as Unit).text;
    const { tables } = ctx;
    if (!isPhase(next) && !tables.projectWords.has(next) && !tables.facilityWords.has(next) && !tables.joiners.has(next)) return true;
  }
  return false;
}

/** Is unit `u` a company: a dictionary company or a word ending with a company's ending (港铁公司)? */
function isCompany(u: Unit): boolean {
  if (u.record !== undefined) return u.record.type === 'enterprise';
  return u.suffixes !== null && u.suffixes.some((r) => r.type === 'enterprise' && !r.needsBrand);
}

/** Is a unit from `left` to `i` a name part, not another built work (黄河 + 大桥, not 机场 + 铁路)? */
function namePartBefore(ctx: RuleContext, left: number, i: number): boolean {
  for (let k = left; k < i; k++) {
    const u = ctx.units[k] as Unit;
    const text = u.text;
    // A bare ending (园区 + 二期项目) names nothing.
    if (u.suffixes !== null && u.suffixes[0]?.suffix === text) continue;
    if (text.length >= 2 && isNamePart(ctx, text) && !ctx.tables.facilityWords.has(text) && !ctx.tables.categoryWords.has(text)) return true;
  }
  return false;
}

/**
 * Does unit i end a built work by its own ending (…智算中心, …转运中心: needs=named) with a distinctive name from unit
 * `left` on, as the work alone would be taken (贵安 + 智算中心; not 航空物流 + 转运中心)?
 */
function namedEnding(ctx: RuleContext, left: number, i: number): boolean {
  const u = ctx.units[i] as Unit;
  const ending = u.suffixes?.find((r) => r.type === 'project' && r.named);
  if (ending === undefined) return false;
  const suffixStart = u.end - ending.suffix.length;
  let head = i;
  while (head > left && (ctx.units[head] as Unit).start > suffixStart) head--;
  const headUnit = ctx.units[head] as Unit;
  if (headUnit.start > suffixStart) return false;
  return startWithDistinctPart(ctx, left, head, ctx.text.slice(headUnit.start, suffixStart)) >= 0;
}

/** Is `text` a name part followed by a route's end or a built work (广州白云国际机场, 杭州西站), in one word? */
function namedWork(ctx: RuleContext, text: string): boolean {
  const { tables } = ctx;
  // 第二阶段 ends like a section (段) but is a phase.
  if (isPhase(text)) return false;
  for (let cut = 2; cut < text.length; cut++) {
    const tail = text.slice(cut);
    // A line (东涌 + 线) is named by a place only, not by a kind of work (生产 + 线).
    const head = text.slice(0, cut);
    if ((tables.routeEnds.has(tail) || tables.facilityWords.has(tail)) && isNamePart(ctx, head) && (tail !== LINE || ctx.isPlace(head))) return true;
  }
  return false;
}

/**
 * Is a phase at unit i the phase of a name part before it (超级工厂 + 二期)? Not of an institute, which stays a
 * name of its own (之江实验室 + 二期工程).
 */
function phaseOfName(ctx: RuleContext, left: number, i: number): boolean {
  for (let k = left; k < i; k++) if ((ctx.units[k] as Unit).suffixes?.some((r) => r.type === 'organization') ?? false) return false;
  return namePartBefore(ctx, left, i);
}

/** Is `text` a phase of a project: a number + 期 or 阶段 (二期, 3期, 第一期, 第二阶段)? */
function isPhase(text: string): boolean {
  return PHASE.test(text);
}

// 二期, 3期, and as Hong Kong, Macao and Taiwan write them 第一期, 第二阶段 (第一階段).
const PHASE = /^\u7b2c?[0-9\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341]{1,2}(\u671f|\u9636\u6bb5)$/;

export const projectSuffix = suffixRule('project-suffix', {
  type: 'project',
  // A registered name before a capacity project (…股份有限公司 + 年产3000万件…改造项目) makes names of 31 and more.
  maxLength: 36,
  through: THROUGH,
  // 乙烯及炼油改扩建工程, 水利枢纽及配套灌区工程: one work and its parts (和 and 与 join two projects).
  joiners: new Set(['\u53ca']),
  digits: true,
  routes: true,
  // 中国 + — + 东盟信息港…工程: a work of two partners.
  dashes: true,
  // 南昌 + 国家级 + 经开区 + 新能源产业园项目: a zone's name inside.
  zoneWords: true,
  keep: (ctx) => ctx.tables.projectWords,
  // 郴州市 + 资兴市东江湖数据中心二期项目: the place above the next one stays a place, as before a zone.
  start: (ctx, left, head, before, suffix) => afterPlacesAbove(ctx, distinguished(ctx, left, head, before, suffix), head),
  accept: (ctx, _start, end) => !followedByCount(ctx.text, end, ctx.tables) && !followedByCompanyEnding(ctx, end),
});

/** Is the name followed by a company's ending (…第五工程 + 有限公司)? Then it is part of the company's name. */
function followedByCompanyEnding(ctx: RuleContext, end: number): boolean {
  const { text, tables } = ctx;
  for (let length = Math.min(tables.longestSuffix, text.length - end); length >= 1; length--) {
    if (tables.suffixes.get(text.slice(end, end + length))?.type === 'enterprise') return true;
  }
  return false;
}
