// A formally titled document written without 《》: … + 工作要点 / 实施方案 / 管理办法 / 实施意见,
// a year written right before the title belonging to it (2025年四川省科技工作要点).
import type { EntityType } from '../../types.js';
import { startWithNamePart, suffixRule } from '../suffix-rule.js';
import type { Unit } from '../types.js';

const THROUGH: ReadonlySet<EntityType> = new Set(['place', 'zone', 'agency']);
const YEAR_PATTERN = /^(?:19|20)\d\d$/;
/** The year mark after the digits of a year. */
const YEAR_MARK = '\u5e74';

export const documentSuffix = suffixRule('document-suffix', {
  type: 'document',
  maxLength: 30,
  through: THROUGH,
  joiners: false,
  start(ctx, left, head, before) {
    const start = startWithNamePart(ctx, left, head, before);
    if (start < 1) return start;
    // The segmenter cuts 2024年 as 2024 + 年; the walk may already have taken the 年.
    const year = ctx.units[start] as Unit;
    if (year.text.startsWith(YEAR_MARK)) {
      const digits = ctx.units[start - 1] as Unit;
      return digits.end === year.start && YEAR_PATTERN.test(digits.text) ? start - 1 : start + (year.text === YEAR_MARK ? 1 : 0);
    }
    const previous = ctx.units[start - 1] as Unit;
    const digits = ctx.units[start - 2];
    if (previous.text === YEAR_MARK && digits !== undefined && digits.end === previous.start && YEAR_PATTERN.test(digits.text)) return start - 2;
    return start;
  },
});
