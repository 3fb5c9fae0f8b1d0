import { NAME_START } from '../lexicon/entities.js';
import { NotName } from '../lexicon/entity-rule-types.js';
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
  // notNames flags every break word: one lookup off the two units, without a slice.
  return (ctx.tables.notNames.getRange(ctx.text, u.end - 1, u.end + 1) & NotName.Break) !== 0 && ctx.isPlace(u.text.slice(0, 2));
}
