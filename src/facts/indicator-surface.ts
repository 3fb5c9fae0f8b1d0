// The indicator as written: the words a figure measures, trimmed of what the segmenter glued to them (a link
// word, a comparison, a change word, 全年), widened to a known indicator, with its canonical statistical name.
import { UnitFlag, WordRole, type FactLexicon } from '../lexicon/facts.js';
import type { Indicator } from '../types.js';

/** 全年 opening a phrase it was cut into (全|年发电量). */
const WHOLE_YEAR = '全年';

/** Times the segmenter may cut across, their first character glued to the phrase before them (毛收入上|月). */
const TIMES_CUT_ACROSS = ['上月', '本月', '当月', '同月', '上季', '本季', '当季', '上年', '本年', '当年'];

/** What a figure is compared with right after 比 (比上年, 比去年同期, 比年初). */
const COMPARISON_BASES = ['上年', '上月', '上季', '上半年', '去年', '前年', '年初', '同期'];

/**
 * The Indicator of a run of units, with its canonical statistical name where the table knows one. A
 * known indicator that ends where the run ends and starts before it, within `floor`, widens it
 * (居民人均可支配收入 although the segmenter cut off 居民人均可).
 */
export function toIndicator(text: string, start: number, end: number, floor: number, lex: FactLexicon): Indicator {
  const { unitFlags } = lex;
  // The flags tell without a slice when no indicator, or no link word, ends with the last character.
  const last = unitFlags[text.charCodeAt(end - 1)] as number;
  for (let length = Math.min(lex.longestIndicator, end - floor); length > end - start && (last & UnitFlag.IndicatorLast) !== 0; length--) {
    if (((unitFlags[text.charCodeAt(end - length)] as number) & UnitFlag.IndicatorFirst) !== 0 && lex.indicatorTable.find(text, end - length, end) >= 0) {
      start = end - length;
      break;
    }
  }
  // A link word the segmenter glued to the phrase (营收达) is no part of it; a known indicator ending in one (出超) keeps it.
  const known = (last & UnitFlag.LinkLast) !== 0 && (last & UnitFlag.IndicatorLast) !== 0 && lex.indicatorTable.find(text, start, end) >= 0;
  // A noun of the tables ending in a link word's character (合约, 公约) is whole: its last character was not glued.
  for (let length = 2; length >= 1 && (last & UnitFlag.LinkLast) !== 0 && !known; length--) {
    if (length === 1 && end - start >= 2 && (lex.roleTable.getRange(text, end - 2, end) & WordRole.Nominal) !== 0) break;
    if (end - start > length && (lex.roleTable.getRange(text, end - length, end) & WordRole.Link) !== 0) {
      end -= length;
      break;
    }
  }
  // A comparison the segmenter glued to the phrase (居民消费价格比|上年) is no part of it.
  if (end - start > 2 && text[end - 1] === '比' && opensWithAny(text, end, COMPARISON_BASES)) end--;
  // A change word left at the end once a link word is cut off (成长率|上|修至 -> 成长率上修) is no part of it.
  if (end - start > 3 && (lex.roleTable.getRange(text, end - 2, end) & (WordRole.Up | WordRole.Down)) !== 0) end -= 2;
  // A time word the segmenter cut across after the phrase (毛收入上|月为) is no part of it either.
  if (end - start > 2 && opensWithAny(text, end - 1, TIMES_CUT_ACROSS)) end--;
  // A time word the segmenter cut across (全|年发电量) is no part of it: the figure's time is its own.
  if (end - start > 3 && text.startsWith(WHOLE_YEAR, start)) start += WHOLE_YEAR.length;
  const surface = text.slice(start, end);
  const canonical = canonicalOf(surface, lex);
  return canonical === undefined ? { text: surface, start, end } : { text: surface, start, end, canonical };
}

/** Does one of `words` stand in the text at `at`? */
function opensWithAny(text: string, at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (text.startsWith(words[k] as string, at)) return true;
  return false;
}

/**
 * Does a known indicator hold the span [start, end) strictly inside it, with text on both sides (股东|应占|溢利)?
 * Only the surfaces the table's first and last units allow are looked up.
 */
export function insideIndicator(text: string, start: number, end: number, lex: FactLexicon): boolean {
  const { unitFlags, longestIndicator } = lex;
  for (let s = Math.max(0, end - longestIndicator); s < start; s++) {
    if (((unitFlags[text.charCodeAt(s)] as number) & UnitFlag.IndicatorFirst) === 0) continue;
    for (let e = end + 1; e <= text.length && e - s <= longestIndicator; e++) {
      if (((unitFlags[text.charCodeAt(e - 1)] as number) & UnitFlag.IndicatorLast) !== 0 && lex.indicatorTable.find(text, s, e) >= 0) return true;
    }
  }
  return false;
}

/**
 * The canonical name of the longest known indicator that heads the phrase: it ends the phrase
 * (全社会固定资产投资 -> 固定资产投资) or only an aspect of it follows (高新技术企业数量, GDP增速). A known
 * indicator that modifies another head names nothing (招商引资项目 counts projects, not funds).
 */
function canonicalOf(surface: string, lex: FactLexicon): string | undefined {
  const { unitFlags, indicatorTable } = lex;
  const exact = indicatorTable.find(surface, 0, surface.length);
  if (exact >= 0) return indicatorTable.canonicals[exact];
  for (let length = Math.min(surface.length - 1, lex.longestIndicator); length >= 2; length--) {
    for (let i = surface.length - length; i >= 0; i--) {
      if (((unitFlags[surface.charCodeAt(i)] as number) & UnitFlag.IndicatorFirst) === 0) continue;
      if (((unitFlags[surface.charCodeAt(i + length - 1)] as number) & UnitFlag.IndicatorLast) === 0) continue;
      const known = indicatorTable.find(surface, i, i + length);
      const found = known < 0 ? undefined : indicatorTable.canonicals[known];
      const rest = i + length;
      if (found !== undefined && (rest === surface.length || ((lex.roles.get(surface.slice(rest)) ?? 0) & WordRole.Aspect) !== 0)) return found;
    }
  }
  return undefined;
}
