// … + 有限公司 / 股份有限公司 / 集团 / 公司 / 厂, parenthesized parts included (海默科技(集团),
// 西门子(中国)有限公司). A company written after its group is a name of its own: the walk stops at
// another enterprise name (兰石集团 + 兰石重装公司).
import type { EntityType } from '../../types.js';
import { startWithNamePart, suffixRule } from '../suffix-rule.js';

const THROUGH: ReadonlySet<EntityType> = new Set(['place', 'zone']);

export const enterpriseSuffix = suffixRule('enterprise-suffix', {
  type: 'enterprise',
  maxLength: 24,
  through: THROUGH,
  joiners: false,
  fullNamesOf: 'enterprise',
  start: startWithNamePart,
});
