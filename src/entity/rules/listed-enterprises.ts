// Enterprises named in a list closed by 等企业 / 等公司 / 等龙头企业 (list-cues.tsv, role company):
// 宁德时代、比亚迪、隆基绿能等企业 — each item is a company's name, dictionary names or not. The first
// item starts after the verb or punctuation before it (包括 + 宁德时代 …); an item may open with its place (浙江 + 鼎力). A list needs two items at least;
// an item that is a place, agency or other name of the dictionaries, holds a verb, or is one short or
// common word (研发、生产、销售等企业) is no company — unless most items are companies the dictionaries
// know: then the short ones are companies' short forms too (民生、工行、浦发、中行等银行: 民生, 浦发).
import { SENTENCE_PUNCTUATION } from '../punctuation.js';
import type { Candidate, EntityRule, RuleContext, Unit } from '../types.js';

/** Digits only, and Latin letters or digits (regular expressions written once: a literal in a function is a new object at every call). */
const DIGITS = /^[0-9]+$/;
const LATIN_OR_DIGITS = /^[A-Za-z0-9]+$/;
const MIN_ITEM = 2;
const MAX_ITEM = 16;
const MAX_FIRST = 10;
/** A single word this short is a company's name only when the dictionaries know it. */
const SHORT_WORD = 2;
const MAX_ITEMS = 12;
const LIST_MARK = 0x7b49; // 等
const LIST_MARK_TEXT = String.fromCharCode(LIST_MARK);
const SEPARATOR = '、';

/** Does a company head follow the 等 at unit k (等企业, 等10家企业)? */
function closesCompanyList(ctx: RuleContext, k: number): boolean {
  const { units, tables } = ctx;
  let j = k + 1;
  while (j < units.length && DIGITS.test((units[j] as Unit).text)) j++;
  while (j < units.length && tables.listCounters.has((units[j] as Unit).text)) j++;
  const head = units[j];
  return head !== undefined && tables.companyHeads.has(head.text);
}

/** Can unit u stand inside a company's name in a list? */
function namePart(ctx: RuleContext, u: Unit): boolean {
  if (u.record !== undefined) return u.record.type === 'enterprise';
  if (!u.han && !LATIN_OR_DIGITS.test(u.text)) return false;
  const { tables } = ctx;
  return !tables.breakOrGeneric.has(u.text) && !tables.leadWords.has(u.text) && !SENTENCE_PUNCTUATION.has(u.text);
}

/**
 * Is unit i a place opening an item, more of the name after it (浙江 + 鼎力 of 浙江鼎力)? The place is the item's first
 * unit: the list's separator or its start stands before it.
 */
function placeOpening(ctx: RuleContext, i: number, itemEnd: number): boolean {
  const u = ctx.units[i] as Unit;
  const next = ctx.units[i + 1];
  if (u.record?.type !== 'place' || i + 1 >= itemEnd || next === undefined || next.record !== undefined || next.start !== u.end || !namePart(ctx, next)) return false;
  const before = ctx.units[i - 1];
  return before === undefined || before.text === SEPARATOR || !namePart(ctx, before);
}

/** Units [from, to) as a company candidate, or null. `short`: a short or common word alone may be one. */
function item(ctx: RuleContext, from: number, to: number, short: boolean): Candidate | null {
  if (from >= to) return null;
  for (let i = from; i < to; i++) if (!namePart(ctx, ctx.units[i] as Unit) && !(i === from && placeOpening(ctx, i, to))) return null;
  const first = ctx.units[from] as Unit;
  const last = ctx.units[to - 1] as Unit;
  const length = last.end - first.start;
  if (length < MIN_ITEM || length > MAX_ITEM || (from + 1 === to && first.record !== undefined)) return null;
  if (short && first.han && from + 1 === to) return candidate(first.start, last.end);
  // One common word (研发, 生产 …) is an activity, not a company.
  if (from + 1 === to && length <= SHORT_WORD) return null;
  let common = true;
  for (let i = from; i < to && common; i++) common = ctx.tables.commonWords.has((ctx.units[i] as Unit).text);
  if (common) return null;
  return candidate(first.start, last.end);
}

function candidate(start: number, end: number): Candidate {
  return { start, end, type: 'enterprise', source: 'rule', rule: 'listed-enterprises' };
}

/** Is units [from, to) one company name of the dictionaries? */
function known(ctx: RuleContext, from: number, to: number): boolean {
  return from + 1 === to && (ctx.units[from] as Unit).record?.type === 'enterprise';
}

export const listedEnterprises: EntityRule = {
  name: 'listed-enterprises',
  marks: LIST_MARK_TEXT,
  find(ctx, out) {
    const { units } = ctx;
    // Most texts have no 等: one native scan, and no walk over the units.
    if (ctx.text.indexOf(LIST_MARK_TEXT) < 0) return out;
    for (let k = 1; k < units.length; k++) {
      const unit = units[k] as Unit;
      if (unit.end - unit.start !== 1 || ctx.text.charCodeAt(unit.start) !== LIST_MARK || !closesCompanyList(ctx, k)) continue;
      // The items as unit ranges, last first; the first item may not open the list (包括 + …).
      const items: [number, number][] = [];
      let itemEnd = k;
      for (let n = 0; n < MAX_ITEMS; n++) {
        let i = itemEnd - 1;
        while (i >= 0 && (units[i] as Unit).text !== SEPARATOR && itemEnd - i <= MAX_ITEM && (namePart(ctx, units[i] as Unit) || placeOpening(ctx, i, itemEnd))) i--;
        items.push([i + 1, itemEnd]);
        if (i < 0 || (units[i] as Unit).text !== SEPARATOR) break;
        itemEnd = i;
      }
      let knownItems = 0;
      for (const [from, to] of items) if (known(ctx, from, to)) knownItems++;
      // Most items companies the dictionaries know: the others are companies' short forms too.
      const short = knownItems * 2 > items.length;
      // A loop, not a callback: a callback reading this block's variables would give every unit of the
      // loop over the units a context object of its own.
      const found: (Candidate | null)[] = [];
      for (let n = 0; n < items.length; n++) {
        const [from, to] = items[n] as [number, number];
        // A dictionary name on its own is found already; it counts as an item.
        if (known(ctx, from, to)) {
          found.push(null);
          continue;
        }
        const c = item(ctx, from, to, short);
        // An item after 、 counts as one even when it is no company; the first item (last here) runs as far
        // left as name parts go, and counts only when it is a short company name.
        if (n < items.length - 1) found.push(c);
        else if (c !== null && c.end - c.start <= MAX_FIRST) found.push(c);
      }
      if (found.length < 2) continue;
      for (const c of found) if (c !== null) out.push(c);
    }
    return out;
  },
};
