/** A piece of the input: `text === input.slice(start, end)`, UTF-16 offsets, end exclusive. */
export interface Span {
  /** The original slice of the input (not the normalized form). */
  text: string;
  /** UTF-16 offset of the first code unit in the ORIGINAL input. */
  start: number;
  /** UTF-16 offset one past the last code unit in the ORIGINAL input. */
  end: number;
}

/** A word of the segmentation. */
export interface Token extends Span {
  /** Part-of-speech tag (jieba's tag set), present when the `pos` option is on. */
  pos?: string;
}

export type EntityType =
  | 'agency'
  | 'zone'
  | 'enterprise'
  | 'project'
  | 'organization'
  | 'place'
  | 'person'
  | 'document';

export type EntitySource = 'dictionary' | 'user' | 'rule';

export interface Entity extends Span {
  type: EntityType;
  /** The dictionary's preferred name: 兰白自创区 -> 兰州白银国家自主创新示范区. */
  canonical?: string;
  source: EntitySource;
  /** Which rule or dictionary file produced the entity (for example `zone-suffix`, `entities.tsv`). */
  rule?: string;
}

export type QuantityKind = 'money' | 'percent' | 'pp' | 'measure' | 'count' | 'ordinal' | 'date' | 'number';

export type Approx = 'about' | 'over' | 'under';

/** What every quantity has, whatever its kind. */
interface QuantityFields extends Span {
  unit: string | null;
  /** The denominator of a rate: 3.5万吨/年 -> 'year'; 120元/吨 -> 't'. */
  per?: string;
  /** The upper bound of a range; `value` is then the lower bound. */
  upper?: number;
  approx?: Approx;
  /** `false` when the value (or `upper`) is beyond Number.MAX_SAFE_INTEGER and so not exact. */
  exact?: boolean;
}

/** The kinds whose value is a number: every kind but `date`. */
export type NumericKind = Exclude<QuantityKind, 'date'>;

/** The kinds of a figure, the value of a fact. */
export type FigureKind = 'money' | 'percent' | 'pp' | 'measure' | 'count';

/** A quantity whose value is a number with 十/百/千/万/亿 applied: 1436亿元 -> 143600000000. */
export interface NumericQuantity<K extends NumericKind = NumericKind> extends QuantityFields {
  kind: K;
  value: number;
}

/** A date or period: its value is an ISO-8601 string (`"2024"`, `"2024-03"`, `"--01/--10"`, `"2021/2025"`). */
export interface DateQuantity extends QuantityFields {
  kind: 'date';
  value: string;
}

/**
 * A quantity, discriminated by `kind`: a date's value is a string, every other kind's a number, so
 * `if (q.kind === 'money') q.value.toFixed(2)` type-checks.
 */
export type Quantity = NumericQuantity | DateQuantity;

/** A figure: the quantity a fact is about (money, percent, pp, measure or count). */
export type Figure = NumericQuantity<FigureKind>;

/** The result of `analyze()`. */
export interface Analysis {
  /** The input, unchanged. */
  text: string;
  /** In order, covering every non-space character of the input exactly once. */
  tokens: Token[];
  /** In order of start. */
  quantities: Quantity[];
  /** In order of start, never overlapping each other. */
  entities: Entity[];
  /** One per figure (money, percent, pp, measure and count quantities), in order of the figure's start. */
  facts: Fact[];
  /** The text's top keywords, highest weight first; present only with the `keywords` option. */
  keywords?: Keyword[];
}

/** How keywords are ranked: jieba's TF-IDF or TextRank. */
export type KeywordMethod = 'tfidf' | 'textrank';

/**
 * A keyword of the text. The span is its first occurrence (for an entity, the entity's first mention
 * under any of its names).
 */
export interface Keyword extends Span {
  /** The term: the word in Simplified, or an entity's canonical name. */
  term: string;
  /** tfidf: count / terms × IDF; textrank: the rank scaled so that the top term has 1. */
  weight: number;
  /** How many times the term occurs. */
  count: number;
  /** The entity type, when the term is an entity. */
  type?: EntityType;
}

/** The `keywords` option as an analyzer keeps it. */
export interface KeywordsSetting {
  /** How many keywords at most. */
  readonly top: number;
  readonly method: KeywordMethod;
}

/** The phrase naming what a figure measures, as written. */
export interface Indicator extends Span {
  /** The statistical name dict/facts/indicators.tsv gives it: 生产总值, GDP -> 地区生产总值. */
  canonical?: string;
}

/** A figure with what it measures, whose it is and when. Absent parts are left out. */
export interface Fact {
  /** The figure: a quantity of kind money, percent, pp, measure or count (the object in `quantities`). */
  value: Figure;
  /** What the figure measures. */
  indicator?: Indicator;
  /** Whose figure it is (the object in `entities`). */
  subject?: Entity;
  /** When: the date or period (a quantity of kind `date`) the figure refers to. */
  time?: DateQuantity;
  /** The figure is an increase ('up') or a decrease ('down') of the indicator, not its level. */
  change?: 'up' | 'down';
}

/** One entry of a user dictionary given in memory. */
export interface DictionaryEntry {
  name: string;
  /** An entity type, or `word` for a plain word that only steers segmentation (no canonical name). */
  type: EntityType | 'word';
  /** The preferred name; defaults to `name`. */
  canonical?: string;
  /** Other surfaces of the same entity. */
  aliases?: readonly string[];
}

/** A user dictionary: a path to a file in the dictionary format, or entries in memory. */
export type DictionarySource = string | { readonly name?: string; readonly entries: readonly DictionaryEntry[] };

export interface AnalyzerOptions {
  /** User dictionaries (files or in-memory entries); their entries win over built-in ones. Default: none. */
  dictionaries?: readonly DictionarySource[];
  /** Use the built-in domain dictionary in `dict/`. Default: true. */
  builtinDictionary?: boolean;
  /** Attach jieba part-of-speech tags to tokens (costs speed). Default: false. */
  pos?: boolean;
  /** Run the quantities stage. Default: true. */
  quantities?: boolean;
  /** Run the entities stage. Default: true. */
  entities?: boolean;
  /** Convert Traditional Chinese to Simplified before analysis. Default: true. */
  traditional?: boolean;
  /**
   * Link every figure to its indicator, subject, time and change. Needs the `quantities` and `entities`
   * stages: `true` with either off is an OptionsError. Default: true when both are on, else false.
   */
  facts?: boolean;
  /**
   * Resolve relative times (今年, 去年, 今年以来, 上月, 本季度 …) against this day: 'YYYY-MM-DD' or a Date (its
   * local calendar day). Default: none, and relative times are not quantities.
   */
  referenceDate?: string | Date;
  /**
   * Add the text's top keywords (`keywords` of the result): a number N (the top N by TF-IDF), `true`
   * (the top 10), or `{ top?: N, method?: 'tfidf' | 'textrank' }` (defaults 10 and 'tfidf').
   * Default: false (no keywords, nothing loaded).
   */
  keywords?: boolean | number | { readonly top?: number; readonly method?: KeywordMethod };
}

export interface Analyzer {
  analyze(text: string): Analysis;
  /** The options this analyzer runs with, defaults filled in. */
  readonly options: Readonly<Required<Omit<AnalyzerOptions, 'dictionaries' | 'referenceDate' | 'keywords'>>> & {
    readonly dictionaries: readonly DictionarySource[];
    /** 'YYYY-MM-DD', or undefined when none was given. */
    readonly referenceDate: string | undefined;
    /** false, or the top count and method. */
    readonly keywords: KeywordsSetting | false;
  };
}
