import type { EntityLexicon } from '../lexicon/entities.js';
import type { NormalizedDoc } from '../normalize/index.js';
import type { RawToken } from '../segment/index.js';
import type { Entity } from '../types.js';
import { matchNames } from './dictionary-match.js';
import { resolveOverlaps } from './resolve.js';
import { RULES } from './rule-list.js';
import type { Candidate, RuleContext } from './types.js';
import { findSuffixes } from './suffix-rule.js';
import { buildUnits } from './units.js';

/**
 * Stage 4: entities in normalized offsets, sorted, not overlapping. Dictionary names are found
 * first (user names win over built-in ones); the rules then walk over the tokens, with those names
 * taken whole, to find names the dictionaries lack. The longest name wins; on the same span a
 * dictionary name beats a rule.
 */
export function tagEntities(doc: NormalizedDoc, tokens: readonly RawToken[], lex: EntityLexicon): Entity[] {
  const text = doc.text;
  if (text.length === 0) return [];
  const names = matchNames(text, tokens, lex);
  const units = buildUnits(text, tokens, names, lex.rules);
  const isPlace = (surface: string): boolean =>
    (lex.user?.get(surface) ?? lex.builtin?.get(surface))?.type === 'place';
  const suffixes = findSuffixes(text, units, lex.rules);
  const suffixUnits: number[] = [];
  suffixes.forEach((found, k) => {
    if (found !== null) suffixUnits.push(k);
  });
  const ctx: RuleContext = { text, units, tables: lex.rules, suffixes, suffixUnits, isPlace };
  const candidates: Candidate[] = [...names];
  for (const rule of RULES) candidates.push(...rule.find(ctx));
  return resolveOverlaps(candidates).map((c) => toEntity(text, c));
}

function toEntity(text: string, c: Candidate): Entity {
  const entity: Entity = { text: text.slice(c.start, c.end), start: c.start, end: c.end, type: c.type, source: c.source, rule: c.rule };
  if (c.canonical !== undefined) entity.canonical = c.canonical;
  return entity;
}
