// A branch of an agency, written with the agency and the place it serves: 中国人民银行 + 福建省 + 分行,
// 人民银行 + 兰州 + 中心支行. The branch ending is a company's (分行, 支行: suffixes.tsv, needs=parent), but
// the parent is an agency the dictionaries know, so the branch is an agency too. A branch needs its place
// (人民银行分行 names none), and one short word may stand between the place and the ending (中心 + 支行).
import type { EntityRule, RuleContext, Unit } from '../types.js';
import { isPlaceUnit } from '../place-unit.js';

/** At most one word between the place and the branch ending (中心 of 中心支行), this long. */
const MAX_INNER = 2;

/** Does unit u end in a branch ending (分行, 支行)? */
function isBranch(u: Unit | undefined): boolean {
  return u !== undefined && u.record === undefined && (u.suffixes?.some((r) => r.type === 'enterprise' && r.needsParent) ?? false);
}

/** The unit the branch of the agency at unit k ends at, or -1. */
function branchEnd(ctx: RuleContext, k: number): number {
  const { units } = ctx;
  let j = k + 1;
  while (j < units.length && (units[j] as Unit).start === (units[j - 1] as Unit).end && isPlaceUnit(ctx, units[j] as Unit)) j++;
  if (j === k + 1 || j >= units.length || (units[j] as Unit).start !== (units[j - 1] as Unit).end) return -1;
  if (isBranch(units[j])) return j;
  const inner = units[j] as Unit;
  if (inner.record !== undefined || !inner.han || inner.text.length > MAX_INNER || ctx.tables.breakWords.has(inner.text)) return -1;
  const next = units[j + 1];
  return next !== undefined && next.start === inner.end && isBranch(next) ? j + 1 : -1;
}

export const agencyBranch: EntityRule = {
  name: 'agency-branch',
  find(ctx, out) {
    if (ctx.nameCount === 0 || ctx.suffixUnits.length === 0) return out;
    for (let k = 0; k < ctx.units.length - 1; k++) {
      const u = ctx.units[k] as Unit;
      if (u.record?.type !== 'agency') continue;
      const end = branchEnd(ctx, k);
      if (end >= 0) out.push({ start: u.start, end: (ctx.units[end] as Unit).end, type: 'agency', source: 'rule', rule: 'agency-branch' });
    }
    return out;
  },
};
