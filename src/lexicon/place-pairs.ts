import { DictFormatError } from '../errors.js';
import { dictPath } from './paths.js';
import { readTsv } from './tsv.js';

/** Bits of PlacePairTables.headFlags. */
export const HEAD_ALONE = 1;
export const HEAD_LAST = 2;
export const HEAD_FIRST = 4;

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
  /** 1 at the UTF-16 unit of every short form: one read rules most tokens out. */
  readonly isShortForm: Uint8Array;
  /** Words after a pair that make it one (两国, 关系, 同胞). */
  readonly pairWords: ReadonlySet<string>;
  /** Words glued to the end of a place name (地区, 民族, 人). */
  readonly placeHeads: ReadonlySet<string>;
  /** At a UTF-16 unit: HEAD_ALONE if it is a one-character head, HEAD_LAST if it ends a longer one, HEAD_FIRST if it opens one. */
  readonly headFlags: Uint8Array;
}

/** Reads the two tables (once per process, with the other rule tables). */
export function readPlacePairTables(): PlacePairTables {
  const file = dictPath('entities', 'rules', 'place-abbreviations.tsv');
  const countries = new Map<string, ShortForm>();
  const regions = new Map<string, ShortForm>();
  const isShortForm = new Uint8Array(0x10000);
  for (const { columns, line } of readTsv(file, 3, 4)) {
    const [char, kind, canonical, free = ''] = columns as [string, string, string, string?];
    if (char.length !== 1 || (kind !== 'country' && kind !== 'region') || (free !== '' && free !== 'free')) {
      throw new DictFormatError(file, line, 'expected one character, country|region, canonical name, [free]');
    }
    (kind === 'country' ? countries : regions).set(char, { canonical, free: free === 'free' });
    isShortForm[char.charCodeAt(0)] = 1;
  }
  const pairWords = new Set(readTsv(dictPath('entities', 'rules', 'pair-words.tsv'), 1).map((row) => row.columns[0] as string));
  const placeHeads = new Set(readTsv(dictPath('entities', 'rules', 'place-heads.tsv'), 1).map((row) => row.columns[0] as string));
  const headFlags = new Uint8Array(0x10000);
  for (const head of placeHeads) {
    if (head.length === 1) headFlags[head.charCodeAt(0)] = (headFlags[head.charCodeAt(0)] as number) | HEAD_ALONE;
    else {
      headFlags[head.charCodeAt(head.length - 1)] = (headFlags[head.charCodeAt(head.length - 1)] as number) | HEAD_LAST;
      headFlags[head.charCodeAt(0)] = (headFlags[head.charCodeAt(0)] as number) | HEAD_FIRST;
    }
  }
  return { countries, regions, isShortForm, pairWords, placeHeads, headFlags };
}
