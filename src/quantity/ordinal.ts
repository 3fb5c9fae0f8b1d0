import type { QuantityLexicon } from '../lexicon/quantities.js';
import type { Entity } from '../types.js';
import type { Draft } from './draft.js';
import { newDraft } from './new-draft.js';
import { acceptDraft } from './guards.js';
import { scanNumeral, type ScanOptions } from './numeral.js';
import { readCountedPeriod } from './period.js';
import type { WordBoundaries } from './words.js';

/** 第53位, 第三套, 第六批: an ordinal with the classifier after it (or none). */
export function readOrdinal(
  text: string, i: number, lex: QuantityLexicon, words: WordBoundaries, names: readonly Entity[], drafts: Draft[], opts: ScanOptions,
): number {
  const num = scanNumeral(text, i + 1, lex, opts);
  if (num === null || 'skip' in num || num.start !== i + 1) return num !== null && 'skip' in num ? num.skip : i + 1;
  const period = readCountedPeriod(text, num, lex, words, i);
  if (period !== null) {
    drafts.push(period);
    return period.end;
  }
  if (num.approx !== null || num.upper !== null || num.value.s !== 0) return num.end;
  const cls = lex.classifiers.find(text, num.end);
  const end = cls === 0 ? num.end : lex.classifiers.endOf(cls, num.end);
  const draft: Draft = newDraft(i, end, 'ordinal', num.value, cls === 0 ? null : lex.classifiers.valueOf(cls), num, 0, end);
  if (acceptDraft(text, draft, lex, words, names)) drafts.push(draft);
  return end;
}
