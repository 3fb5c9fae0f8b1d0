import type { QuantityLexicon } from '../lexicon/quantities.js';
import type { Draft } from './draft.js';

/** 约 近 超过 ... right before the quantity (inside the span), and 每年 年产 ... before it (`per`). */
export function addQualifiers(text: string, draft: Draft, lex: QuantityLexicon): void {
  if (draft.kind === 'date' || draft.kind === 'ordinal') return;
  const before = lex.qualifiersBefore.match(text, draft.start);
  if (before !== null && before.value !== 'none') {
    draft.approx = before.value;
    draft.start = before.at;
  }
  if (draft.per === undefined && (draft.kind === 'money' || draft.kind === 'measure')) {
    const link = lex.perLinks.match(text, draft.start);
    const per = lex.perPrefix.match(text, link === null ? draft.start : link.at);
    if (per !== null && !lex.perVoid.has(text.slice(per.at - 1, per.at + 1))) draft.per = per.value;
  }
}
