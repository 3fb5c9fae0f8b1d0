import { CharTrie } from './quantity-trie.js';
import { badRow as bad, numberCell, type QuantityDictReader } from './quantity-rows.js';
import { addUnitBit, newUnitBits, type UnitBits } from './unit-bits.js';

/** `none`: a word that makes the number before it no quantity (clock times 4时11分, decades 90年代). */
export type SuffixKind = 'money' | 'percent' | 'pp' | 'measure' | 'count' | 'none';

/** What licenses an ambiguous surface (see dict/quantity/ambiguous.tsv). */
export type License =
  | { readonly type: 'list' }
  | { readonly type: 'word' }
  | { readonly type: 'ends-word' }
  | { readonly type: 'always' }
  | { readonly type: 'near'; readonly chars: string }
  | { readonly type: 'beyond'; readonly limit: number };

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
  /** The surface's next row in ambiguous.tsv, tried when this one's license fails (点: index points, else a clock hour). */
  readonly otherwise?: SuffixEntry;
}

/** A surface written before a number: 百分之, 千分之, ￥, US$. */
export interface PrefixEntry {
  readonly kind: SuffixKind;
  readonly unit: string;
  readonly factor: number;
}

/** The words of units.tsv, currencies.tsv, local-currencies.tsv, classifiers.tsv, percent.tsv and ambiguous.tsv. */
export interface SuffixWords {
  readonly suffixes: CharTrie<SuffixEntry>;
  readonly prefixes: CharTrie<PrefixEntry>;
  /** Between the denominator and the numerator of a fraction: 三分之一. */
  readonly fractions: CharTrie<true>;
  /** Classifiers only (ordinals take their unit from these). */
  readonly classifiers: CharTrie<string>;
  /** Classifiers of group `phase` (期): after a one-character Chinese numeral they number a phase (二期 = 第二期). */
  readonly phases: ReadonlySet<string>;
  /** Entity names of a region whose plain 元 is its own dollar (台中市 -> TWD, dict/quantity/local-currencies.tsv). */
  readonly regionCurrencies: ReadonlyMap<string, string>;
  /** Named currency words (新台币, 港元, 人民币 …) of CNY and of the regions' currencies, longest first. */
  readonly localCurrencyNames: readonly { readonly surface: string; readonly currency: string }[];
  /**
   * By UTF-16 unit c: 0 when no local currency name starts with c, else 1 + the index in
   * localCurrencyByStart of the names that do (one pass over a text finds them all).
   */
  readonly localCurrencyStarts: Uint16Array;
  /**
   * The units with which a local currency name starts, one bit a unit (bit `c & 31` of word `c >>> 5`):
   * 8 KB read at every character of a text before the 128 KB localCurrencyStarts is.
   */
  readonly localCurrencyFirst: UnitBits;
  /** localCurrencyNames grouped by their first UTF-16 unit, each group in list order. */
  readonly localCurrencyByStart: readonly (readonly { readonly surface: string; readonly currency: string }[])[];
  /** Words of one region's own usage (按年 -> HKD), for a Traditional text with no other evidence (region-words.tsv). */
  readonly regionWords: readonly { readonly surface: string; readonly currency: string }[];
}

export function readSuffixWords(read: QuantityDictReader): SuffixWords {
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
  const localCurrencyStarts = new Uint16Array(0x10000);
  const localCurrencyByStart: { surface: string; currency: string }[][] = [];
  const localCurrencyFirst = newUnitBits();
  for (const name of localCurrencyNames) {
    const c = name.surface.charCodeAt(0);
    addUnitBit(localCurrencyFirst, c);
    if (localCurrencyStarts[c] === 0) localCurrencyStarts[c] = localCurrencyByStart.push([]);
    (localCurrencyByStart[(localCurrencyStarts[c] as number) - 1] as { surface: string; currency: string }[]).push(name);
  }
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
    const f = numberCell('percent.tsv', line, factor);
    if (position === 'prefix') prefixes.set(surface, { kind, unit, factor: f });
    else if (position === 'infix') fractions.set(surface, true);
    else suffixes.set(surface, { kind, unit, factor: f, latin: false, license: null });
  }
  const ambiguous = new Map<string, SuffixEntry[]>();
  for (const { columns, line } of read('ambiguous.tsv', 5, 5)) {
    const [surface, kind, unit, lic, factor] = columns as [string, SuffixKind, string, string, string];
    const rows = ambiguous.get(surface) ?? [];
    rows.push({ kind, unit, factor: numberCell('ambiguous.tsv', line, factor), latin: false, license: license(lic, line) });
    ambiguous.set(surface, rows);
  }
  for (const [surface, rows] of ambiguous) {
    // Rows of one surface chain in file order: the first whose license holds is taken.
    suffixes.set(surface, rows.reduceRight<SuffixEntry | undefined>((next, row) => (next === undefined ? row : { ...row, otherwise: next }), undefined) as SuffixEntry);
  }
  const regionWords: { surface: string; currency: string }[] = [];
  for (const { columns, line } of read('region-words.tsv', 2, 2)) {
    const [surface, currency] = columns as [string, string];
    if (!localCodes.has(currency)) bad('region-words.tsv', line, 'currency must be CNY or one of the regions\' (local-currencies.tsv)');
    regionWords.push({ surface, currency });
  }
  return { suffixes, prefixes, fractions, classifiers, phases, regionCurrencies, localCurrencyNames, localCurrencyStarts, localCurrencyFirst, localCurrencyByStart, regionWords };
}

function license(text: string, line: number): License {
  if (text === 'list') return { type: 'list' };
  if (text === 'word') return { type: 'word' };
  if (text === 'ends-word') return { type: 'ends-word' };
  if (text === 'always') return { type: 'always' };
  if (text.startsWith('near:') && text.length > 5) return { type: 'near', chars: text.slice(5) };
  if (/^beyond:[0-9]+$/.test(text)) return { type: 'beyond', limit: Number(text.slice(7)) };
  return bad('ambiguous.tsv', line, `unknown license ${JSON.stringify(text)}`);
}
