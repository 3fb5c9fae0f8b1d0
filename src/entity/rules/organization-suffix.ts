// … + 大学 / 学院 / 研究院 / 研究所 / 科学院 / 联合体 / 协会 / 联盟 / 医院: a research institute
// written with its parent group or academy is one name (甘肃药业集团科技创新研究院, 中国科学院某地材料
//技术与工程研究所: a joiner between two plain words stays inside the name).
import type { EntityType } from '../../types.js';
import { startWithNamePart, suffixRule } from '../suffix-rule.js';

const THROUGH: ReadonlySet<EntityType> = new Set(['place', 'zone', 'enterprise', 'organization', 'project']);

export const organizationSuffix = suffixRule('organization-suffix', {
  type: 'organization',
  maxLength: 24,
  through: THROUGH,
  joiners: true,
  start: startWithNamePart,
});
