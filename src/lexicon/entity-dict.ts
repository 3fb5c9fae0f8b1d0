import { basename } from 'node:path';
import { DictFormatError } from '../errors.js';
import type { DictionaryEntry, DictionarySource, EntitySource, EntityType } from '../types.js';
import { eachTsvRow, parseTsv, readTsv, type TsvRow } from './tsv.js';

/** What a dictionary name stands for. */
export interface NameRecord {
  readonly type: EntityType;
  readonly canonical: string;
  readonly source: Exclude<EntitySource, 'rule'>;
  /** The dictionary the name came from: a file name or the in-memory dictionary's name. */
  readonly file: string;
  /**
   * True for a phrase that is never a name although it opens with one (甘肃银行业, 中国建筑业,
   * dict/entities/not-names/): matched like a name, so that no shorter name inside it is, and then dropped.
   */
  readonly notName: boolean;
}

export const ENTITY_TYPES: ReadonlySet<string> = new Set<EntityType>([
  'agency', 'zone', 'enterprise', 'project', 'organization', 'place', 'person', 'document',
]);

const ALIAS_SEPARATOR = '|';
const NO_ALIASES: readonly string[] = Object.freeze([]);

/** The type of a user dictionary entry that is a plain word: it steers segmentation and names no entity. */
export const WORD_TYPE = 'word';

/** Receives a plain word of a user dictionary (its name and each alias). */
export type WordSink = (word: string) => void;

/**
 * The longest name or alias a dictionary may hold, in UTF-16 units. Matching walks the name trie at
 * most this far from each position of the text, so it stays linear in the text whatever a user
 * dictionary holds (a 10,000-character name would make it quadratic). The longest built-in name has 24.
 */
export const MAX_NAME_LENGTH = 100;

/** C0 and C1 controls (tab, CR, LF, NUL, BEL …), DEL and the Unicode line and paragraph separators. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * Reads one dictionary in the entity format (`name<TAB>type<TAB>[canonical]<TAB>[aliases]`, aliases
 * separated by `|`) and hands every surface (the name and each alias) to `add`.
 */
export function readEntityRows(
  rows: readonly TsvRow[],
  file: string,
  source: NameRecord['source'],
  add: (surface: string, record: NameRecord) => void,
  addWord?: WordSink,
): void {
  const label = basename(file);
  for (const { columns, line } of rows) readEntityRow(columns, line, file, label, source, add, addWord);
}

/** One row of a dictionary in the entity format (see readEntityRows). */
function readEntityRow(
  columns: readonly string[],
  line: number,
  file: string,
  label: string,
  source: NameRecord['source'],
  add: (surface: string, record: NameRecord) => void,
  addWord?: WordSink,
): void {
  // Indexed rather than destructured: the rows are read while the process starts, by unoptimized
  // code, where array destructuring walks an iterator.
  const name = columns[0] ?? '';
  const type = columns[1] ?? '';
  const canonical = columns[2] ?? '';
  const aliases = columns[3] ?? '';
  const entry = { name, type, canonical, aliases: aliases === '' ? NO_ALIASES : aliases.split(ALIAS_SEPARATOR) };
  addEntry(entry, file, line, source, label, add, addWord);
}

function addEntry(
  entry: { name: string; type: string; canonical: string; aliases: readonly string[] },
  file: string,
  line: number,
  source: NameRecord['source'],
  label: string,
  add: (surface: string, record: NameRecord) => void,
  addWord?: WordSink,
): void {
  if (entry.type === WORD_TYPE && addWord !== undefined) {
    addPlainWord(entry, file, line, addWord);
    return;
  }
  if (!ENTITY_TYPES.has(entry.type)) {
    const expected = [...ENTITY_TYPES, ...(addWord === undefined ? [] : [WORD_TYPE])].join(', ');
    throw new DictFormatError(file, line, `unknown entity type ${JSON.stringify(entry.type)}; expected one of ${expected}`);
  }
  const surfaces = [checkedName(entry.name, file, line, 'name')];
  for (const alias of entry.aliases) surfaces.push(checkedName(alias, file, line, 'name'));
  const canonical = entry.canonical.trim() === '' ? (surfaces[0] as string) : checkedName(entry.canonical, file, line, 'canonical name');
  const record: NameRecord = { type: entry.type as EntityType, canonical, source, file: label, notName: false };
  for (const surface of surfaces) add(surface, record);
}

/** A plain word and its aliases: no canonical name, no whitespace inside (a token never holds a space). */
function addPlainWord(entry: { name: string; canonical: string; aliases: readonly string[] }, file: string, line: number, addWord: WordSink): void {
  if (entry.canonical.trim() !== '') throw new DictFormatError(file, line, `a plain word (type "word") has no canonical name, got ${quote(entry.canonical.trim())}`);
  for (const raw of [entry.name, ...entry.aliases]) {
    const word = checkedName(raw, file, line, 'word');
    if (/\s/.test(word)) throw new DictFormatError(file, line, `the word ${quote(word)} holds whitespace; a plain word is one token`);
    addWord(word);
  }
}

/** A name, alias or canonical name with surrounding whitespace trimmed; refused when empty, too long or holding a control character. */
function checkedName(raw: string, file: string, line: number, what: string): string {
  const name = raw.trim();
  const problem =
    name === ''
      ? 'is empty'
      : CONTROL.test(name)
        ? 'holds a control character (tab, line break, NUL …)'
        : hasLoneSurrogate(name)
          ? 'holds a lone surrogate (not well-formed Unicode)'
          : name.length > MAX_NAME_LENGTH
            ? `is ${name.length} characters long; at most ${MAX_NAME_LENGTH} are allowed`
            : null;
  if (problem !== null) throw new DictFormatError(file, line, `the ${what} ${quote(name.length > 40 ? `${name.slice(0, 40)}…` : name)} ${problem}`);
  return name;
}

/** JSON quoting, with DEL, C1 controls and the line separators escaped too, so the message shows them. */
function quote(s: string): string {
  return JSON.stringify(s).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    const next = s.charCodeAt(i + 1);
    if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return true;
    i++;
  }
  return false;
}

/**
 * Loads a user dictionary: a file path, or `{ name?, entries }` held in memory. Entity names go to
 * `add`, plain words (type `word`) to `addWord`.
 */
export function readUserDictionary(
  source: DictionarySource,
  index: number,
  add: (surface: string, record: NameRecord) => void,
  addWord: WordSink,
): void {
  if (typeof source === 'string') {
    readEntityRows(readTsv(source, 2, 4), source, 'user', add, addWord);
    return;
  }
  // The shape of `source` was checked with the options (src/options.ts); an entry's `line` is its 1-based index.
  const file = typeof source.name === 'string' && source.name !== '' ? source.name : `dictionaries[${index}]`;
  source.entries.forEach((entry: DictionaryEntry, i: number) => {
    const fail = (problem: string): never => {
      throw new DictFormatError(file, i + 1, problem);
    };
    if (entry === null || typeof entry !== 'object' || typeof entry.name !== 'string') fail('an entry must be an object with a string `name`');
    if (typeof entry.type !== 'string') fail(`\`type\` must be a string, got ${Array.isArray(entry.type) ? 'an array' : typeof entry.type}`);
    const aliases = entry.aliases ?? [];
    if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string')) fail('`aliases` must be an array of strings');
    if (entry.canonical !== undefined && typeof entry.canonical !== 'string') fail('`canonical` must be a string');
    addEntry({ name: entry.name, type: entry.type, canonical: entry.canonical ?? '', aliases }, file, i + 1, 'user', file, add, addWord);
  });
}

/**
 * Parses a list of phrases that are not names (`phrase<TAB>[note]`, dict/entities/not-names/) and hands
 * each to `add` with a record marked `notName` (its type is never reported).
 */
export function parseNotNames(content: string, path: string, add: (surface: string, record: NameRecord) => void): void {
  const file = basename(path);
  const record: NameRecord = { type: 'organization', canonical: '', source: 'dictionary', file, notName: true };
  for (const { columns } of parseTsv(content, file, 1, 2)) add(columns[0] as string, record);
}

/** Parses dictionary text in the entity format (used for the built-in files). */
export function parseEntityFile(content: string, path: string, add: (surface: string, record: NameRecord) => void): void {
  const file = basename(path);
  // Row by row: the rows of the built-in files are never all alive at once.
  eachTsvRow(content, file, 2, 4, (columns, line) => readEntityRow(columns, line, file, file, 'dictionary', add));
}
