import type { KeywordLexicon } from '../lexicon/keywords.js';
import type { RawToken } from '../segment/index.js';
import type { Entity, EntityType, Quantity } from '../types.js';

/** One unit of the text in order: a token, or a whole entity (its tokens are one unit). */
export interface TermUnit {
  /** The term it counts as, or null when it is no candidate (stop word, number, single character …). */
  readonly term: string | null;
  /** Normalized offsets of the unit. */
  readonly start: number;
  readonly end: number;
  /** The entity type, when the unit is an entity. */
  readonly type?: EntityType;
  /** jieba's tag of the token, when the tokens carry tags. */
  readonly pos?: string;
}

/** A letter of any script (Han included): a term holds at least one. */
const LETTER = /\p{L}/u;

/**
 * The text as a sequence of units: every entity is one unit counted under its canonical name, every
 * other token one unit counted as its Simplified text. Tokens inside a quantity (numbers, dates,
 * amounts with their units), tokens of one character, tokens without a letter and jieba's stop words
 * are units with no term: they still take their place in the sequence (TextRank's window counts them).
 */
export function termUnits(
  text: string,
  tokens: readonly RawToken[],
  entities: readonly Entity[],
  quantities: readonly Quantity[],
  lex: KeywordLexicon,
): TermUnit[] {
  const inQuantity = quantityCover(text.length, quantities);
  const byStart = [...entities].sort((a, b) => a.start - b.start);
  const units: TermUnit[] = [];
  let e = 0;
  let emitted: Entity | undefined;
  for (const token of tokens) {
    while (e < byStart.length && (byStart[e] as Entity).end <= token.start) e++;
    const entity = byStart[e];
    if (entity !== undefined && entity.start < token.end) {
      if (entity !== emitted) units.push(entityUnit(text, entity, lex));
      emitted = entity;
      continue;
    }
    const surface = text.slice(token.start, token.end);
    const term = covers(inQuantity, token.start, token.end) || !isTerm(surface, lex) ? null : surface;
    units.push(token.pos === undefined ? { term, start: token.start, end: token.end } : { term, start: token.start, end: token.end, pos: token.pos });
  }
  return units;
}

function entityUnit(text: string, entity: Entity, lex: KeywordLexicon): TermUnit {
  const surface = text.slice(entity.start, entity.end);
  const name = entity.canonical ?? surface;
  const term = codePoints(surface) < 2 || lex.stopWords.has(name) ? null : name;
  return { term, start: entity.start, end: entity.end, type: entity.type };
}

function isTerm(surface: string, lex: KeywordLexicon): boolean {
  return codePoints(surface) >= 2 && LETTER.test(surface) && !lex.stopWords.has(surface) && !lex.stopWords.has(surface.toLowerCase());
}

/** cover[i] === 1 where a quantity covers normalized offset i; null when there are no quantities. */
function quantityCover(length: number, quantities: readonly Quantity[]): Uint8Array | null {
  if (quantities.length === 0) return null;
  const cover = new Uint8Array(length);
  for (const q of quantities) cover.fill(1, q.start, q.end);
  return cover;
}

function covers(cover: Uint8Array | null, start: number, end: number): boolean {
  if (cover === null) return false;
  for (let i = start; i < end; i++) if (cover[i] === 1) return true;
  return false;
}

function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}
