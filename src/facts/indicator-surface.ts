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
  // The longest known indicator that ends at `end`, starts before `start` and not before `floor`.
  const surfaces = (last & UnitFlag.IndicatorLast) !== 0 ? lex.indicatorsEnding.get(text.charCodeAt(end - 1)) : undefined;
  const widest = Math.min(lex.longestIndicator, end - floor);
  for (let k = 0; surfaces !== undefined && k < surfaces.length; k++) {
    const length = (surfaces[k] as string).length;
    if (length <= end - start) break;
    if (length <= widest && text.startsWith(surfaces[k] as string, end - length)) {
      start = end - length;
      break;
    }
  }
  // A link word the segmenter glued to the phrase (营收达) is no part of it; a known indicator ending in one (出超) keeps it.
  const known = (last & UnitFlag.LinkLast) !== 0 && (last & UnitFlag.IndicatorLast) !== 0 && indicatorAt(text, start, end, lex) !== undefined;
  // A noun of the tables ending in a link word's character (合约, 公约) is whole: its last character was not glued.
  for (let length = 2; length >= 1 && (last & UnitFlag.LinkLast) !== 0 && !known; length--) {
    if (length === 1 && end - start >= 2 && (lex.roleTable.getRange(text, end - 2, end) & WordRole.Nominal) !== 0) break;
    if (end - start > length && (lex.roleTable.getRange(text, end - length, end) & WordRole.Link) !== 0) {
      end -= length;
      break;
    }
  }
  // A comparison the segmenter glued to the phrase (居民消费价格比|上年) is no part of it.
  if (end - start > 2 && text[end - 1] === '比' && COMPARISON_BASES.some((base) => text.startsWith(base, end))) end--;
  // A change word left at the end once a link word is cut off (成长率|上|修至 -> 成长率上修) is no part of it.
  if (end - start > 3 && (lex.roleTable.getRange(text, end - 2, end) & (WordRole.Up | WordRole.Down)) !== 0) end -= 2;
  // A time word the segmenter cut across after the phrase (毛收入上|月为) is no part of it either.
  if (end - start > 2 && TIMES_CUT_ACROSS.some((time) => text.startsWith(time, end - 1))) end--;
  // A time word the segmenter cut across (全|年发电量) is no part of it: the figure's time is its own.
  if (end - start > 3 && text.startsWith(WHOLE_YEAR, start)) start += WHOLE_YEAR.length;
  const surface = text.slice(start, end);
  const canonical = canonicalOf(surface, lex);
  return canonical === undefined ? { text: surface, start, end } : { text: surface, start, end, canonical };
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
      if (((unitFlags[text.charCodeAt(e - 1)] as number) & UnitFlag.IndicatorLast) !== 0 && indicatorAt(text, s, e, lex) !== undefined) return true;
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
  const exact = indicatorAt(surface, 0, surface.length, lex);
  if (exact !== undefined) return lex.indicators.get(exact);
  const { unitFlags } = lex;
  for (let length = Math.min(surface.length - 1, lex.longestIndicator); length >= 2; length--) {
    for (let i = surface.length - length; i >= 0; i--) {
      if (((unitFlags[surface.charCodeAt(i)] as number) & UnitFlag.IndicatorFirst) === 0) continue;
      if (((unitFlags[surface.charCodeAt(i + length - 1)] as number) & UnitFlag.IndicatorLast) === 0) continue;
      const known = indicatorAt(surface, i, i + length, lex);
      const found = known === undefined ? undefined : lex.indicators.get(known);
      const rest = i + length;
      if (found !== undefined && (rest === surface.length || ((lex.roles.get(surface.slice(rest)) ?? 0) & WordRole.Aspect) !== 0)) return found;
    }
  }
  return undefined;
}

/**
 * The known indicator surface written at text[start, end), or undefined. The surfaces that end in the same unit
 * are compared in place: no slice of the text is made and hashed.
 */
function indicatorAt(text: string, start: number, end: number, lex: FactLexicon): string | undefined {
  const surfaces = lex.indicatorsEnding.get(text.charCodeAt(end - 1));
  if (surfaces === undefined) return undefined;
  const length = end - start;
  for (let k = 0; k < surfaces.length; k++) {
    const surface = surfaces[k] as string;
    // Longest first: once they are shorter, none is as long.
    if (surface.length < length) return undefined;
    if (surface.length === length && text.startsWith(surface, start)) return surface;
  }
  return undefined;
}
