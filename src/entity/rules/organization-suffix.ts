// … + 大学 / 学院 / 研究院 / 研究所 / 科学院 / 联合体 / 协会 / 联盟 / 医院 / 分院: a research institute
// written with its parent group, academy or ministry is one name (甘肃药业集团科技创新研究院, 中国科学院沈阳分院,
// 科技部高技术研究发展中心, 中国科学院某地材料技术与工程研究所: a joiner between two plain words stays inside
// the name). A campus in brackets right after it belongs to it (中国矿业大学（北京）). A dash joins two partners
// inside the name (苏丹—中国友好协会, 中国—东盟商务理事会).
// A level word alone before the ending is the short form of a local institution (县 + 人民医院, 市 + 疾控中心,
// 省 + 农科院): the province, city or county the text is about (level-words.tsv).
// A verb of building inside the walk (上海交通大学共建 + 储能技术研究院, 吉林大学建设 + 重点实验室) ends the
// partner's name: the institute after it is a name only when a place or a name of its own is in it.
// A verb that bodies are named for (保护, 促进, 结合: organization-keep-words.tsv) does not end the walk
// (洱海保护基金会, 中西医结合学会); the name still needs a distinctive part besides it. A verb of building right
// before a society's ending (…会) is its cause (台南市工商发展投资策进会: one name).
import type { SuffixRule } from '../../lexicon/entities.js';
import type { EntityType } from '../../types.js';
import { afterBuildVerb, isNamingRecord, startWithNamePart, suffixRule } from '../suffix-rule.js';
import type { RuleContext, Unit } from '../types.js';

/** 会: the last character of a society's, association's or council's ending (协会, 促进会, 策进会). */
const SOCIETY = '\u4f1a';

const THROUGH: ReadonlySet<EntityType> = new Set(['place', 'zone', 'agency', 'enterprise', 'organization', 'project']);

function levelShortForm(ctx: RuleContext, left: number, head: number, before: string): boolean {
  // 省农科院 as one token, or 县 + 人民医院.
  if (head === left) return ctx.tables.levelWords.has(before);
  const u = ctx.units[left] as Unit;
  return before === '' && head === left + 1 && u.record === undefined && ctx.tables.levelWords.has(u.text);
}

/** Where the name starts once a verb of building in the walk is left out, or -1 when nothing names it then. */
function start(ctx: RuleContext, walked: number, head: number, before: string, suffix: SuffixRule): number {
  // A verb right before a society's ending (…会) tells its cause, not a partner's work: 台南市工商发展投资 + 策进会.
  const left = afterBuildVerb(ctx, walked, head, suffix.suffix.endsWith(SOCIETY));
  if (levelShortForm(ctx, left, head, before)) return left;
  if (left === walked) return startWithNamePart(ctx, left, head, before);
  for (let i = left; i < head; i++) if (isNamingRecord(ctx, ctx.units[i] as Unit) || ctx.isPlace((ctx.units[i] as Unit).text)) return left;
  return -1;
}

export const organizationSuffix = suffixRule('organization-suffix', {
  type: 'organization',
  maxLength: 24,
  through: THROUGH,
  joiners: true,
  dashes: true,
  keep: (ctx) => ctx.tables.organizationWords,
  start,
});
