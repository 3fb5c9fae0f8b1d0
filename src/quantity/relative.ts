import type { QuantityLexicon } from '../lexicon/quantities.js';
import type { ReferenceDate } from '../reference-date.js';
import type { Draft } from './draft.js';
import { NO_NUMERAL, periodDraft } from './period.js';
import type { Boundaries } from './suffix.js';


const pad = (v: number): string => String(v).padStart(2, '0');

/**
 * 今年 -> "2024", 去年 and 上年 -> "2023", 今年以来 -> "2024-01/2024-11", 去年底 -> "2023-12", 上月 ->
 * "2024-10", 上季度 -> "2024-07/2024-09" (for a reference date in November 2024), where a word starts
 * at `i`. A year word followed by a period or a month (今年上半年, 今年10月) is joined with it
 * afterwards (see join-periods.ts).
 */
export function readRelative(text: string, i: number, lex: QuantityLexicon, words: Boundaries, ref: ReferenceDate): Draft | null {
  const m = lex.relativeTimes.find(text, i);
  if (m === 0) return null;
  const { offset, extent } = lex.relativeTimes.valueOf(m);
  if (extent === 'none' || !words.startsAt(i)) return null;
  const end = lex.relativeTimes.endOf(m, i);
  if (extent === 'month' || extent === 'quarter') {
    // 上月 must end a word too: 登上月球 and 上季赛 name no month.
    if (end < text.length && !words.startsAt(end)) return null;
    return extent === 'month' ? monthDraft(i, end, ref, offset) : quarterDraft(i, end, ref, offset);
  }
  const year = ref.year + offset;
  if (year < 1000 || year > 9999) return null;
  if (extent === 'to-date') return periodDraft(i, end, `${year}-01/${ref.year}-${pad(ref.month)}`, NO_NUMERAL);
  const word = lex.dateWords.find(text, end);
  if (word !== 0) return periodDraft(i, lex.dateWords.endOf(word, end), `${year}-${pad(Number(lex.dateWords.valueOf(word)))}`, NO_NUMERAL);
  return periodDraft(i, end, String(year), NO_NUMERAL);
}

/** The month `offset` months from the reference month: 上月 in January 2025 -> "2024-12". */
function monthDraft(start: number, end: number, ref: ReferenceDate, offset: number): Draft | null {
  const index = ref.year * 12 + ref.month - 1 + offset;
  const year = Math.floor(index / 12);
  if (year < 1000 || year > 9999) return null;
  return periodDraft(start, end, `${year}-${pad((index % 12) + 1)}`, NO_NUMERAL);
}

/** The quarter `offset` quarters from the reference date's: 上季度 in February 2025 -> "2024-10/2024-12". */
function quarterDraft(start: number, end: number, ref: ReferenceDate, offset: number): Draft | null {
  const index = ref.year * 4 + Math.floor((ref.month - 1) / 3) + offset;
  const year = Math.floor(index / 4);
  if (year < 1000 || year > 9999) return null;
  const first = (index % 4) * 3 + 1;
  return periodDraft(start, end, `${year}-${pad(first)}/${year}-${pad(first + 2)}`, NO_NUMERAL);
}
