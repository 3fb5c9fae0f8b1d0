import { basename } from 'node:path';
import { DictFormatError } from '../errors.js';
import type { DictionaryEntry, DictionarySource, EntitySource, EntityType } from '../types.js';
import { parseTsv, readTsv, type TsvRow } from './tsv.js';

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

/**
 * Reads one dictionary in the entity format (`name<TAB>type<TAB>[canonical]<TAB>[aliases]`, aliases
 * separated by `|`) and hands every surface (the name and each alias) to `add`.
 */
export function readEntityRows(
  rows: readonly TsvRow[],
  file: string,
  source: NameRecord['source'],
  add: (surface: string, record: NameRecord) => void,
): void {
  for (const { columns, line } of rows) {
    const [name = '', type = '', canonical = '', aliases = ''] = columns;
    const entry = { name, type, canonical, aliases: aliases === '' ? [] : aliases.split(ALIAS_SEPARATOR) };
    addEntry(entry, file, line, source, basename(file), add);
  }
}

function addEntry(
  entry: { name: string; type: string; canonical: string; aliases: readonly string[] },
  file: string,
  line: number,
  source: NameRecord['source'],
  label: string,
  add: (surface: string, record: NameRecord) => void,
): void {
  if (!ENTITY_TYPES.has(entry.type)) {
    throw new DictFormatError(file, line, `unknown entity type ${JSON.stringify(entry.type)}; expected one of ${[...ENTITY_TYPES].join(', ')}`);
  }
  const record: NameRecord = { type: entry.type as EntityType, canonical: entry.canonical || entry.name, source, file: label, notName: false };
  for (const surface of [entry.name, ...entry.aliases]) {
    const trimmed = surface.trim();
    if (trimmed === '' || /[\t\n\r]/.test(trimmed)) throw new DictFormatError(file, line, `empty or malformed name ${JSON.stringify(surface)}`);
    add(trimmed, record);
  }
}

/** Loads a user dictionary: a file path, or `{ name?, entries }` held in memory. */
export function readUserDictionary(source: DictionarySource, index: number, add: (surface: string, record: NameRecord) => void): void {
  if (typeof source === 'string') {
    readEntityRows(readTsv(source, 2, 4), source, 'user', add);
    return;
  }
  if (source === null || typeof source !== 'object' || !Array.isArray(source.entries)) {
    throw new DictFormatError(`dictionaries[${index}]`, 0, 'a dictionary must be a file path or { name?, entries: [...] }');
  }
  const file = typeof source.name === 'string' && source.name !== '' ? source.name : `dictionaries[${index}]`;
  source.entries.forEach((entry: DictionaryEntry, i: number) => {
    if (entry === null || typeof entry !== 'object' || typeof entry.name !== 'string') {
      throw new DictFormatError(file, i + 1, 'an entry must be an object with a string `name`');
    }
    const aliases = entry.aliases ?? [];
    if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string')) {
      throw new DictFormatError(file, i + 1, '`aliases` must be an array of strings');
    }
    if (entry.canonical !== undefined && typeof entry.canonical !== 'string') {
      throw new DictFormatError(file, i + 1, '`canonical` must be a string');
    }
    addEntry({ name: entry.name, type: String(entry.type), canonical: entry.canonical ?? '', aliases }, file, i + 1, 'user', file, add);
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
  readEntityRows(parseTsv(content, basename(path), 2, 4), basename(path), 'dictionary', add);
}
