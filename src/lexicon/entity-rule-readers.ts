// Readers of the word lists in dict/entities/rules/ and the small tables built from them.
import { DictFormatError } from '../errors.js';
import type { SuffixRule } from './entity-rule-types.js';
import type { EntityType } from '../types.js';
import { dictPath } from './paths.js';
import { readFirstColumn, readTsv, readTsvRows } from './tsv.js';

/** The words of a one-column list of dict/entities/rules/. */
export function words(file: string): string[] {
  return readFirstColumn(dictPath('entities', 'rules', file));
}

/** The words of break-words.tsv, sorted by keep-words.tsv, read row by row (no row is kept). */
export interface BreakWordSets {
  /** The break words but those of `keep`. */
  readonly breakWords: Set<string>;
  /** The break words `keep` lets stand inside names (引导, 建设). */
  readonly nameVerbs: Set<string>;
  /** The break words of two or three characters (`keep` left out) that jieba tags as no verb: 正定, 大足, 且末. */
  readonly countyLookalikes: Set<string>;
}

/** break-words.tsv (each word with jieba's tag), read once for the break words, the name verbs and the county lookalikes. */
export function readBreakWords(keep: ReadonlySet<string>): BreakWordSets {
  const out: BreakWordSets = { breakWords: new Set(), nameVerbs: new Set(), countyLookalikes: new Set() };
  readTsvRows(dictPath('entities', 'rules', 'break-words.tsv'), 2, 2, (columns) => {
    const word = columns[0] as string;
    if (keep.has(word)) {
      out.nameVerbs.add(word);
      return;
    }
    out.breakWords.add(word);
    if (word.length >= 2 && word.length <= 3 && !(columns[1] as string).startsWith('v')) out.countyLookalikes.add(word);
  });
  return out;
}

/** stock-codes.tsv: each word with its role (prefix, market, special). */
export function readStockCodeWords(): ReadonlyMap<string, string> {
  const file = dictPath('entities', 'rules', 'stock-codes.tsv');
  const words = new Map<string, string>();
  for (const { columns, line } of readTsv(file, 2, 2)) {
    const [word, role] = columns as [string, string];
    if (role !== 'prefix' && role !== 'market' && role !== 'special') throw new DictFormatError(file, line, 'the role is prefix, market or special');
    words.set(word, role);
  }
  return words;
}

/**
 * Each word with the length of the longest ending of `type` it opens with (银行行长 → 2, 工程进度 → 2 for projects); words
 * opening with none are left out.
 */
export function gluedCuts(list: readonly string[], suffixes: ReadonlyMap<string, SuffixRule>, type: EntityType = 'enterprise'): Map<string, number> {
  const cuts = new Map<string, number>();
  for (const word of list) {
    for (let cut = word.length - 1; cut >= 2; cut--) {
      if (suffixes.get(word.slice(0, cut))?.type !== type) continue;
      cuts.set(word, cut);
      break;
    }
  }
  return cuts;
}

/** Words grouped by their first character, each group longest first. */
export function byFirstChar(list: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const groups = new Map<string, string[]>();
  for (const word of new Set(list)) {
    const group = groups.get(word.charAt(0));
    if (group === undefined) groups.set(word.charAt(0), [word]);
    else group.push(word);
  }
  for (const group of groups.values()) group.sort((a, b) => b.length - a.length);
  return groups;
}

/** Taiwan's districts without their level, each with the cities or counties that have one so named (district-short-forms.tsv). */
export function readDistrictShortForms(): ReadonlyMap<string, readonly string[]> {
  const parents = new Map<string, string[]>();
  for (const row of readTsv(dictPath('entities', 'rules', 'district-short-forms.tsv'), 2, 2)) {
    const [name, parent] = row.columns as [string, string];
    const list = parents.get(name);
    if (list === undefined) parents.set(name, [parent]);
    else list.push(parent);
  }
  return parents;
}
