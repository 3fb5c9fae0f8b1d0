// … + 大学 / 学院 / 研究院 / 研究所 / 科学院 / 联合体 / 协会 / 联盟 / 医院 / 分院: a research institute
// written with its parent group, academy or ministry is one name (甘肃药业集团科技创新研究院, 中国科学院沈阳分院,
// 科技部高技术研究发展中心, 中国科学院某地材料技术与工程研究所: a joiner between two plain words stays inside
// the name). A campus in brackets right after it belongs to it (中国矿业大学（北京）). A dash joins two partners
// inside the name (苏丹—中国友好协会, 中国—东盟商务理事会).
// A level word alone before the ending is the short form of a local institution (县 + 人民医院, 市 + 疾控中心,
// 省 + 农科院): the province, city or county the text is about (level-words.tsv).
import type { EntityType } from '../../types.js';
import { startWithNamePart, suffixRule } from '../suffix-rule.js';
import type { RuleContext, Unit } from '../types.js';

const THROUGH: ReadonlySet<EntityType> = new Set(['place', 'zone', 'agency', 'enterprise', 'organization', 'project']);

function levelShortForm(ctx: RuleContext, left: number, head: number, before: string): boolean {
  // 省农科院 as one token, or 县 + 人民医院.
  if (head === left) return ctx.tables.levelWords.has(before);
  const u = ctx.units[left] as Unit;
  return before === '' && head === left + 1 && u.record === undefined && ctx.tables.levelWords.has(u.text);
}

export const organizationSuffix = suffixRule('organization-suffix', {
  type: 'organization',
  maxLength: 24,
  through: THROUGH,
  joiners: true,
  dashes: true,
  start: (ctx, left, head, before) => (levelShortForm(ctx, left, head, before) ? left : startWithNamePart(ctx, left, head, before)),
});
