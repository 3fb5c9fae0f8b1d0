import { readdirSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import type { DictionarySource } from '../types.js';
import { parseEntityFile, readUserDictionary, type NameRecord } from './entity-dict.js';
import { loadEntityRuleTables, type EntityRuleTables } from './entity-rules.js';
import { NameTrie } from './name-trie.js';
import { dictPath } from './paths.js';
import { DependencyError } from '../errors.js';

export type { NameRecord } from './entity-dict.js';
export type { EntityRuleTables, SuffixRule } from './entity-rules.js';
export { NameTrie } from './name-trie.js';

/** The names an analyzer knows (built-in and user dictionaries) and the tables its rules read. */
export interface EntityLexicon {
  /** Built-in names (dict/entities/*.tsv), or null when the built-in dictionary is off. */
  readonly builtin: NameTrie<NameRecord> | null;
  /** This analyzer's user names, or null when it has none. They win over built-in ones. */
  readonly user: NameTrie<NameRecord> | null;
  /** freeStarts[c] === 1 when a built-in or user name that may start off a token boundary starts with unit c. */
  readonly freeStarts: Uint8Array;
  /** Is `surface` a place name (a user entry decides before the built-in one)? */
  readonly isPlace: (surface: string) => boolean;
  readonly rules: EntityRuleTables;
}

/** Names at least this long (places excepted) are taken even where the segmenter cut differently. */
export const FREE_NAME_LENGTH = 4;

function markFree(freeStarts: Uint8Array, surface: string, record: NameRecord): void {
  if (surface.length >= FREE_NAME_LENGTH && record.type !== 'place') freeStarts[surface.charCodeAt(0)] = 1;
}

/** Types whose names the segmenter is taught, so that it never cuts one (places it knows already). */
const SEGMENTER_TYPES = new Set(['agency', 'zone', 'enterprise', 'organization', 'project']);
const SEGMENTER_MIN = 3;
const SEGMENTER_MAX = 16;

let builtinMemo: { trie: NameTrie<NameRecord>; words: readonly string[]; freeStarts: Uint8Array } | undefined;

/** The built-in dictionary: every dict/entities/*.tsv file, loaded once per process. */
function loadBuiltin(): { trie: NameTrie<NameRecord>; words: readonly string[]; freeStarts: Uint8Array } {
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
  const freeStarts = new Uint8Array(0x10000);
  for (const file of files) {
    const path = dictPath('entities', file);
    parseEntityFile(readFileSync(path, 'utf8'), path, (surface, record) => {
      // Within the built-in data the first file (in name order) that gives a surface keeps it.
      trie.add(surface, record, false);
      markFree(freeStarts, surface, record);
      if (SEGMENTER_TYPES.has(record.type) && surface.length >= SEGMENTER_MIN && surface.length <= SEGMENTER_MAX) words.add(surface);
    });
  }
  builtinMemo = { trie, words: Object.freeze([...words]), freeStarts };
  return builtinMemo;
}

/**
 * Built-in names the segmenter must keep whole: one frozen array per process (the segmenter is
 * process-wide and is loaded with exactly this array).
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
  const freeStarts = builtin ? loadBuiltin().freeStarts.slice() : new Uint8Array(0x10000);
  sources.forEach((source, index) => {
    user ??= new NameTrie<NameRecord>();
    const trie = user;
    readUserDictionary(source, index, (surface, record) => {
      trie.add(surface, record, true);
      markFree(freeStarts, surface, record);
    });
  });
  const builtinTrie = builtin ? loadBuiltin().trie : null;
  const userTrie = user as NameTrie<NameRecord> | null;
  const isPlace = (surface: string): boolean => (userTrie?.get(surface) ?? builtinTrie?.get(surface))?.type === 'place';
  return { builtin: builtinTrie, user: userTrie, freeStarts, isPlace, rules };
}
