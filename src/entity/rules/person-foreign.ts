// A foreign person's name written with a middle dot between its parts: 丹尼斯·霍珀, 阿沛·阿旺晋美,
// 阿卜杜勒·阿齐兹·本·沙特. Each part is a run of Han tokens written together (the segmenter often cuts
// transliterations into single characters) that stops at a function word, a title, a common word or a
// word written after names (总统, 说, 等人); the name holds at least one character chiefly used for foreign names
// (not-given-chars.tsv foreign: 斯, 尔, 娜 …), and is not one character on each side (江·阿). A dictionary name (中国·兰州) or a part right after 《
// (《诗经·小雅》) makes none.
import { cueAfter } from '../person-form.js';
import type { EntityRule, RuleContext, Unit } from '../types.js';

/** The middle dots (· • ・ ‧): the rule's marks, and what isDot looks for. */
const DOT_MARKS = '\u00b7\u2022\u30fb\u2027';
/** The dots of isDot, for one scan of the text. */
const DOTS = new RegExp(`[${DOT_MARKS}]`);

/** Is the unit one middle dot? */
function isDot(text: string, u: Unit | undefined): boolean {
  return u !== undefined && u.end - u.start === 1 && DOT_MARKS.includes(text.charAt(u.start));
}
/** One character, a dot, one character: shorter than any name's two parts. */
const SHORTEST_NAME = 3;
/** The longest part on either side of a dot. */
const MAX_PART = 6;

/** May unit k stand inside a foreign name? */
function namePiece(ctx: RuleContext, k: number): boolean {
  const u = ctx.units[k];
  if (u === undefined || !u.han || u.record !== undefined || u.end - u.start > MAX_PART) return false;
  const t = ctx.tables;
  if (t.breakOrGeneric.has(u.text) || t.titles.has(u.text) || t.personCuesBefore.has(u.text) || t.commonWords.has(u.text)) return false;
  // A title or a word written after names (总统, 说) is no part of one.
  return u.end - u.start === 1 || !cueAfter(ctx, u.start);
}

/** Away from the dot a part goes on only over single characters and tokens with a foreign-name character (not 之后). */
function goesOn(ctx: RuleContext, u: Unit): boolean {
  if (u.end - u.start === 1) return true;
  for (let i = u.start; i < u.end; i++) if (ctx.tables.foreignChars.has(ctx.text.charAt(i))) return true;
  return false;
}

/** The first unit of the part that ends right before unit k (a dot), or -1. */
function partBefore(ctx: RuleContext, k: number): number {
  let first = -1;
  for (let j = k - 1; j >= 0 && namePiece(ctx, j); j--) {
    const u = ctx.units[j] as Unit;
    if (u.end !== (ctx.units[j + 1] as Unit).start || (ctx.units[k] as Unit).start - u.start > MAX_PART || (j < k - 1 && !goesOn(ctx, u))) break;
    first = j;
  }
  return first;
}

/** The last unit of the part that starts right after unit k (a dot), or -1. */
function partAfter(ctx: RuleContext, k: number): number {
  let last = -1;
  for (let j = k + 1; j < ctx.units.length && namePiece(ctx, j); j++) {
    const u = ctx.units[j] as Unit;
    if (u.start !== (ctx.units[j - 1] as Unit).end || u.end - (ctx.units[k] as Unit).end > MAX_PART) break;
    if (j > k + 1 && (cueAfter(ctx, u.start) || !goesOn(ctx, u))) break;
    last = j;
  }
  return last;
}

export const personForeign: EntityRule = {
  name: 'person-foreign',
  marks: DOT_MARKS,
  find(ctx, out) {
    const { units, text } = ctx;
    // Most texts have no such dot: one native scan, and no walk over the units.
    if (!DOTS.test(text)) return out;
    for (let k = 1; k < units.length; k++) {
      if (!isDot(text, units[k])) continue;
      const first = partBefore(ctx, k);
      if (first === -1) continue;
      let last = partAfter(ctx, k);
      if (last === -1) continue;
      // More parts: 阿卜杜勒·阿齐兹·本·沙特.
      while (isDot(text, units[last + 1]) && units[last + 2] !== undefined) {
        const more = partAfter(ctx, last + 1);
        if (more === -1) break;
        last = more;
      }
      const start = (units[first] as Unit).start;
      const end = (units[last] as Unit).end;
      k = last;
      if (start > 0 && text.charAt(start - 1) === '《') continue;
      // One character on each side (买买提 + 江·阿 + 不都, cut short by function words) is no name's parts.
      if (end - start === SHORTEST_NAME) continue;
      let foreign = false;
      for (let i = start; i < end && !foreign; i++) foreign = ctx.tables.foreignChars.has(text.charAt(i));
      if (foreign) out.push({ start, end, type: 'person', source: 'rule', rule: 'person-foreign' });
    }
    return out;
  },
};
