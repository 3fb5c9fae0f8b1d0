// A person's name right after a title or role: 总经理助理朱永红, 记者 王芳. The name is two or three
// characters and opens with a surname (dict/entities/rules/surnames.tsv).
import { GIVEN_CHAR, TITLE_LAST } from '../../lexicon/entity-char-flags.js';
import type { EntityRule, RuleContext, Unit } from '../types.js';

const MIN_NAME = 2;
const MAX_NAME = 3;

/** A two- or three-character name opening with a surname, not a common or generic word. */
export function plausibleName(ctx: RuleContext, text: string): boolean {
  const { tables } = ctx;
  const double = tables.surnames.has(text.slice(0, 2));
  if (text.length < MIN_NAME || text.length > (double ? MAX_NAME + 1 : MAX_NAME)) return false;
  if (!double && !tables.surnames.has(text.slice(0, 1))) return false;
  // A surname and an honorific (吴小姐, 姚先生) is how news refers to someone, not a name.
  if (tables.honorifics.has(text.slice(double ? 2 : 1))) return false;
  return !tables.breakOrGeneric.has(text) && !tables.commonWords.has(text) && !tables.titles.has(text);
}

/**
 * How many characters of the next units belong to a two-character name the segmenter cut short: the
 * last character of the given name glued to a one-character verb of saying (吴诚 + 文说), read as a
 * joiner before one (周清 + 和 + 表示), or left alone before a verb (徐海 + 涛 + 介绍, 陈向 + 群 + 主持).
 * 0 when none.
 */
function cutTail(ctx: RuleContext, index: number, end: number): number {
  const next = ctx.units[index];
  if (next === undefined || next.start !== end || !next.han || next.record !== undefined) return 0;
  const { tables } = ctx;
  if (next.text.length === 2 && tables.speechVerbs.has(next.text.charAt(1))) return 1;
  const after = ctx.units[index + 1];
  if (next.text.length !== 1) return 0;
  // 记者 + 许国 + 荣 + ）: a byline's name left alone before its end (a bracket, a slash, a space or the text's end).
  if (bylineClose(ctx, next.end)) return givenAlone(ctx, next.text) ? 1 : 0;
  if (after === undefined || after.start !== next.end) return 0;
  const speech = tables.speechVerbs.has(after.text);
  if (!speech && !tables.breakWords.has(after.text)) return 0;
  // 周清 + 和 + 表示; 徐海 + 涛 + 介绍, 陈向 + 群 + 主持 (a given name's character the segmenter left alone
  // before a verb).
  return (speech && tables.joiners.has(next.text)) || givenAlone(ctx, next.text) ? 1 : 0;
}

/** Is the one character a given name's, no break word and no verb glued to names? */
function givenAlone(ctx: RuleContext, ch: string): boolean {
  const { tables } = ctx;
  return ((tables.charFlags[ch.charCodeAt(0)] as number) & GIVEN_CHAR) !== 0 && !tables.breakWords.has(ch) && !tables.gluedToNames.has(ch);
}

/** Does a byline's name end at `end`: the text's end, a space, a closing bracket or a slash? */
function bylineClose(ctx: RuleContext, end: number): boolean {
  return end === ctx.text.length || BYLINE_CLOSE.has(ctx.text.charAt(end));
}

const BYLINE_CLOSE = new Set([' ', '\u3000', ')', '\uff09', '/', '\uff0f', '\n']);

/**
 * Is the last of the three characters of unit u a verb the segmenter glued to a two-character name
 * (书记安伟 + 到), one that is never a given name's character (person-cues.tsv, glued)?
 */
function gluedVerb(ctx: RuleContext, u: Unit): boolean {
  const { tables, text } = ctx;
  if (u.end - u.start !== MAX_NAME || tables.surnames.has(u.text.slice(0, 2))) return false;
  const last = text.charCodeAt(u.end - 1);
  return tables.gluedToNames.has(text.charAt(u.end - 1)) && ((tables.charFlags[last] as number) & GIVEN_CHAR) === 0;
}

export const personTitle: EntityRule = {
  name: 'person-title',
  find(ctx, out) {
    const { units, tables } = ctx;
    if ((ctx.lastFlags & TITLE_LAST) === 0) return out;
    for (let k = 0; k + 1 < units.length; k++) {
      const title = units[k] as Unit;
      if ((title.lastFlags & TITLE_LAST) === 0 || !tables.titles.has(title.text)) continue;
      const first = units[k + 1] as Unit;
      if (!first.han || first.record !== undefined || first.start - (units[k] as Unit).end > 1) continue;
      let end = first.end;
      const second = units[k + 2];
      // The segmenter may cut an unknown name into surname + given name (王 + 立新, 欧阳 + 振华).
      const surnameAlone = first.text.length === 1 ? !tables.breakWords.has(first.text) : first.text.length === 2 && tables.surnames.has(first.text);
      if (surnameAlone && second !== undefined && second.han && second.start === first.end && second.record === undefined) {
        if (!tables.breakWords.has(second.text) && second.text.length <= 2) end = second.end;
      }
      if (end - first.start === MIN_NAME) end += cutTail(ctx, end === first.end ? k + 2 : k + 3, end);
      else if (end === first.end && gluedVerb(ctx, first)) end -= 1;
      const name = ctx.text.slice(first.start, end);
      if (plausibleName(ctx, name)) out.push({ start: first.start, end, type: 'person', source: 'rule', rule: 'person-title' });
    }
    return out;
  },
};
