// A newspaper in a byline or a credit: a paper's ending (时报, 日报, 证券报 …: the organization endings of suffixes.tsv
// that end in 报) after one or two words, right before a byline word or right after a credit word
// (dict/entities/rules/press-cues.tsv: 证券时报 + 记者, 科技日报 + 讯, 据 + 中国证券报). There the words may be a
// trade (证券, 金融, 科技) that names nothing elsewhere: the byline tells a paper. The paper is an organization.
import type { Candidate, EntityRule, RuleContext, Unit } from '../types.js';

const PAPER = '\u62a5';
/** How many words may stand before the ending (中国 + 证券报, 南方 + 农村 + 报). */
const NAME_WORDS = 2;
const FULL_COLON = '\uff1a';

/** The length of the paper's ending at the end of unit u (时报, 证券报), 0 if none. */
function paperEnding(ctx: RuleContext, u: Unit): number {
  if (!u.han || u.record !== undefined || !u.text.endsWith(PAPER)) return 0;
  const suffix = u.suffixes?.[0];
  return suffix !== undefined && suffix.type === 'organization' && suffix.suffix.endsWith(PAPER) ? suffix.suffix.length : 0;
}

/** Is the unit a plain Han word that may be part of a paper's name: no function word or verb; a trade is fine? */
function namePart(ctx: RuleContext, u: Unit): boolean {
  if (u.record !== undefined) return u.record.type === 'place';
  return u.han && !ctx.tables.breakWords.has(u.text) && !ctx.tables.pressCues.has(u.text);
}

/** Is the paper credited: a byline word right after it, or a credit word right before it? */
function credited(ctx: RuleContext, first: number, last: number): boolean {
  const { units, tables, text } = ctx;
  const after = units[last + 1];
  if (after !== undefined && after.start === (units[last] as Unit).end && tables.pressCues.get(after.text) === 'after') return true;
  const before = units[first - 1];
  if (before === undefined) return false;
  if (before.text === FULL_COLON || before.text === ':') {
    const word = units[first - 2];
    return word !== undefined && tables.pressCues.get(word.text) === 'before';
  }
  return before.end === (units[first] as Unit).start && tables.pressCues.get(text.slice(before.start, before.end)) === 'before';
}

function find(ctx: RuleContext, out: Candidate[]): Candidate[] {
  const { units, suffixUnits } = ctx;
  // A paper's ending is a suffix: only the units that end with one are looked at.
  for (let n = 0; n < suffixUnits.length; n++) {
    const i = suffixUnits[n] as number;
    const u = units[i] as Unit;
    const ending = paperEnding(ctx, u);
    if (ending === 0) continue;
    // The ending glued to its name (金融时报) or the name's words before it (中国 + 证券报, 证券 + 时报).
    let first = i;
    if (u.text.length === ending) {
      for (let k = i - 1; k >= 0 && k >= i - NAME_WORDS && namePart(ctx, units[k] as Unit) && (units[k] as Unit).end === (units[k + 1] as Unit).start; k--) first = k;
      if (first === i) continue;
    }
    if (!credited(ctx, first, i)) continue;
    out.push({ start: (units[first] as Unit).start, end: u.end, type: 'organization', source: 'rule', rule: 'press-name' });
  }
  return out;
}

export const pressName: EntityRule = { name: 'press-name', find };
