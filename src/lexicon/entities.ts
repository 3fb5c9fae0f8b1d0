import type { DictionarySource, DictionaryEntry } from '../types.js';

/** The names an analyzer knows: built-in and user entries. (Filled in by the entities stage work.) */
export interface EntityLexicon {
  readonly entries: readonly DictionaryEntry[];
}

const NO_WORDS: readonly string[] = Object.freeze([]);

/** Names from the built-in dictionary that the segmenter must keep whole. */
export function builtinSegmenterWords(): readonly string[] {
  return NO_WORDS;
}

export function loadEntityLexicon(_builtin: boolean, _sources: readonly DictionarySource[]): EntityLexicon {
  return { entries: [] };
}
