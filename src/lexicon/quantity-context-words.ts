import type { Approx } from '../types.js';
import { CharTrie } from './quantity-trie.js';
import { badRow as bad, integerCell, type QuantityDictReader } from './quantity-rows.js';

export type MarkRole = 'range' | 'list' | 'adjective';

/** The words around a number: qualifiers.tsv, per.tsv, date-words.tsv, set-phrases.tsv, numeral-names.tsv and marks.tsv. */
export interface ContextWords {
  /** Qualifiers by position; `before` is a reversed trie (matched backwards from the number). */
  readonly qualifiersBefore: CharTrie<Approx | 'none'>;
  /** Reversed trie: verbs between a qualifier and the number (约 + 为 + 120亿元). */
  readonly qualifierLinks: CharTrie<true>;
  readonly qualifiersInside: CharTrie<Approx>;
  readonly qualifiersAfter: CharTrie<Approx>;
  readonly perSlash: CharTrie<string>;
  /** Reversed trie: 每年, 年产 ... right before the number. */
  readonly perPrefix: CharTrie<string>;
  /** Time nouns (全年, 今年 ...) whose 年 does not start a rate word (全年发电 is not 年发电). */
  readonly perVoid: ReadonlySet<string>;
  /** Reversed trie: verbs between a rate word and its number (年产能达120万吨). */
  readonly perLinks: CharTrie<string>;
  /** Reversed trie: the prefixes whose verb may take its object before the number (年产 + 多晶硅 + 10万吨). */
  readonly perVerbs: CharTrie<string>;
  /** Reversed trie: the prefixes of 每 that make every amount after them in the clause a rate (每年可减少排放45万吨). */
  readonly perEach: CharTrie<string>;
  /** After YYYY年: 年底 -> month. */
  readonly dateWords: CharTrie<string>;
  /** Reversed trie: an era before N年 and the Gregorian year of its year 0 (民国 -> 1911). */
  readonly eras: CharTrie<number>;
  /** Reversed trie: words right before an ROC year written without 民国 (较112年, 于113年). */
  readonly yearLeads: CharTrie<true>;
  /** Reversed trie: words right before N年 that make it a length of time, never an ROC year (成立100年, 建校100年). */
  readonly spanLeads: CharTrie<true>;
  /** Words right after an ROC year that link it to a figure (观光人次113年达到…, 营收113年为…). */
  readonly yearLinks: CharTrie<true>;
  /** After M月: words that show the 月 is a month of the calendar (9月末, 5月份, 3月上旬). */
  readonly monthWords: CharTrie<true>;
  /** After a year pair (2024/25, 2024-25): words that make it one fiscal or school year (年度, 财年). */
  readonly fiscalWords: CharTrie<true>;
  readonly setPhrases: CharTrie<true>;
  /** After a Chinese numeral: words that make it part of a name or term (四十里铺, 中铁二十局, 三元锂电池). */
  readonly numeralNames: CharTrie<true>;
  /** Characters by grammatical role (dict/quantity/marks.tsv). */
  readonly marks: Readonly<Record<MarkRole, ReadonlySet<number>>>;
}

export function readContextWords(read: QuantityDictReader): ContextWords {
  const qualifiersBefore = new CharTrie<Approx | 'none'>(true);
  const qualifiersInside = new CharTrie<Approx>();
  const qualifiersAfter = new CharTrie<Approx>();
  const qualifierLinks = new CharTrie<true>(true);
  for (const { columns, line } of read('qualifiers.tsv', 3, 3)) {
    const [surface, position, approx] = columns as [string, string, Approx | 'none'];
    if (position === 'link') {
      if ((approx as string) !== '-') bad('qualifiers.tsv', line, 'a link takes - as its approx');
      qualifierLinks.set(surface, true);
      continue;
    }
    if (approx === 'none') {
      // A word that ends in a qualifier but is none (签约, 附近): before only, where matches are longest.
      if (position !== 'before') bad('qualifiers.tsv', line, 'approx none is for position before only');
      qualifiersBefore.set(surface, approx);
      continue;
    }
    if (approx !== 'about' && approx !== 'over' && approx !== 'under') bad('qualifiers.tsv', line, 'approx must be about | over | under | none');
    const trie = position === 'before' ? qualifiersBefore : position === 'inside' ? qualifiersInside : position === 'after' ? qualifiersAfter : null;
    if (trie === null) bad('qualifiers.tsv', line, 'position must be before | inside | after | link');
    trie.set(surface, approx);
  }
  const perSlash = new CharTrie<string>();
  const perPrefix = new CharTrie<string>(true);
  const perVoid = new Set<string>();
  const perLinks = new CharTrie<string>(true);
  const perVerbs = new CharTrie<string>(true);
  const perEach = new CharTrie<string>(true);
  for (const { columns, line } of read('per.tsv', 3, 3)) {
    const [surface, per, position] = columns as [string, string, string];
    if (position === 'void') perVoid.add(surface);
    else if (position === 'link') perLinks.set(surface, per);
    else if (position === 'slash') perSlash.set(surface, per);
    else if (position === 'prefix' || position === 'verb' || position === 'each') {
      perPrefix.set(surface, per);
      if (position === 'verb') perVerbs.set(surface, per);
      if (position === 'each') perEach.set(surface, per);
    } else bad('per.tsv', line, 'position must be slash | prefix | verb | each | void | link');
  }
  const dateWords = new CharTrie<string>();
  const monthWords = new CharTrie<true>();
  const fiscalWords = new CharTrie<true>();
  const eras = new CharTrie<number>(true);
  const yearLeads = new CharTrie<true>(true);
  const spanLeads = new CharTrie<true>(true);
  const yearLinks = new CharTrie<true>();
  for (const { columns, line } of read('date-words.tsv', 3, 3)) {
    const [surface, scope, month] = columns as [string, string, string];
    if (scope === 'year') dateWords.set(surface, month);
    else if (scope === 'month') monthWords.set(surface, true);
    else if (scope === 'era') eras.set(surface, integerCell('date-words.tsv', line, month));
    else if (scope === 'year-lead') yearLeads.set(surface, true);
    else if (scope === 'span-lead') spanLeads.set(surface, true);
    else if (scope === 'year-link') yearLinks.set(surface, true);
    else if (scope === 'fiscal') fiscalWords.set(surface, true);
    else bad('date-words.tsv', line, 'scope must be year | month | era | year-lead | span-lead | year-link | fiscal');
  }
  const setPhrases = new CharTrie<true>();
  for (const { columns } of read('set-phrases.tsv', 1, 1)) setPhrases.set(columns[0] as string, true);
  const numeralNames = new CharTrie<true>();
  for (const { columns } of read('numeral-names.tsv', 2, 2)) numeralNames.set(columns[0] as string, true);
  const marks: Record<MarkRole, Set<number>> = { range: new Set(), list: new Set(), adjective: new Set() };
  for (const { columns, line } of read('marks.tsv', 2, 2)) {
    const [ch, role] = columns as [string, string];
    if (ch.length !== 1 || !(role in marks)) bad('marks.tsv', line, 'expected one character and a role range | list | adjective');
    marks[role as MarkRole].add(ch.charCodeAt(0));
  }
  return {
    qualifiersBefore, qualifierLinks, qualifiersInside, qualifiersAfter, perSlash, perPrefix, perVoid, perLinks, perVerbs, perEach,
    dateWords, monthWords, fiscalWords, eras, yearLeads, spanLeads, yearLinks, setPhrases, numeralNames, marks,
  };
}
