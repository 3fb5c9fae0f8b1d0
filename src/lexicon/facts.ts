import { DictFormatError } from '../errors.js';
import { dictPath } from './paths.js';
import { readTsv, readTsvRows } from './tsv.js';
import { IndicatorTable } from './facts-indicators.js';
import { WordFlags } from './word-flags.js';

/** What a word does around a figure (dict/facts/words.tsv), as bit flags. */
export const WordRole = Object.freeze({
  Boundary: 1 << 0,
  Link: 1 << 1,
  Up: 1 << 2,
  Down: 1 << 3,
  CompareUp: 1 << 4,
  CompareDown: 1 << 5,
  Compare: 1 << 6,
  Generic: 1 << 7,
  Connector: 1 << 8,
  Anaphora: 1 << 9,
  Prep: 1 << 10,
  ModifierPrep: 1 << 11,
  Pivot: 1 << 12,
  Head: 1 << 13,
  Share: 1 << 14,
  ShareWord: 1 << 15,
  ListEnd: 1 << 16,
  De: 1 << 17,
  Nominal: 1 << 18,
  /** jieba tags it a verb. */
  Verb: 1 << 19,
  Speech: 1 << 20,
  Create: 1 << 21,
  /** 连续, 持续: the count of years or months after it is the length of a streak. */
  Streak: 1 << 22,
  /** 增速, 数量, 比重: names an aspect of the indicator before it, which keeps its canonical name. */
  Aspect: 1 << 23,
  /** 每月, 平均, 实质: inside an indicator phrase, before a noun, it qualifies that noun (住户每月收入中位数). */
  Attributive: 1 << 24,
  /** 今年, 去年, 本月: a time the sentence states itself, in words; no date of an earlier sentence carries to it. */
  Period: 1 << 25,
  /** 交易所, 协会, 商会: the head of the name of a body that is no government (an exchange, an association); before a verb of saying, it reports figures that are not its own. */
  Body: 1 << 26,
} as const);

/** Roles of nouns: words with them may be part of an indicator phrase. */
const NOUN_ROLES = WordRole.Nominal | WordRole.ShareWord | WordRole.Head | WordRole.Body;

const ROLE_NAMES: Readonly<Record<string, number>> = Object.freeze({
  link: WordRole.Link,
  up: WordRole.Up,
  down: WordRole.Down,
  cmpup: WordRole.CompareUp,
  cmpdown: WordRole.CompareDown,
  compare: WordRole.Compare,
  generic: WordRole.Generic,
  connector: WordRole.Connector,
  anaphora: WordRole.Anaphora,
  prep: WordRole.Prep,
  modprep: WordRole.ModifierPrep,
  pivot: WordRole.Pivot,
  head: WordRole.Head,
  speech: WordRole.Speech,
  create: WordRole.Create,
  streak: WordRole.Streak,
  aspect: WordRole.Aspect,
  attr: WordRole.Attributive,
  share: WordRole.Share,
  shareword: WordRole.ShareWord,
  listend: WordRole.ListEnd,
  de: WordRole.De,
  nominal: WordRole.Nominal,
  verb: WordRole.Verb,
  period: WordRole.Period,
  body: WordRole.Body,
  stop: WordRole.Boundary,
});

/** The tables of the facts stage. */
export interface FactLexicon {
  /** WordRole flags by word; a word absent is a noun-like word that may be part of an indicator. */
  readonly roles: ReadonlyMap<string, number>;
  /** Indicator surface -> canonical statistical name. */
  readonly indicators: ReadonlyMap<string, string>;
  /** The longest indicator surface, in UTF-16 units. */
  readonly longestIndicator: number;
  /** `indicators` again, packed to find a surface written in a text in place (without a slice to hash). */
  readonly indicatorTable: IndicatorTable;
  /**
   * UnitFlag bits by UTF-16 unit: which units open or end an indicator surface, end a word with
   * the Link role, open and end a word of `roles` of three units or more, open and end one of two
   * units, or are a word of `roles` alone. A cheap pre-check (64 KB that other lookups keep cached)
   * before a slice is looked up in `indicators` or `roles`.
   */
  readonly unitFlags: Uint8Array;
  /** `roles` again, in a table that looks up words of one or two units without hashing a string. */
  readonly roleTable: WordFlags;
}

/** Bits of FactLexicon.unitFlags. */
export const UnitFlag = Object.freeze({
  IndicatorFirst: 1,
  IndicatorLast: 2,
  LinkLast: 4,
  LongWordFirst: 8,
  LongWordLast: 16,
  PairFirst: 32,
  PairLast: 64,
  OneUnitWord: 128,
} as const);

let memo: FactLexicon | undefined;

/** Loads dict/facts/ once per process (the tables are read-only and shared by every analyzer). */
export function loadFactLexicon(): FactLexicon {
  memo ??= buildFactLexicon();
  return memo;
}

function buildFactLexicon(): FactLexicon {
  const roles = new Map<string, number>();
  // 13,000 rows: visited one by one, not kept as rows.
  readTsvRows(dictPath('facts', 'boundary-words.tsv'), 2, 2, (columns) => {
    const verb = (columns[1] as string).startsWith('v') ? WordRole.Verb : 0;
    roles.set(columns[0] as string, WordRole.Boundary | verb);
  });
  const explicit = new Map<string, number>();
  const wordsFile = dictPath('facts', 'words.tsv');
  for (const { columns, line } of readTsv(wordsFile, 2, 2)) {
    const [word, roleName] = columns as [string, string];
    const role = ROLE_NAMES[roleName];
    if (role === undefined) {
      throw new DictFormatError(wordsFile, line, `unknown role "${roleName}"; known: ${Object.keys(ROLE_NAMES).join(', ')}`);
    }
    explicit.set(word, (explicit.get(word) ?? 0) | role);
  }
  // A word listed by hand has the roles listed there instead of jieba's tag, and ends an indicator
  // phrase unless a role says it is a noun.
  for (const [word, flags] of explicit) {
    const verb = (roles.get(word) ?? 0) & WordRole.Verb;
    roles.set(word, flags & NOUN_ROLES ? flags : flags | verb | WordRole.Boundary);
  }
  const indicators = new Map<string, string>();
  let longestIndicator = 0;
  for (const { columns } of readTsv(dictPath('facts', 'indicators.tsv'), 2, 2)) {
    const surface = columns[0] as string;
    indicators.set(surface, columns[1] as string);
    longestIndicator = Math.max(longestIndicator, surface.length);
    // An indicator is a noun wherever jieba's tag says otherwise (产能, 占地), unless listed by hand.
    if (!explicit.has(surface)) roles.delete(surface);
  }
  const unitFlags = new Uint8Array(0x10000);
  const mark = (unit: number, flag: number): void => {
    unitFlags[unit] = (unitFlags[unit] as number) | flag;
  };
  for (const surface of indicators.keys()) {
    mark(surface.charCodeAt(0), UnitFlag.IndicatorFirst);
    mark(surface.charCodeAt(surface.length - 1), UnitFlag.IndicatorLast);
  }
  for (const [word, flags] of roles) if ((flags & WordRole.Link) !== 0) mark(word.charCodeAt(word.length - 1), UnitFlag.LinkLast);
  for (const word of roles.keys()) {
    if (word.length === 1) mark(word.charCodeAt(0), UnitFlag.OneUnitWord);
    else if (word.length === 2) {
      mark(word.charCodeAt(0), UnitFlag.PairFirst);
      mark(word.charCodeAt(1), UnitFlag.PairLast);
    } else {
      mark(word.charCodeAt(0), UnitFlag.LongWordFirst);
      mark(word.charCodeAt(word.length - 1), UnitFlag.LongWordLast);
    }
  }
  return { roles, indicators, longestIndicator, indicatorTable: new IndicatorTable(indicators), unitFlags, roleTable: new WordFlags(roles) };
}
