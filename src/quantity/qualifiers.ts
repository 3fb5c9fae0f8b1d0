import type { Approx } from '../types.js';
import type { QuantityLexicon } from '../lexicon/quantities.js';
import type { Draft } from './draft.js';
import { isNumeralAt } from './numeral-chars.js';
import { isHan } from './suffix.js';

/** The longest object a rate's verb takes before the number (年产 + 高纯多晶硅 + 10万吨). */
const MAX_OBJECT = 8;
/** Characters that end a clause or join one: an object never holds them (年产的 …, 年产是 …). */
const NOT_OBJECT = new Set([...'的了是在'].map((c) => c.charCodeAt(0)));

/** The rate's verb before an object of Han characters that ends at `end` (年产 + 多晶硅 + 10万吨), or null. */
function verbBeforeObject(text: string, end: number, lex: QuantityLexicon): { at: number; value: string } | null {
  for (let p = end - 1; p >= 0 && p >= end - MAX_OBJECT; p--) {
    const c = text.charCodeAt(p);
    if (!isHan(c) || NOT_OBJECT.has(c)) return null;
    const verb = lex.perVerbs.match(text, p);
    if (verb !== null) return verb;
  }
  return null;
}

/** The longest stretch of a clause between 每年 (每亩 ...) and the amount it makes a rate. */
const MAX_EACH = 12;

/**
 * A prefix of 每 earlier in the clause, with only Han characters between it and `end` (每年 + 可减少排放 +
 * 45万吨), or null; none when a numeral follows the prefix (每年一度 is a frequency).
 */
function eachBeforeClause(text: string, end: number, lex: QuantityLexicon): { at: number; value: string } | null {
  for (let p = end; p > 0 && p >= end - MAX_EACH; p--) {
    const c = text.charCodeAt(p - 1);
    if (!isHan(c)) return null;
    if (lex.perEach.hasEdge(c)) {
      const each = lex.perEach.match(text, p);
      // 每年一度的博览会 + 500亿元: a frequency, not a rate.
      if (each !== null) return isNumeralAt(text, p, lex) ? null : each;
    }
  }
  return null;
}

/** 约 近 超过 right before the number, or before a verb that stands before it (约为, 约有, 约达); 签约为 is none. */
function qualifierBefore(text: string, start: number, lex: QuantityLexicon): { value: Approx | 'none'; at: number } | null {
  const direct = lex.qualifiersBefore.match(text, start);
  if (direct !== null) return direct;
  const link = lex.qualifierLinks.end(text, start);
  return link < 0 ? null : lex.qualifiersBefore.match(text, link);
}

/** 约 近 超过 ... right before the quantity (inside the span), and 每年 年产 ... before it (`per`). */
export function addQualifiers(text: string, draft: Draft, lex: QuantityLexicon): void {
  if (draft.kind === 'date' || draft.kind === 'ordinal') return;
  const before = qualifierBefore(text, draft.start, lex);
  if (before !== null && before.value !== 'none') {
    draft.approx = before.value;
    draft.start = before.at;
  }
  if (draft.per === undefined && (draft.kind === 'money' || draft.kind === 'measure')) {
    const link = lex.perLinks.end(text, draft.start);
    const at = link < 0 ? draft.start : link;
    // 年产 + 多晶硅 + 10万吨: a measure is per year after a verb and its object too.
    // 每年 + 可减少排放 + 45万吨: every amount after a prefix of 每 in its clause is a rate.
    const per = lex.perPrefix.match(text, at) ?? (draft.kind === 'measure' ? verbBeforeObject(text, at, lex) : null) ?? eachBeforeClause(text, at, lex);
    // The 年 of 1996年 + 生产 closes a date and begins no rate.
    const afterYear = per !== null && per.at > 0 && isNumeralAt(text, per.at - 1, lex);
    if (per !== null && !afterYear && !lex.perVoid.has(text.slice(per.at - 1, per.at + 1))) draft.per = per.value;
  }
}
