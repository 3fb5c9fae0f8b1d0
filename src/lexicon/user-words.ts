import type { DictionarySource } from '../types.js';
import { readUserDictionary } from './entity-dict.js';
import { NameTrie } from './name-trie.js';

/** The plain words of one analyzer's user dictionaries (entries of type `word`): they only steer segmentation. */
export interface PlainWords {
  readonly trie: NameTrie<true>;
}

/** A trie of `words`, or null when there are none (then segmentation costs nothing more). */
export function plainWordsOf(words: readonly string[]): PlainWords | null {
  if (words.length === 0) return null;
  const trie = new NameTrie<true>();
  for (const word of words) trie.add(word, true);
  return { trie };
}

/**
 * Reads the user dictionaries for their plain words only: for an analyzer whose entities stage is
 * off (otherwise the entity lexicon reads them, with the names, in one pass).
 */
export function loadUserWords(sources: readonly DictionarySource[]): PlainWords | null {
  const words: string[] = [];
  sources.forEach((source, index) => readUserDictionary(source, index, () => {}, (word) => words.push(word)));
  return plainWordsOf(words);
}

/**
 * Plain words at least this long are taken wherever they occur, cutting the segmenter's tokens at
 * their ends; shorter ones only where its tokens begin and end with them (as for dictionary names).
 */
export const FREE_WORD_LENGTH = 4;
