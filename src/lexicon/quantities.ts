import { DictFormatError } from '../errors.js';
import { readCalendarWords, type CalendarWords } from './calendar-words.js';
import type { Approx } from '../types.js';
import { dictPath } from './paths.js';
import { CharTrie } from './quantity-trie.js';
import { readTsv, type TsvRow } from './tsv.js';

export { CharTrie };

/** Role of a numeral character: a digit (一, 壹), a unit inside a section (十 百 千), a magnitude (万 亿 兆). */
export const NumeralRole = Object.freeze({ None: 0, Digit: 1, Unit: 2, Magnitude: 3 } as const);
export type NumeralRole = (typeof NumeralRole)[keyof typeof NumeralRole];

/** `none`: a word that makes the number before it no quantity (clock times 4时11分, decades 90年代). */
export type SuffixKind = 'money' | 'percent' | 'pp' | 'measure' | 'count' | 'none';

/** What licenses an ambiguous surface (see dict/quantity/ambiguous.tsv). */
export type License =
  | { readonly type: 'list' }
  | { readonly type: 'word' }
  | { readonly type: 'ends-word' }
  | { readonly type: 'always' }
  | { readonly type: 'near'; readonly chars: string };

/** A surface written after a number: a unit, currency, classifier, percent sign or 个百分点. */
export interface SuffixEntry {
  readonly kind: SuffixKind;
  readonly unit: string;
  /** value = number * factor (三成 = 30 %). */
  readonly factor: number;
  /** Latin surfaces match only when no letter follows. */
  readonly latin: boolean;
  readonly license: License | null;
  /** 元 圆: the currency of the place (CNY, or the one the text names or is about: src/quantity/local-currency.ts). */
  readonly local?: boolean;
}

export type MarkRole = 'range' | 'list' | 'adjective';

/** A surface written before a number: 百分之, 千分之, ￥, US$. */
export interface PrefixEntry {
  readonly kind: SuffixKind;
  readonly unit: string;
  readonly factor: number;
}

/** Units, currencies, classifiers, numerals, qualifiers and set phrases for the quantities stage. */
export interface QuantityLexicon extends CalendarWords {
  /** NumeralRole by UTF-16 unit. */
  readonly role: Uint8Array;
  /** The digit, or the power of ten of a unit or magnitude, by UTF-16 unit. */
  readonly numeralValue: Int8Array;
  /** 1 for the upper-case financial forms (壹 贰 ... 拾 佰 仟). */
  readonly formal: Uint8Array;
  readonly suffixes: CharTrie<SuffixEntry>;
  readonly prefixes: CharTrie<PrefixEntry>;
  /** Between the denominator and the numerator of a fraction: 三分之一. */
  readonly fractions: CharTrie<true>;
  /** Classifiers only (ordinals take their unit from these). */
  readonly classifiers: CharTrie<string>;
  /** Classifiers of group `phase` (期): after a one-character Chinese numeral they number a phase (二期 = 第二期). */
  readonly phases: ReadonlySet<string>;
  /** Qualifiers by position; `before` is a reversed trie (matched backwards from the number). */
  readonly qualifiersBefore: CharTrie<Approx | 'none'>;
  readonly qualifiersInside: CharTrie<Approx>;
  readonly qualifiersAfter: CharTrie<Approx>;
  readonly perSlash: CharTrie<string>;
  /** Reversed trie: 每年, 年产 ... right before the number. */
  readonly perPrefix: CharTrie<string>;
  /** Time nouns (全年, 今年 ...) whose 年 does not start a rate word (全年发电 is not 年发电). */
  readonly perVoid: ReadonlySet<string>;
  /** Reversed trie: verbs between a rate word and its number (年产能达120万吨). */
  readonly perLinks: CharTrie<string>;
  /** After YYYY年: 年底 -> month. */
  readonly dateWords: CharTrie<string>;
  /** Reversed trie: an era before N年 and the Gregorian year of its year 0 (民国 -> 1911). */
  readonly eras: CharTrie<number>;
  /** Reversed trie: words right before an ROC year written without 民国 (较112年, 于113年). */
  readonly yearLeads: CharTrie<true>;
  /** Reversed trie: words right before N年 that make it a length of time, never an ROC year (成立100年, 建校100年). */
  readonly spanLeads: CharTrie<true>;
  /** After M月: words that show the 月 is a month of the calendar (9月末, 5月份, 3月上旬). */
  readonly monthWords: CharTrie<true>;
  readonly setPhrases: CharTrie<true>;
  /** After a Chinese numeral: words that make it part of a name or term (四十里铺, 中铁二十局, 三元锂电池). */
  readonly numeralNames: CharTrie<true>;
  /** Entity names of a region whose plain 元 is its own dollar (台中市 -> TWD, dict/quantity/local-currencies.tsv). */
  readonly regionCurrencies: ReadonlyMap<string, string>;
  /** Named currency words (新台币, 港元, 人民币 …) of CNY and of the regions' currencies, longest first. */
  readonly localCurrencyNames: readonly { readonly surface: string; readonly currency: string }[];
  /** Characters by grammatical role (dict/quantity/marks.tsv). */
  readonly marks: Readonly<Record<MarkRole, ReadonlySet<number>>>;
  /** 1 for every UTF-16 unit at which the scanner may have something to do (numerals, signs, 第, prefixes, set phrases). */
  readonly triggers: Uint8Array;
  /** `triggers`, plus the first characters of the relative time words (for an analyzer with a reference date). */
  readonly relativeTriggers: Uint8Array;
}

let memo: QuantityLexicon | undefined;

/** Reads dict/quantity/*.tsv once per process. */
export function loadQuantityLexicon(): QuantityLexicon {
  memo ??= buildLexicon((name, min, max) => readTsv(dictPath('quantity', name), min, max));
  return memo;
}

/** Reads one file of dict/quantity/ (name, minimum and maximum number of columns). */
export type QuantityDictReader = (name: string, min: number, max: number) => TsvRow[];

/** Builds the lexicon from the files a reader gives (the built-in files, or test data). */
export function buildQuantityLexicon(read: QuantityDictReader): QuantityLexicon {
  return buildLexicon(read);
}

function buildLexicon(read: QuantityDictReader): QuantityLexicon {
  const role = new Uint8Array(0x10000);
  const numeralValue = new Int8Array(0x10000);
  const formal = new Uint8Array(0x10000);
  for (const { columns, line } of read('numerals.tsv', 4, 4)) {
    const [ch, r, v, style] = columns as [string, string, string, string];
    const roles: Record<string, NumeralRole> = { digit: NumeralRole.Digit, unit: NumeralRole.Unit, magnitude: NumeralRole.Magnitude };
    if (ch.length !== 1 || !(r in roles)) bad('numerals.tsv', line, 'expected one character and a role digit | unit | magnitude');
    const c = ch.charCodeAt(0);
    role[c] = roles[r] as NumeralRole;
    numeralValue[c] = int('numerals.tsv', line, v);
    formal[c] = style === 'formal' ? 1 : 0;
  }
  const suffixes = new CharTrie<SuffixEntry>();
  const prefixes = new CharTrie<PrefixEntry>();
  const classifiers = new CharTrie<string>();
  const latin = (s: string): boolean => /^[A-Za-z]/.test(s);
  for (const { columns } of read('units.tsv', 3, 3)) {
    const [surface, unit] = columns as [string, string];
    suffixes.set(surface, { kind: 'measure', unit, factor: 1, latin: latin(surface), license: null });
  }
  for (const { columns, line } of read('currencies.tsv', 4, 4)) {
    const [surface, iso, position, scope] = columns as [string, string, string, string];
    if (scope !== 'named' && scope !== 'local') bad('currencies.tsv', line, 'scope must be named or local');
    const local = scope === 'local';
    if (position === 'prefix') prefixes.set(surface, { kind: 'money', unit: iso, factor: 1 });
    else if (position === 'suffix') suffixes.set(surface, { kind: 'money', unit: iso, factor: 1, latin: false, license: null, local });
    else bad('currencies.tsv', line, 'position must be suffix or prefix');
  }
  const regionCurrencies = new Map<string, string>();
  for (const { columns } of read('local-currencies.tsv', 2, 2)) regionCurrencies.set(columns[0] as string, columns[1] as string);
  const localCodes = new Set([...regionCurrencies.values(), 'CNY']);
  const localCurrencyNames: { surface: string; currency: string }[] = [];
  for (const { columns } of read('currencies.tsv', 4, 4)) {
    const [surface, iso, , scope] = columns as [string, string, string, string];
    if (scope === 'named' && localCodes.has(iso) && !localCurrencyNames.some((e) => e.surface === surface)) localCurrencyNames.push({ surface, currency: iso });
  }
  localCurrencyNames.sort((a, b) => b.surface.length - a.surface.length);
  const phases = new Set<string>();
  for (const { columns } of read('classifiers.tsv', 2, 2)) {
    const [surface, group] = columns as [string, string];
    classifiers.set(surface, surface);
    if (group === 'phase') phases.add(surface);
    suffixes.set(surface, { kind: 'count', unit: surface, factor: 1, latin: false, license: null });
  }
  const fractions = new CharTrie<true>();
  for (const { columns, line } of read('percent.tsv', 5, 5)) {
    const [surface, kind, unit, position, factor] = columns as [string, SuffixKind, string, string, string];
    const f = num('percent.tsv', line, factor);
    if (position === 'prefix') prefixes.set(surface, { kind, unit, factor: f });
    else if (position === 'infix') fractions.set(surface, true);
    else suffixes.set(surface, { kind, unit, factor: f, latin: false, license: null });
  }
  for (const { columns, line } of read('ambiguous.tsv', 5, 5)) {
    const [surface, kind, unit, lic, factor] = columns as [string, SuffixKind, string, string, string];
    suffixes.set(surface, { kind, unit, factor: num('ambiguous.tsv', line, factor), latin: false, license: license(lic, line) });
  }
  const qualifiersBefore = new CharTrie<Approx | 'none'>(true);
  const qualifiersInside = new CharTrie<Approx>();
  const qualifiersAfter = new CharTrie<Approx>();
  for (const { columns, line } of read('qualifiers.tsv', 3, 3)) {
    const [surface, position, approx] = columns as [string, string, Approx | 'none'];
    if (approx === 'none') {
      // A word that ends in a qualifier but is none (签约, 附近): before only, where matches are longest.
      if (position !== 'before') bad('qualifiers.tsv', line, 'approx none is for position before only');
      qualifiersBefore.set(surface, approx);
      continue;
    }
    if (approx !== 'about' && approx !== 'over' && approx !== 'under') bad('qualifiers.tsv', line, 'approx must be about | over | under | none');
    const trie = position === 'before' ? qualifiersBefore : position === 'inside' ? qualifiersInside : position === 'after' ? qualifiersAfter : null;
    if (trie === null) bad('qualifiers.tsv', line, 'position must be before | inside | after');
    trie.set(surface, approx);
  }
  const perSlash = new CharTrie<string>();
  const perPrefix = new CharTrie<string>(true);
  const perVoid = new Set<string>();
  const perLinks = new CharTrie<string>(true);
  for (const { columns, line } of read('per.tsv', 3, 3)) {
    const [surface, per, position] = columns as [string, string, string];
    if (position === 'void') perVoid.add(surface);
    else if (position === 'link') perLinks.set(surface, per);
    else if (position === 'prefix' || position === 'slash') (position === 'prefix' ? perPrefix : perSlash).set(surface, per);
    else bad('per.tsv', line, 'position must be slash | prefix | void | link');
  }
  const dateWords = new CharTrie<string>();
  const monthWords = new CharTrie<true>();
  const eras = new CharTrie<number>(true);
  const yearLeads = new CharTrie<true>(true);
  const spanLeads = new CharTrie<true>(true);
  for (const { columns, line } of read('date-words.tsv', 3, 3)) {
    const [surface, scope, month] = columns as [string, string, string];
    if (scope === 'year') dateWords.set(surface, month);
    else if (scope === 'month') monthWords.set(surface, true);
    else if (scope === 'era') eras.set(surface, int('date-words.tsv', line, month));
    else if (scope === 'year-lead') yearLeads.set(surface, true);
    else if (scope === 'span-lead') spanLeads.set(surface, true);
    else bad('date-words.tsv', line, 'scope must be year | month | era | year-lead | span-lead');
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
  const calendar = readCalendarWords(read);
  const triggers = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (role[c] !== NumeralRole.None || setPhrases.hasEdge(c) || prefixes.hasEdge(c) || calendar.periodWords.hasEdge(c)) triggers[c] = 1;
  }
  for (const ch of '0123456789-负第') triggers[ch.charCodeAt(0)] = 1;
  const relativeTriggers = triggers.slice();
  for (let c = 0; c < 0x10000; c++) if (calendar.relativeTimes.hasEdge(c)) relativeTriggers[c] = 1;
  return {
    ...calendar, triggers, relativeTriggers, role, numeralValue, formal, suffixes, prefixes, fractions, classifiers, phases,
    qualifiersBefore, qualifiersInside, qualifiersAfter, perSlash, perPrefix, perVoid, perLinks, dateWords, monthWords, eras, yearLeads, spanLeads, setPhrases, numeralNames, marks,
    regionCurrencies, localCurrencyNames,
  };
}

function license(text: string, line: number): License {
  if (text === 'list') return { type: 'list' };
  if (text === 'word') return { type: 'word' };
  if (text === 'ends-word') return { type: 'ends-word' };
  if (text === 'always') return { type: 'always' };
  if (text.startsWith('near:') && text.length > 5) return { type: 'near', chars: text.slice(5) };
  return bad('ambiguous.tsv', line, `unknown license ${JSON.stringify(text)}`);
}

function num(file: string, line: number, text: string): number {
  const v = Number(text);
  if (!Number.isFinite(v)) bad(file, line, `not a number: ${JSON.stringify(text)}`);
  return v;
}

function int(file: string, line: number, text: string): number {
  const v = num(file, line, text);
  if (!Number.isInteger(v)) bad(file, line, `not an integer: ${JSON.stringify(text)}`);
  return v;
}

function bad(file: string, line: number, problem: string): never {
  throw new DictFormatError(dictPath('quantity', file), line, problem);
}
