import { readdirSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import type { DictionarySource } from '../types.js';
import { parseEntityFile, parseNotNames, readUserDictionary, type NameRecord } from './entity-dict.js';
import { loadBrandTables, type BrandTables } from './brand-names.js';
import { ANCHOR_UNIT } from './entity-char-flags.js';
import { loadEntityRuleTables, type EntityRuleTables } from './entity-rules.js';
import { NameTrie } from './name-trie.js';
import { PairFilter } from './pair-filter.js';
import { DIVISIONS_FILE, provinceStarts } from './province-names.js';
import { dictPath } from './paths.js';
import { newUnitBits, type UnitBits } from './unit-bits.js';
import { plainWordsOf, type PlainWords } from './user-words.js';
import { DependencyError } from '../errors.js';

export type { NameRecord } from './entity-dict.js';
export type { EntityRuleTables, SuffixRule } from './entity-rules.js';
export type { BrandTables } from './brand-names.js';
export { NameTrie } from './name-trie.js';

/** The names an analyzer knows (built-in and user dictionaries) and the tables its rules read. */
export interface EntityLexicon {
  /** Built-in names (dict/entities/*.tsv), or null when the built-in dictionary is off. */
  readonly builtin: NameTrie<NameRecord> | null;
  /** This analyzer's user names, or null when it has none. They win over built-in ones. */
  readonly user: NameTrie<NameRecord> | null;
  /** The first two UTF-16 units of every name longer than one: most positions need no trie walk. */
  readonly openings: PairFilter;
  /** Is `surface` a place name (a user entry decides before the built-in one)? */
  readonly isPlace: (surface: string) => boolean;
  /**
   * The rule tables, whose `charFlags` are this analyzer's own: besides the rules' bits they say what
   * a name of its dictionaries starting with UTF-16 unit c may be (NAME_START, FREE_START,
   * ANCHOR_START, SINGLE_START), so that the dictionary scan, which reads them at every position,
   * and the rules read one table.
   */
  readonly rules: EntityRuleTables;
  /** The company short-name list (read lazily) and the context words that license it. */
  readonly brands: BrandTables;
  /** The plain words (type `word`) of the same user dictionaries, for the segment stage; null when none. */
  readonly words: PlainWords | null;
  /**
   * Where the built-in provinces start (甘肃, 湖南, 黑龙江: opensProvince), so that most tokens need no walk
   * to know they open none; no bit set when the built-in dictionary is off.
   */
  readonly provinces: UnitBits;
  /**
   * What a name of this analyzer's dictionaries opening with UTF-16 unit c may be, one byte a unit
   * (OPENS_ANY, OPENS_FREE, OPENS_ALONE; 0: no name opens with it), read from the start flags once:
   * the dictionary scan reads it at every position, and 64 KB stay in the CPU's caches where the
   * 256 KB of the flags do not.
   */
  readonly openers: Uint8Array;
}

/** Names at least this long (places and not-names excepted) are taken even where the segmenter cut differently. */
export const FREE_NAME_LENGTH = 4;

/** Some dictionary name starts with the unit (a bit of the analyzer's charFlags, above the rules' own). */
export const NAME_START = 1 << 28;
/** Some name that may start off a token boundary (FREE_NAME_LENGTH or longer, not a place) starts with it. */
export const FREE_START = 1 << 29;
/** The unit alone is an anchor word (省, 市, 县 …): a name opening with it must start on a token boundary. */
export const ANCHOR_START = ANCHOR_UNIT;
/** A one-unit name is the unit itself (no pair to check in `openings`). */
export const SINGLE_START = 1 << 30;

/** openers: some name opens with the unit (NAME_START). */
export const OPENS_ANY = 1;
/** openers: some name that may start off a token boundary opens with the unit (FREE_START, not ANCHOR_START). */
export const OPENS_FREE = 2;
/** openers: the unit alone is a name (SINGLE_START). */
export const OPENS_ALONE = 4;

/** The openers table of the start flags `starts` (EntityLexicon.openers). */
function openersOf(starts: Uint32Array): Uint8Array {
  const openers = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const flags = starts[c] as number;
    if ((flags & NAME_START) === 0) continue;
    openers[c] = OPENS_ANY | ((flags & (FREE_START | ANCHOR_START)) === FREE_START ? OPENS_FREE : 0) | ((flags & SINGLE_START) !== 0 ? OPENS_ALONE : 0);
  }
  return openers;
}

/**
 * Might a dictionary name open at text[i]? The start flags and the pair filter answer without a
 * trie walk: false is certain, true leaves the question to the tries.
 */
export function mayOpenName(starts: Uint32Array, openings: PairFilter, text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const flags = starts[c] as number;
  return (flags & NAME_START) !== 0 && ((flags & SINGLE_START) !== 0 || openings.mayHave(c, text.charCodeAt(i + 1)));
}

function markStart(starts: Uint32Array, openings: PairFilter, surface: string, record: NameRecord): void {
  const c = surface.charCodeAt(0);
  let flags = (starts[c] as number) | NAME_START;
  if (surface.length >= FREE_NAME_LENGTH && record.type !== 'place' && !record.notName) flags |= FREE_START;
  if (surface.length === 1) flags |= SINGLE_START;
  else openings.add(c, surface.charCodeAt(1));
  starts[c] = flags;
}

/** Types whose names the segmenter is taught, so that it never cuts one (places it knows already). */
const SEGMENTER_TYPES = new Set(['agency', 'zone', 'enterprise', 'organization', 'project']);
/** The places jieba does not know (筷子基, 路氹城, 洪水桥), taught to it too. */
const UNKNOWN_PLACES_FILE = 'places-hongkong-macao-taiwan.tsv';
const SEGMENTER_MIN = 3;
/** Chinese digits a name may open with (三跑道系统), which 第 also takes to make an ordinal (第三). */
export const NUMERAL_FIRST = '一二三四五六七八九十两';
const SEGMENTER_MAX = 16;
/** The folder of dict/entities/ that lists phrases opening with a name that are not names. */
const NOT_NAMES_DIR = 'not-names';

/** The built-in dictionary, loaded once per process. */
interface Builtin {
  readonly trie: NameTrie<NameRecord>;
  readonly words: readonly string[];
  /** The start bits alone; each analyzer merges them into its copy of the rules' charFlags. */
  readonly starts: Uint32Array;
  /** The units whose start bits are set, so that the merge visits them alone rather than all 65,536. */
  readonly startUnits: readonly number[];
  readonly openings: PairFilter;
  /** Where the built-in provinces start: one bit per UTF-16 unit (provinceStarts). */
  readonly provinces: UnitBits;
}

let builtinMemo: Builtin | undefined;

/** The built-in dictionary: every dict/entities/*.tsv file, loaded once per process. */
function loadBuiltin(): Builtin {
  if (builtinMemo) return builtinMemo;
  const dir = dictPath('entities');
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort();
  } catch (cause) {
    throw new DependencyError(`the entity dictionary folder ${dir} cannot be read`, cause);
  }
  const trie = new NameTrie<NameRecord>();
  const words = new Set<string>();
  const starts = new Uint32Array(0x10000);
  const startUnits: number[] = [];
  const openings = new PairFilter();
  const mark = (surface: string, record: NameRecord): void => {
    if (starts[surface.charCodeAt(0)] === 0) startUnits.push(surface.charCodeAt(0));
    markStart(starts, openings, surface, record);
  };
  const divisions: string[] = [];
  for (const file of files) {
    const path = dictPath('entities', file);
    parseEntityFile(readFileSync(path, 'utf8'), path, (surface, record) => {
      // Within the built-in data the first file (in name order) that gives a surface keeps it.
      trie.add(surface, record, false);
      mark(surface, record);
      if (file === DIVISIONS_FILE) divisions.push(surface);
      // A name opening with a numeral is not taught: the segmenter would cut it out of an ordinal (第 + 三跑道系统).
      const taught = (SEGMENTER_TYPES.has(record.type) || file === UNKNOWN_PLACES_FILE) && !NUMERAL_FIRST.includes(surface.charAt(0));
      if (taught && surface.length >= SEGMENTER_MIN && surface.length <= SEGMENTER_MAX) words.add(surface);
    });
  }
  // Phrases that open with a name but are none (甘肃银行业): after the names, so a name keeps its surface.
  const notNames = dictPath('entities', NOT_NAMES_DIR);
  for (const file of readdirSync(notNames).filter((f) => f.endsWith('.tsv')).sort()) {
    const path = dictPath('entities', NOT_NAMES_DIR, file);
    parseNotNames(readFileSync(path, 'utf8'), path, (surface, record) => {
      trie.add(surface, record, false);
      mark(surface, record);
      if (surface.length >= SEGMENTER_MIN && surface.length <= SEGMENTER_MAX) words.add(surface);
    });
  }
  // Once every name is in: which of the division list's surfaces the trie holds as a province.
  builtinMemo = { trie, words: Object.freeze([...words]), starts, startUnits, openings, provinces: provinceStarts(divisions, trie) };
  return builtinMemo;
}

/**
 * Built-in names the segmenter must keep whole: one frozen array per thread (the segmenter is
 * loaded once per thread, with exactly this array).
 */
export function builtinSegmenterWords(): readonly string[] {
  return loadBuiltin().words;
}

/**
 * The lexicon of one analyzer: the built-in dictionary (shared, memoized) when `builtin` is true,
 * plus the analyzer's own user dictionaries, whose entries win and are marked source 'user'.
 */
export function loadEntityLexicon(builtin: boolean, sources: readonly DictionarySource[]): EntityLexicon {
  const rules = loadEntityRuleTables();
  let user: NameTrie<NameRecord> | null = null;
  const starts = rules.charFlags.slice();
  if (builtin) {
    const { starts: names, startUnits } = loadBuiltin();
    for (const c of startUnits) starts[c] = (starts[c] as number) | (names[c] as number);
  }
  const openings = builtin ? loadBuiltin().openings.copy() : new PairFilter();
  const words: string[] = [];
  sources.forEach((source, index) => {
    user ??= new NameTrie<NameRecord>();
    const trie = user;
    const add = (surface: string, record: NameRecord): void => {
      trie.add(surface, record, true);
      markStart(starts, openings, surface, record);
    };
    readUserDictionary(source, index, add, (word) => words.push(word));
  });
  const builtinTrie = builtin ? loadBuiltin().trie : null;
  const userTrie = user as NameTrie<NameRecord> | null;
  const isPlace = (surface: string): boolean =>
    mayOpenName(starts, openings, surface, 0) && (userTrie?.get(surface) ?? builtinTrie?.get(surface))?.type === 'place';
  return { builtin: builtinTrie, user: userTrie, openings, isPlace, rules: { ...rules, charFlags: starts }, brands: loadBrandTables(), words: plainWordsOf(words), provinces: builtin ? loadBuiltin().provinces : newUnitBits(), openers: openersOf(starts) };
}
