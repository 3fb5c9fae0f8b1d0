// A name of the company short-name list (dict/entities/brands/, noisy: read only here and in
// brand-list) is an enterprise next to a word that only a company goes with (dict/entities/rules/
// brand-cues.tsv): before a person's title (宏达 + 董事长; a part of the company may come between:
// 宏达市场部总监) or a word a company does or has (旗下, 股价, 推出, 宣布; 的 or a time word may come between: 宏达近日宣布), after a verb whose object is a company (收购 + 宏达), between a
// partner word and a deal word (与 + 宏达 + 签约). Places, people's names, jieba's common words and the
// built-in dictionary's names were filtered out of the list when it was built (scripts/dict/build-brands.mjs).
import { CUE_BITS } from '../../lexicon/brand-names.js';
import { BRAND_CUE_FIRST, BRAND_CUE_LAST } from '../../lexicon/entity-char-flags.js';
import { brandAfter, brandBefore } from '../brand-span.js';
import type { Candidate, EntityRule, RuleContext, Unit } from '../types.js';

const RULE = 'brand-cue';
/** 的 between a company and what it has (宏达的股价). */
const OF = '\u7684';
/** The most parts of a company (市场 + 研究部) between its name and a title. */
const MAX_PARTS = 2;

function candidate(ctx: RuleContext, first: number, last: number): Candidate {
  return { start: (ctx.units[first] as Unit).start, end: (ctx.units[last] as Unit).end, type: 'enterprise', source: 'rule', rule: RULE };
}

/** The unit before the first deal word within a short name's reach after unit k (与 + … + 签约), or -1. */
function dealBefore(ctx: RuleContext, k: number): number {
  const { units } = ctx;
  const start = (units[k] as Unit).end;
  for (let j = k + 1; j < units.length - 1 && (units[j] as Unit).end - start <= ctx.brands.longest; j++) {
    if (ctx.brands.cues.deal.has((units[j + 1] as Unit).text)) return j;
  }
  return -1;
}

export const brandCue: EntityRule = {
  name: RULE,
  find(ctx, out) {
    const { units } = ctx;
    const { cues } = ctx.brands;
    if ((ctx.firstFlags & BRAND_CUE_FIRST) === 0 || (ctx.lastFlags & BRAND_CUE_LAST) === 0) return out;
    for (let k = 0; k < units.length; k++) {
      const u = units[k] as Unit;
      if ((u.firstFlags & BRAND_CUE_FIRST) === 0 || (u.lastFlags & BRAND_CUE_LAST) === 0) continue;
      const word = u.text;
      const bits = ctx.brands.cueBits.get(word);
      if (bits === undefined) continue;
      if ((bits & (CUE_BITS.after | CUE_BITS.title)) !== 0) {
        // 宏达的股价, 宏达近日宣布: the name ends before 的 or a time word; 宏达市场部总监, 宏达市场研究部总监: before
        // one or two parts of the company.
        const before = k > 0 ? (units[k - 1] as Unit).text : '';
        let at = (before === OF || cues.between.has(before)) && (bits & CUE_BITS.after) !== 0 ? k - 1 : k;
        if (at === k && (bits & CUE_BITS.title) !== 0) {
          while (at > 0 && k - at < MAX_PARTS && cues.part.has((units[at - 1] as Unit).text)) at--;
        }
        const first = brandBefore(ctx, at, false);
        if (first >= 0) out.push(candidate(ctx, first, at - 1));
      }
      if ((bits & CUE_BITS.before) !== 0) {
        const last = brandAfter(ctx, k);
        if (last >= 0) out.push(candidate(ctx, k + 1, last));
      }
      if ((bits & CUE_BITS.partner) !== 0) {
        const last = dealBefore(ctx, k);
        if (last >= 0 && brandAfter(ctx, k) === last) out.push(candidate(ctx, k + 1, last));
      }
    }
    return out;
  },
};
