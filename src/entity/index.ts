import type { EntityLexicon } from '../lexicon/entities.js';
import type { NormalizedDoc } from '../normalize/index.js';
import type { RawToken } from '../segment/index.js';
import type { Entity } from '../types.js';

/** Stage 4: entities in normalized offsets, sorted, not overlapping. */
export function tagEntities(_doc: NormalizedDoc, _tokens: readonly RawToken[], _lex: EntityLexicon): Entity[] {
  return [];
}
