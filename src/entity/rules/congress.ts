// Party congresses and terms of the people's congresses (dict/entities/rules/congress-words.tsv): the party's
// national congress is its highest leading body, an organization — 中共十五大, 党的 + 十九大, 中国致公党第十一次全国代表大会,
// 第十五次全国代表大会; a term of the National People's Congress is the legislature, an agency — 第九届全国人民代表大会,
// 九届全国人大. A short form alone (十五大) is a congress only from 十一 on and before an after word or punctuation
// (十五大以来, 十五大精神): 十大, 三大, 十二大行业 are counts. A plenum (十五届三中全会) is a session, no name.
import type { CongressTables } from '../../lexicon/congress-words.js';
import { CONGRESS_LAST } from '../../lexicon/entity-char-flags.js';
import type { Candidate, EntityRule, RuleContext, Unit } from '../types.js';

/** The longest ordinal that ends at `end`, as its length (0 when none does). */
function ordinalBefore(text: string, end: number, c: CongressTables): number {
  for (let length = Math.min(c.longestOrdinal, end); length >= 1; length--) {
    if (c.ordinals.has(text.slice(end - length, end))) return length;
  }
  return 0;
}

/** The index of the unit that starts at `offset`, looking back from unit k; -1 when none does. */
function unitStartingAt(units: readonly Unit[], k: number, offset: number): number {
  let j = k;
  while (j > 0 && (units[j] as Unit).start > offset) j--;
  return (units[j] as Unit).start === offset ? j : -1;
}

/** Where a party's name (中共, a dictionary organization such as 中国致公党) written right before unit j starts, or -1. */
function partyBefore(ctx: RuleContext, j: number): number {
  const before = ctx.units[j - 1];
  if (before === undefined || before.end !== (ctx.units[j] as Unit).start) return -1;
  if (ctx.tables.congress.parties.has(before.text) || before.record?.type === 'organization') return before.start;
  return -1;
}

/** 第十一次 + 全国代表大会, 九届 + 全国人大: the candidate for a body at unit k, or null. */
function termOfBody(ctx: RuleContext, k: number): Candidate | null {
  const { text, units } = ctx;
  const c = ctx.tables.congress;
  const u = units[k] as Unit;
  const type = c.bodies.get(u.text);
  if (type === undefined || u.start < 2 || !c.terms.has(text.charAt(u.start - 1))) return null;
  const length = ordinalBefore(text, u.start - 1, c);
  if (length === 0) return null;
  let start = u.start - 1 - length;
  if (start > 0 && c.first.has(text.charAt(start - 1))) start--;
  const j = unitStartingAt(units, k, start);
  if (j < 0) return null;
  const party = partyBefore(ctx, j);
  return { start: party >= 0 ? party : start, end: u.end, type, source: 'rule', rule: 'congress' };
}

/** 十五大, 中共十五大, 十九 + 大: the candidate for a short form ending unit k, or null. */
function shortForm(ctx: RuleContext, k: number): Candidate | null {
  const { text, units } = ctx;
  const c = ctx.tables.congress;
  const u = units[k] as Unit;
  if (!u.han || u.record !== undefined || !c.short.has(text.charAt(u.end - 1))) return null;
  const length = ordinalBefore(text, u.end - 1, c);
  if (length === 0) return null;
  const ordinal = u.end - 1 - length;
  let start: number;
  let named = false;
  if (ordinal > u.start) {
    // 中共十五大 as one token: the party opens it.
    if (!c.parties.has(text.slice(u.start, ordinal))) return null;
    start = u.start;
    named = true;
  } else {
    const j = unitStartingAt(units, k, ordinal);
    if (j < 0) return null;
    const party = partyBefore(ctx, j);
    named = party >= 0 || ownerBefore(text, ordinal, c);
    start = party >= 0 ? party : ordinal;
  }
  if (!named && !(c.ordinals.get(text.slice(ordinal, u.end - 1)) === true && closesBare(ctx, k))) return null;
  return { start, end: u.end, type: 'organization', source: 'rule', rule: 'congress' };
}

/** Is an owner word (党的) written right before `offset`? */
function ownerBefore(text: string, offset: number, c: CongressTables): boolean {
  for (const owner of c.owners) if (text.endsWith(owner, offset)) return true;
  return false;
}

/** Is a bare short form at unit k followed by the end, punctuation or an after word (以来, 精神)? */
function closesBare(ctx: RuleContext, k: number): boolean {
  const next = ctx.units[k + 1];
  if (next === undefined || next.start !== (ctx.units[k] as Unit).end) return true;
  return !next.han || ctx.tables.congress.after.has(next.text);
}

export const congress: EntityRule = {
  name: 'congress',
  find(ctx, out) {
    if ((ctx.lastFlags & CONGRESS_LAST) === 0) return out;
    for (let k = 0; k < ctx.units.length; k++) {
      const u = ctx.units[k] as Unit;
      if ((u.lastFlags & CONGRESS_LAST) === 0) continue;
      const found = termOfBody(ctx, k) ?? shortForm(ctx, k);
      if (found !== null) out.push(found);
    }
    return out;
  },
};
