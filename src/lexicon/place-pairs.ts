import { DictFormatError } from '../errors.js';
import { dictPath } from './paths.js';
import { readTsv } from './tsv.js';

/** One reading of a place's one-character short form (美 → 美国, 澳 → 澳门). */
export interface ShortForm {
  readonly canonical: string;
  /** May pair without a cue word after it (中美, 港澳). */
  readonly free: boolean;
}

/** The tables of the place-pairs and place-head rules (dict/entities/rules/place-abbreviations.tsv, pair-words.tsv, place-heads.tsv). */
export interface PlacePairTables {
  /** Country and continent readings, by character (中, 美, 欧 …). */
  readonly countries: ReadonlyMap<string, ShortForm>;
  /** Province readings, by character (港, 川, 陕 …). */
  readonly regions: ReadonlyMap<string, ShortForm>;
  /** Words after a pair that make it one (两国, 关系, 同胞). */
  readonly pairWords: ReadonlySet<string>;
  /** Words glued to the end of a place name (地区, 民族, 人). */
  readonly placeHeads: ReadonlySet<string>;
}

/** Reads the two tables (once per process, with the other rule tables). */
export function readPlacePairTables(): PlacePairTables {
  const file = dictPath('entities', 'rules', 'place-abbreviations.tsv');
  const countries = new Map<string, ShortForm>();
  const regions = new Map<string, ShortForm>();
  for (const { columns, line } of readTsv(file, 3, 4)) {
    const [char, kind, canonical, free = ''] = columns as [string, string, string, string?];
    if (char.length !== 1 || (kind !== 'country' && kind !== 'region') || (free !== '' && free !== 'free')) {
      throw new DictFormatError(file, line, 'expected one character, country|region, canonical name, [free]');
    }
    (kind === 'country' ? countries : regions).set(char, { canonical, free: free === 'free' });
  }
  const pairWords = new Set(readTsv(dictPath('entities', 'rules', 'pair-words.tsv'), 1).map((row) => row.columns[0] as string));
  const placeHeads = new Set(readTsv(dictPath('entities', 'rules', 'place-heads.tsv'), 1).map((row) => row.columns[0] as string));
  // The characters of the short forms and heads are marked in the rules' one table (SHORT_FORM, HEAD_* in entity-rules.ts).
  return { countries, regions, pairWords, placeHeads };
}
