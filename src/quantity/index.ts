import type { QuantityLexicon } from '../lexicon/quantities.js';
import type { NormalizedDoc } from '../normalize/index.js';
import type { RawToken } from '../segment/index.js';
import type { Entity, Quantity } from '../types.js';

/** Stage 3: quantities in normalized offsets; `names` are entities whose insides are not quantities. */
export function recognizeQuantities(
  _doc: NormalizedDoc,
  _tokens: readonly RawToken[],
  _lex: QuantityLexicon,
  _names: readonly Entity[],
): Quantity[] {
  return [];
}
