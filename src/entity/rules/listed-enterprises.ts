// Enterprises named in a list closed by 等企业 / 等公司 / 等龙头企业 (list-cues.tsv, role company):
// 宁德时代、比亚迪、隆基绿能等企业 — each item is a company's name, dictionary names or not. The first
// item starts after the verb or punctuation before it (包括 + 宁德时代 …). A list needs two items at least;
// an item that is a place, agency or other name of the dictionaries, holds a verb, or is one short or
// common word (研发、生产、销售等企业) is no company.
import { SENTENCE_PUNCTUATION } from '../punctuation.js';
import type { Candidate, EntityRule, RuleContext, Unit } from '../types.js';

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
  while (j < units.length && /^[0-9]+$/.test((units[j] as Unit).text)) j++;
  while (j < units.length && tables.listCounters.has((units[j] as Unit).text)) j++;
  const head = units[j];
  return head !== undefined && tables.companyHeads.has(head.text);
}

/** Can unit u stand inside a company's name in a list? */
function namePart(ctx: RuleContext, u: Unit): boolean {
  if (u.record !== undefined) return u.record.type === 'enterprise';
  if (!u.han && !/^[A-Za-z0-9]+$/.test(u.text)) return false;
  const { tables } = ctx;
  return !tables.breakWords.has(u.text) && !tables.genericWords.has(u.text) && !tables.leadWords.has(u.text) && !SENTENCE_PUNCTUATION.has(u.text);
}

/** Units [from, to) as a company candidate, or null. */
function item(ctx: RuleContext, from: number, to: number): Candidate | null {
  if (from >= to) return null;
  for (let i = from; i < to; i++) if (!namePart(ctx, ctx.units[i] as Unit)) return null;
  const first = ctx.units[from] as Unit;
  const last = ctx.units[to - 1] as Unit;
  const length = last.end - first.start;
  // A dictionary name on its own is found already.
  if (length < MIN_ITEM || length > MAX_ITEM || (from + 1 === to && first.record !== undefined)) return null;
  // One common word (研发, 生产 …) is an activity, not a company.
  if (from + 1 === to && length <= SHORT_WORD) return null;
  let common = true;
  for (let i = from; i < to && common; i++) common = ctx.tables.commonWords.has((ctx.units[i] as Unit).text);
  if (common) return null;
  return { start: first.start, end: last.end, type: 'enterprise', source: 'rule', rule: 'listed-enterprises' };
}

export const listedEnterprises: EntityRule = {
  name: 'listed-enterprises',
  find(ctx) {
    const out: Candidate[] = [];
    const { units } = ctx;
    // Most texts have no 等: one native scan, and no walk over the units.
    if (ctx.text.indexOf(LIST_MARK_TEXT) < 0) return out;
    for (let k = 1; k < units.length; k++) {
      const unit = units[k] as Unit;
      if (unit.end - unit.start !== 1 || ctx.text.charCodeAt(unit.start) !== LIST_MARK || !closesCompanyList(ctx, k)) continue;
      const found: (Candidate | null)[] = [];
      let itemEnd = k;
      for (let n = 0; n < MAX_ITEMS; n++) {
        let i = itemEnd - 1;
        while (i >= 0 && (units[i] as Unit).text !== SEPARATOR && itemEnd - i <= MAX_ITEM && namePart(ctx, units[i] as Unit)) i--;
        if (i >= 0 && (units[i] as Unit).text === SEPARATOR) {
          found.push(item(ctx, i + 1, itemEnd));
          itemEnd = i;
          continue;
        }
        // The first item: as far left as name parts go.
        const first = item(ctx, i + 1, itemEnd);
        if (first !== null && first.end - first.start <= MAX_FIRST) found.push(first);
        // A company the dictionaries know opens the list: it counts as an item, found already.
        else if (i + 2 === itemEnd && (units[i + 1] as Unit).record?.type === 'enterprise') found.push(null);
        break;
      }
      if (found.length < 2) continue;
      for (const c of found) if (c !== null) out.push(c);
    }
    return out;
  },
};
