import { NAME_START } from '../lexicon/entities.js';
import type { RuleContext, Unit } from './types.js';

/**
 * Is the unit a place glued to the first character of a verb (高雄兴 + 建, 福清投 + 产): three characters
 * whose first two are a place name and whose last opens, with the character after the unit, a verb,
 * adverb or preposition of jieba's dictionary (兴建, 投产, 设立: break-words.tsv)? A name whose first two
 * characters are a place (江山 + 红) is followed by its own words (江山红说) and is no such unit.
 */
export function placeGluedToVerb(ctx: RuleContext, u: Unit): boolean {
  if (u.end - u.start !== 3 || !u.han || u.record !== undefined || u.end >= ctx.text.length) return false;
  // A place opens a dictionary name: the unit's first flags say whether any opens with its first character.
  if ((u.firstFlags & NAME_START) === 0) return false;
  // notNames holds every break word: its flags, read off the two units without a slice, rule out most units first.
  const { text, tables } = ctx;
  if (tables.notNames.getRange(text, u.end - 1, u.end + 1) === 0) return false;
  return tables.breakWords.has(text.slice(u.end - 1, u.end + 1)) && ctx.isPlace(u.text.slice(0, 2));
}
