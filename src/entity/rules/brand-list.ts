// The items of a list (、, 和, 与: joiner words of dict/entities/rules/brand-cues.tsv) next to a company
// the dictionaries know are companies too when they are names of the company short-name list
// (dict/entities/brands/): 华为、宏达和大新 — 宏达 after 华为, then 大新 after 宏达. Each item must be whole:
// the list's punctuation, a function word or a context word stands on its other side.
import { brandAfter, brandBefore, closesName, isJoiner } from '../brand-span.js';
import { CUE_BITS } from '../../lexicon/brand-names.js';
import { BRAND_JOINER_FIRST } from '../../lexicon/entity-char-flags.js';
import type { EntityRule, RuleContext, Unit } from '../types.js';

const RULE = 'brand-list';

/**
 * Is unit k a company the dictionaries know, or the end of a company's name (宏达 + 集团, …有限公司; a
 * one-character ending is not enough: 琉璃厂 is a street)?
 */
function known(ctx: RuleContext, k: number): boolean {
  const u = ctx.units[k];
  if (u === undefined) return false;
  if (u.record !== undefined) return u.record.type === 'enterprise';
  const suffix = u.suffixes?.find((r) => r.type === 'enterprise' && !r.needsParent && !r.needsBrand && r.suffix.length >= 2);
  if (suffix === undefined) return false;
  if (suffix.suffix.length < u.text.length) return true;
  const before = ctx.units[k - 1];
  return before !== undefined && before.end === u.start && before.han && !ctx.tables.breakWords.has(before.text) && !ctx.tables.genericWords.has(before.text);
}

/** Is unit k a one-character joiner glued to a whole short name (和 + 志高, cut as 和志高)? */
function gluedItem(ctx: RuleContext, k: number): boolean {
  const u = ctx.units[k] as Unit;
  if (u.text.length < 3 || !u.han || u.record !== undefined || !isJoiner(ctx, { ...u, text: u.text.charAt(0) })) return false;
  return closesName(ctx, ctx.units[k + 1], u) && ctx.brands.isBrand(u.text.slice(1));
}

export const brandList: EntityRule = {
  name: RULE,
  find(ctx, out) {
    const { units } = ctx;
    if ((ctx.firstFlags & BRAND_JOINER_FIRST) === 0) return out;
    // The joiners, in one pass: most texts have few, and the work is done only around them.
    const joiners: number[] = [];
    for (let k = 1; k < units.length; k++) {
      const u = units[k] as Unit;
      if ((u.firstFlags & BRAND_JOINER_FIRST) === 0) continue;
      if (isJoiner(ctx, u) || (u.text.length >= 3 && ((ctx.brands.cueBits.get(u.text.charAt(0)) ?? 0) & CUE_BITS.joiner) !== 0)) joiners.push(k);
    }
    if (joiners.length === 0) return out;
    // The unit index each found item ends at, so that a found item licenses the next one.
    const ends = new Set<number>();
    const starts = new Set<number>();
    const push = (first: number, last: number): void => {
      out.push({ start: (units[first] as Unit).start, end: (units[last] as Unit).end, type: 'enterprise', source: 'rule', rule: RULE });
      ends.add(last);
      starts.add(first);
    };
    // Left to right: a company before the joiner licenses the item after it, also one the segmenter
    // glued to a one-character joiner.
    for (const k of joiners) {
      if (!(known(ctx, k - 1) || ends.has(k - 1))) continue;
      if (isJoiner(ctx, units[k])) {
        const last = brandAfter(ctx, k);
        if (last >= 0) push(k + 1, last);
      } else if (gluedItem(ctx, k)) {
        out.push({ start: (units[k] as Unit).start + 1, end: (units[k] as Unit).end, type: 'enterprise', source: 'rule', rule: RULE });
        ends.add(k);
      }
    }
    // Right to left: a company after the joiner licenses the item before it.
    for (let n = joiners.length - 1; n >= 0; n--) {
      const k = joiners[n] as number;
      if (!isJoiner(ctx, units[k]) || !(known(ctx, k + 1) || starts.has(k + 1))) continue;
      const first = brandBefore(ctx, k, true);
      if (first >= 0 && !ends.has(k - 1)) push(first, k - 1);
    }
    return out;
  },
};
