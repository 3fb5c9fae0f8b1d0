import type { EntityRuleTables } from '../../lexicon/entities.js';
import type { RuleContext } from '../types.js';

/** Does a count (69个, 183项, 三项) follow offset `end` directly? */
export function followedByCount(text: string, end: number, tables: EntityRuleTables): boolean {
  let i = end;
  while (i < text.length && isNumeral(text.charCodeAt(i), text.charAt(i), tables)) i++;
  return i > end && tables.countClassifiers.has(text.charAt(i));
}

/** 万, 千, 百: a count needs a digit before them (万家乐 opens with no count). */
const MAGNITUDES = '\u4e07\u5343\u767e';

/** Is the word a count and nothing else: numerals then a classifier (三大, 两家, 3个), not 万家? */
export function isCount(ctx: RuleContext, text: string): boolean {
  const last = text.length - 1;
  if (last < 1 || !ctx.tables.countClassifiers.has(text.charAt(last))) return false;
  let digit = false;
  for (let i = 0; i < last; i++) {
    if (!isNumeral(text.charCodeAt(i), text.charAt(i), ctx.tables)) return false;
    digit ||= !MAGNITUDES.includes(text.charAt(i));
  }
  return digit;
}

/** Is `text` made of digits and numerals only (8, 三, 12)? */
export function isNumeralWord(ctx: RuleContext, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isNumeral(text.charCodeAt(i), text.charAt(i), ctx.tables)) return false;
  return text.length > 0;
}

function isNumeral(c: number, ch: string, tables: EntityRuleTables): boolean {
  return (c >= 0x30 && c <= 0x39) || tables.numerals.has(ch);
}
