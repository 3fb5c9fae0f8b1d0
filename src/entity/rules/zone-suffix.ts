// … + 新区 / 高新区 / 经开区 / 开发区 / 工业园区 / 产业园 / 示范区 / 试验区 / 自创区 / 园区: a place
// or a distinctive name before the suffix (成都高新技术产业开发区, 张江科学城); 国家高新区 or a bare
// 试验区 is a category, not a name; nor is a verb of building part of one (京津两地共建产业园).
import type { EntityType } from '../../types.js';
import { afterBuildVerb, startWithDistinctPart, suffixRule } from '../suffix-rule.js';

const THROUGH: ReadonlySet<EntityType> = new Set(['place', 'zone']);

export const zoneSuffix = suffixRule('zone-suffix', {
  type: 'zone',
  maxLength: 20,
  through: THROUGH,
  joiners: false,
  // 贵阳 + 国家 + 高新技术产业开发区: 国家 between the place and the ending.
  zoneWords: true,
  // 京津两地共建 + 产业园: a verb of building before the suffix ends the name.
  start: (ctx, left, head, before) => startWithDistinctPart(ctx, afterBuildVerb(ctx, left, head, false), head, before),
});
