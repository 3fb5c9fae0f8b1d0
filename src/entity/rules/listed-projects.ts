// Projects named in a list that ends in …等29个项目 / …等项目: each item opening with a place, zone
// or company (成都某某公司年产5万吨电池材料、… 等12个项目). The first item starts after the verb
// that governs the list, at the place or company it opens with.
import { SENTENCE_PUNCTUATION } from '../punctuation.js';
import type { EntityRule, RuleContext, Unit } from '../types.js';
import { isAnchor } from '../suffix-rule.js';

/** Digits only (a regular expression written once: a literal in a function is a new object at every call). */
const DIGITS = /^\d+$/;
const MIN_ITEM = 6;
const MAX_ITEM = 40;
const MAX_ITEMS = 10;
/** 等, closing a list. */
const LIST_MARK = 0x7b49;
const LIST_MARK_TEXT = String.fromCharCode(LIST_MARK);

function opensWithName(ctx: RuleContext, u: Unit): boolean {
  if (u.record !== undefined) return u.record.type === 'place' || u.record.type === 'zone' || u.record.type === 'enterprise';
  for (let cut = Math.min(u.text.length, 4); cut >= 2; cut--) if (ctx.isPlace(u.text.slice(0, cut))) return true;
  return isAnchor(ctx, u) && ctx.isPlace(u.text);
}

/** Index just past `等` + optional count + 项目, or -1. */
function listEnd(ctx: RuleContext, k: number): boolean {
  const { units, tables } = ctx;
  let j = k + 1;
  while (j < units.length && !(units[j] as Unit).han && DIGITS.test((units[j] as Unit).text)) j++;
  while (j < units.length && tables.listCounters.has((units[j] as Unit).text)) j++;
  const u = units[j];
  return u !== undefined && tables.listHeads.has(u.text);
}

export const listedProjects: EntityRule = {
  name: 'listed-projects',
  marks: LIST_MARK_TEXT,
  find(ctx, out) {
    const { units, tables } = ctx;
    // Most texts have no 等: one native scan, and no walk over the units.
    if (ctx.text.indexOf(LIST_MARK_TEXT) < 0) return out;
    for (let k = 1; k < units.length; k++) {
      const unit = units[k] as Unit;
      if (unit.end - unit.start !== 1 || ctx.text.charCodeAt(unit.start) !== LIST_MARK || !listEnd(ctx, k)) continue;
      let itemEnd = k;
      for (let n = 0; n < MAX_ITEMS; n++) {
        let i = itemEnd - 1;
        const floor = Math.max(-1, itemEnd - MAX_ITEM - 1);
        while (i > floor && (units[i] as Unit).text !== '、' && !SENTENCE_PUNCTUATION.has((units[i] as Unit).text)) i--;
        let first = i + 1;
        const isFirst = i < 0 || (units[i] as Unit).text !== '、';
        if (isFirst) {
          // The list opens after the last verb or function word that a name follows.
          let chosen = -1;
          for (let j = first; j < itemEnd; j++) {
            const u = units[j] as Unit;
            const before = units[j - 1];
            if (opensWithName(ctx, u) && (j === first || (before !== undefined && before.record === undefined && tables.breakWords.has(before.text)))) chosen = j;
          }
          first = chosen;
        }
        if (first >= 0 && first < itemEnd) {
          const start = (units[first] as Unit).start;
          const end = (units[itemEnd - 1] as Unit).end;
          const quoted = (units[itemEnd - 1] as Unit).text === '”';
          // A name followed by a verb or adverb opens a clause (兰州新区共同围绕…), not a project name.
          const after = units[first + 1];
          const clause = after !== undefined && after.record === undefined && tables.breakWords.has(after.text);
          if (!quoted && !clause && end - start >= MIN_ITEM && end - start <= MAX_ITEM && opensWithName(ctx, units[first] as Unit)) {
            out.push({ start, end, type: 'project', source: 'rule', rule: 'listed-projects' });
          }
        }
        if (isFirst) break;
        itemEnd = i;
      }
    }
    return out;
  },
};
