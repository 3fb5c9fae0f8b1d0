import type { QuantityLexicon } from '../lexicon/quantities.js';
import type { ReferenceDate } from '../reference-date.js';
import type { Draft } from './draft.js';
import { NO_NUMERAL, periodDraft } from './period.js';
import type { Boundaries } from './suffix.js';


const pad = (v: number): string => String(v).padStart(2, '0');

/**
 * 今年 -> "2024", 去年 and 上年 -> "2023", 今年以来 -> "2024-01/2024-11", 去年底 -> "2023-12" (for a
 * reference date in November 2024), where a word starts at `i`. A year word followed by a period or
 * a month (今年上半年, 今年10月) is joined with it afterwards (see join-periods.ts).
 */
export function readRelative(text: string, i: number, lex: QuantityLexicon, words: Boundaries, ref: ReferenceDate): Draft | null {
  const m = lex.relativeTimes.match(text, i);
  if (m === null || m.value.extent === 'none' || !words.startsAt(i)) return null;
  const year = ref.year + m.value.years;
  if (year < 1000 || year > 9999) return null;
  if (m.value.extent === 'to-date') return periodDraft(i, m.at, `${year}-01/${ref.year}-${pad(ref.month)}`, NO_NUMERAL);
  const word = lex.dateWords.match(text, m.at);
  if (word !== null) return periodDraft(i, word.at, `${year}-${pad(Number(word.value))}`, NO_NUMERAL);
  return periodDraft(i, m.at, String(year), NO_NUMERAL);
}
