import type { EntityRuleTables } from '../../lexicon/entities.js';

/** Does a count (69个, 183项, 三项) follow offset `end` directly? */
export function followedByCount(text: string, end: number, tables: EntityRuleTables): boolean {
  let i = end;
  while (i < text.length && isNumeral(text.charCodeAt(i), text.charAt(i), tables)) i++;
  return i > end && tables.countClassifiers.has(text.charAt(i));
}

function isNumeral(c: number, ch: string, tables: EntityRuleTables): boolean {
  return (c >= 0x30 && c <= 0x39) || tables.numerals.has(ch);
}
