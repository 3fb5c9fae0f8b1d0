// Where a name of the company short-name list (dict/entities/brands/) stands next to a unit: the
// list is read only here, behind a context word the brand rules found first.
import { SENTENCE_PUNCTUATION } from './punctuation.js';
import { isNumeralWord } from './rules/counts.js';
import type { RuleContext, Unit } from './types.js';

/** Latin letters or digits only (a regular expression written once: a literal in a function is a new object at every call). */
const LATIN_OR_DIGITS = /^[A-Za-z0-9]+$/;

/** Can unit u be part of a short name: a token of Han letters (Latin letters or digits may close it), no dictionary name, no function word? */
function part(ctx: RuleContext, u: Unit | undefined): u is Unit {
  if (u === undefined || u.record !== undefined) return false;
  if (!u.han && !LATIN_OR_DIGITS.test(u.text)) return false;
  return !ctx.tables.breakOrGeneric.has(u.text);
}

/** Does unit u, next to unit prev, close a name there: nothing, a gap, punctuation, one character, a function or generic word, a context word? */
export function closesName(ctx: RuleContext, u: Unit | undefined, prev: Unit): boolean {
  // One character (后, 将, 在) rarely goes on a short name; where it does (…店) the whole is found by other rules.
  if (u === undefined || (u.start !== prev.end && u.end !== prev.start) || !part(ctx, u) || u.end - u.start === 1) return true;
  const { cues } = ctx.brands;
  // A joiner glued to the next item (美菱 + 和志高) ends this one.
  if (u.start === prev.end && cues.joiner.has(u.text.charAt(0))) return true;
  return cues.after.has(u.text) || cues.title.has(u.text) || cues.deal.has(u.text) || SENTENCE_PUNCTUATION.has(u.text);
}

/**
 * The longest short name made of whole units that ends where unit `k` starts, as [first unit, k);
 * -1 when none. `strict`: the unit before it must close a name too (an item of a list).
 */
export function brandBefore(ctx: RuleContext, k: number, strict: boolean): number {
  const { units } = ctx;
  const end = (units[k] as Unit).start;
  let found = -1;
  for (let i = k - 1; i >= 0; i--) {
    const u = units[i] as Unit;
    if (!part(ctx, u) || end - u.start > ctx.brands.longest || (i < k - 1 && u.end !== (units[i + 1] as Unit).start)) break;
    if (end - u.start >= 2 && ctx.brands.isBrand(ctx.text.slice(u.start, end))) found = i;
  }
  if (found < 0 || (strict && !closesName(ctx, units[found - 1], units[found] as Unit) && !isJoiner(ctx, units[found - 1]))) return -1;
  // After a numeral the name opens with a classifier (一名 + 大股东 cut as 一 | 名大 | 股东): no name. After
  // an organization's name it names a part of that one (富士康科技集团 + 新事业 + 总部).
  const before = units[found - 1];
  if (before !== undefined && before.end === (units[found] as Unit).start && (isNumeralWord(ctx, before.text) || OWNERS.has(before.record?.type ?? ''))) return -1;
  return found;
}

/**
 * The longest short name made of whole units that starts where unit `k` ends, as (k, last unit];
 * it must be closed after (by punctuation, a function word, a context word or the end): -1 when none.
 */
export function brandAfter(ctx: RuleContext, k: number): number {
  const { units } = ctx;
  const start = (units[k] as Unit).end;
  let found = -1;
  for (let j = k + 1; j < units.length; j++) {
    const u = units[j] as Unit;
    if (!part(ctx, u) || u.end - start > ctx.brands.longest || (j > k + 1 && u.start !== (units[j - 1] as Unit).end)) break;
    if (u.end - start >= 2 && (closesName(ctx, units[j + 1], u) || isJoiner(ctx, units[j + 1])) && ctx.brands.isBrand(ctx.text.slice(start, u.end))) found = j;
  }
  return found;
}

/** Types of names whose parts a short name written right after them would be. */
const OWNERS: ReadonlySet<string> = new Set(['enterprise', 'agency', 'organization', 'zone']);

/** Is unit u a word that joins the items of a list (、, 和, 与)? */
export function isJoiner(ctx: RuleContext, u: Unit | undefined): boolean {
  return u !== undefined && ctx.brands.cues.joiner.has(u.text);
}
