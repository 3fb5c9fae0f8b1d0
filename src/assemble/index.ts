import type { NormalizedDoc } from '../normalize/index.js';
import type { RawToken } from '../segment/index.js';
import type { Analysis, Entity, Quantity, Token } from '../types.js';

/**
 * Stage 5. Makes tokens respect entity boundaries (no token crosses one; a dictionary name is one
 * token), maps every span from normalized offsets back to the original input, and sorts.
 */
export function assembleResult(
  doc: NormalizedDoc,
  rawTokens: readonly RawToken[],
  quantities: readonly Quantity[],
  entities: readonly Entity[],
): Analysis {
  const sortedEntities = [...entities].sort(bySpan);
  const aligned = sortedEntities.length > 0 ? alignTokens(rawTokens, sortedEntities) : rawTokens;
  return {
    text: doc.original,
    tokens: aligned.map((t) => mapToken(doc, t)),
    quantities: [...quantities].sort(bySpan).map((q) => mapSpan(doc, q)),
    entities: sortedEntities.map((e) => mapSpan(doc, e)),
  };
}

function bySpan(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || b.end - a.end;
}

function mapToken(doc: NormalizedDoc, t: RawToken): Token {
  const start = doc.map.start(t.start);
  const end = doc.map.end(t.end);
  const token: Token = { text: doc.original.slice(start, end), start, end };
  if (t.pos !== undefined) token.pos = t.pos;
  return token;
}

function mapSpan<T extends { text: string; start: number; end: number }>(doc: NormalizedDoc, span: T): T {
  const start = doc.map.start(span.start);
  const end = doc.map.end(span.end);
  return { ...span, text: doc.original.slice(start, end), start, end };
}

/**
 * Splits tokens at entity boundaries, and joins the tokens inside a dictionary or user entity into
 * one (names found by rules keep their inner tokens). Entities are sorted and do not overlap.
 */
function alignTokens(tokens: readonly RawToken[], entities: readonly Entity[]): RawToken[] {
  const out: RawToken[] = [];
  let e = 0;
  for (const token of tokens) {
    let start = token.start;
    while (start < token.end) {
      while (e < entities.length && (entities[e] as Entity).end <= start) e++;
      const entity = entities[e];
      if (entity === undefined || entity.start >= token.end) {
        out.push(piece(token, start, token.end));
        break;
      }
      if (entity.start > start) {
        out.push(piece(token, start, entity.start));
        start = entity.start;
        continue;
      }
      const end = Math.min(token.end, entity.end);
      const previous = out[out.length - 1];
      if (entity.source !== 'rule' && previous !== undefined && previous.start >= entity.start && start > entity.start) {
        previous.end = end;
      } else {
        out.push(piece(token, start, end));
      }
      start = end;
    }
  }
  return out;
}

function piece(token: RawToken, start: number, end: number): RawToken {
  if (start === token.start && end === token.end) return { ...token };
  return token.pos === undefined ? { start, end } : { start, end, pos: token.pos };
}
