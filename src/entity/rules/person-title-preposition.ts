// A name whose surname is also a preposition, right after a title and before a verb of saying:
// 局长 + 于 + 海涛 + 介绍 is 于海涛, not 局长 + 于 (at) + 海涛. The segmenter reads the surname as the
// preposition, so person-title (which skips function words) never sees it. Only a two-character given
// name of given-name characters (not a common, generic or title word, nor a word more often a phrase:
// 近日, 会上) followed by a verb of saying counts: 局长于近日表示 names no one.
import { GIVEN_CHAR, TITLE_LAST } from '../../lexicon/entity-char-flags.js';
import type { EntityRule, RuleContext, Unit } from '../types.js';

const GIVEN_LENGTH = 2;

/** Is unit u a two-character given name: both characters given-name characters, no word of another kind? */
function givenName(ctx: RuleContext, u: Unit): boolean {
  const { tables, text } = ctx;
  if (u.end - u.start !== GIVEN_LENGTH || !u.han || u.record !== undefined) return false;
  for (let i = u.start; i < u.end; i++) if (((tables.charFlags[text.charCodeAt(i)] as number) & GIVEN_CHAR) === 0) return false;
  const w = u.text;
  return !tables.breakOrGeneric.has(w) && !tables.commonWords.has(w) && !tables.titles.has(w) && !tables.givenLookalikes.has(w);
}

export const personTitlePreposition: EntityRule = {
  name: 'person-title-preposition',
  find(ctx, out) {
    const { units, tables } = ctx;
    if ((ctx.lastFlags & TITLE_LAST) === 0) return out;
    for (let k = 0; k + 3 < units.length; k++) {
      const title = units[k] as Unit;
      if ((title.lastFlags & TITLE_LAST) === 0 || !tables.titles.has(title.text)) continue;
      const surname = units[k + 1] as Unit;
      const given = units[k + 2] as Unit;
      const verb = units[k + 3] as Unit;
      if (surname.start !== title.end || surname.end - surname.start !== 1 || surname.record !== undefined) continue;
      // Only a surname the walk reads as a function word: the others are person-title's.
      if (!tables.surnames.has(surname.text) || !tables.breakWords.has(surname.text)) continue;
      if (given.start !== surname.end || verb.start !== given.end || !givenName(ctx, given) || !tables.speechVerbs.has(verb.text)) continue;
      out.push({ start: surname.start, end: given.end, type: 'person', source: 'rule', rule: 'person-title-preposition' });
    }
    return out;
  },
};
