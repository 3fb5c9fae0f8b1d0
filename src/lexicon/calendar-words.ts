import { CharTrie } from './quantity-trie.js';
import { badRow as bad, integerCell, type QuantityDictReader } from './quantity-rows.js';

/** First and last month (1-12) of a period word: 上半年 -> [1, 6]. */
export type MonthSpan = readonly [number, number];

/** A relative time word (今年, 去年以来), resolved against the analyzer's reference date. */
export interface RelativeTime {
  /** Offset from the reference date, in years (去年 -> -1), or in months or quarters for those extents (上月 -> -1). */
  readonly offset: number;
  /**
   * year: the whole year; to-date: from its January to the reference month (今年以来); month: one month
   * (上月); quarter: one quarter (上季度); none: a comparison base, no time (上年同期).
   */
  readonly extent: 'year' | 'to-date' | 'month' | 'quarter' | 'none';
}

const EXTENTS: ReadonlySet<string> = new Set(['year', 'to-date', 'month', 'quarter', 'none']);

/** The words of dict/quantity/periods.tsv and relative-times.tsv. */
export interface CalendarWords {
  /** 上半年, 首季: the surface alone names the period. */
  readonly periodWords: CharTrie<MonthSpan>;
  /** 季度 after a numeral from 1 to 4. */
  readonly quarterWords: CharTrie<true>;
  /** 季 after a numeral from 1 to 4 that follows 第 or 前 (第三季, 前三季). */
  readonly markedQuarterWords: CharTrie<true>;
  /**
   * Reversed trie: 前 before the numeral of 前三季度 and 前10个月 (true), and the words ending in it
   * where it means before or ahead (提前, 此前: false), found as the longer match.
   */
  readonly firstQuarters: CharTrie<boolean>;
  /** 个月 after 前 and a numeral from 2 to 12 (前10个月: months 1 to 10). */
  readonly firstMonthWords: CharTrie<true>;
  /** 今年, 去年, 今年以来 … */
  readonly relativeTimes: CharTrie<RelativeTime>;
}

export function readCalendarWords(read: QuantityDictReader): CalendarWords {
  const periodWords = new CharTrie<MonthSpan>();
  const quarterWords = new CharTrie<true>();
  const markedQuarterWords = new CharTrie<true>();
  const firstQuarters = new CharTrie<boolean>(true);
  const firstMonthWords = new CharTrie<true>();
  for (const { columns, line } of read('periods.tsv', 3, 3)) {
    const [surface, scope, months] = columns as [string, string, string];
    if (scope === 'quarter') quarterWords.set(surface, true);
    else if (scope === 'marked-quarter') markedQuarterWords.set(surface, true);
    else if (scope === 'first') firstQuarters.set(surface, true);
    else if (scope === 'first-months') firstMonthWords.set(surface, true);
    else if (scope === 'ahead') firstQuarters.set(surface, false);
    else if (scope === 'word') periodWords.set(surface, monthSpan(months, line));
    else bad('periods.tsv', line, 'scope must be word | quarter | marked-quarter | first | first-months | ahead');
  }
  const relativeTimes = new CharTrie<RelativeTime>();
  for (const { columns, line } of read('relative-times.tsv', 3, 3)) {
    const [surface, offset, extent] = columns as [string, string, RelativeTime['extent']];
    if (!EXTENTS.has(extent)) bad('relative-times.tsv', line, 'extent must be year | to-date | month | quarter | none');
    relativeTimes.set(surface, { offset: integerCell('relative-times.tsv', line, offset), extent });
  }
  return { periodWords, quarterWords, markedQuarterWords, firstQuarters, firstMonthWords, relativeTimes };
}

function monthSpan(text: string, line: number): MonthSpan {
  const m = /^(\d\d)-(\d\d)$/.exec(text);
  const first = Number(m?.[1]);
  const last = Number(m?.[2]);
  if (m === null || first < 1 || last > 12 || first > last) bad('periods.tsv', line, 'months must be MM-MM, first <= last');
  return [first, last];
}
