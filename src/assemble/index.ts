import type { NormalizedDoc } from '../normalize/index.js';
import type { RawToken } from '../segment/index.js';
import { firstEndingAfter } from '../spans.js';
import type { Analysis, Entity, Fact, Indicator, Keyword, Quantity } from '../types.js';

/**
 * Stage 5. Makes tokens respect entity boundaries (no token crosses one; a dictionary name is one
 * token), maps every span from normalized offsets back to the original input, and sorts. The spans
 * the stages made for this call are taken over: their offsets and text are set in place. Keywords,
 * when given (the `keywords` option), become the result's `keywords`; without them it has none.
 */
export function assembleResult(
  doc: NormalizedDoc,
  rawTokens: readonly RawToken[],
  quantities: readonly Quantity[],
  entities: readonly Entity[],
  facts: Fact[] = [],
  keywords?: Keyword[],
): Analysis {
  const sortedEntities = sorted(entities);
  const aligned = tokensRespect(rawTokens, sortedEntities) ? (rawTokens as RawToken[]) : alignTokens(doc.text, rawTokens, sortedEntities);
  // The normalized text is the input itself: every span's text and offsets are already the input's.
  const unchanged = doc.text === doc.original;
  if (!unchanged) {
    if (doc.map.identity) takeOriginalText(doc, aligned);
    else for (let k = 0; k < aligned.length; k++) mapSpan(doc, aligned[k] as RawToken);
    if (facts.length > 0) mapIndicators(doc, facts);
  }
  const result: Analysis = {
    text: doc.original,
    tokens: aligned,
    quantities: unchanged ? sorted(quantities) : sorted(quantities).map((q) => mapSpan(doc, q)),
    entities: unchanged ? sortedEntities : sortedEntities.map((e) => mapSpan(doc, e)),
    facts,
  };
  if (keywords !== undefined) result.keywords = unchanged ? keywords : keywords.map((k) => mapSpan(doc, k));
  return result;
}

/** Indicators are the facts stage's own spans (a figure may share its indicator with the one before). */
function mapIndicators(doc: NormalizedDoc, facts: readonly Fact[]): void {
  const done = new Set<Indicator>();
  for (const fact of facts) {
    const indicator = fact.indicator;
    if (indicator === undefined || done.has(indicator)) continue;
    done.add(indicator);
    mapSpan(doc, indicator);
  }
}

/** The spans in order of start, longer first (a copy; the stages' arrays are usually sorted already). */
function sorted<T extends { start: number; end: number }>(spans: readonly T[]): T[] {
  for (let i = 1; i < spans.length; i++) {
    if (bySpan(spans[i - 1] as T, spans[i] as T) > 0) return [...spans].sort(bySpan);
  }
  return spans.slice();
}

function bySpan(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Tokens of a normalized text with the input's offsets (only characters were replaced, one for one)
 * take the input's text where it differs: most tokens of a text with full-width punctuation do not.
 * The tokens are sorted and do not overlap, and each one's text is the normalized text's slice, so
 * the tokens that hold a replaced character are found by one walk, along the offsets normalize/
 * folded when it gives them, else along the first differences of the two strings.
 */
function takeOriginalText(doc: NormalizedDoc, tokens: readonly RawToken[]): void {
  const { original, text, folded } = doc;
  if (folded !== undefined) {
    let k = 0;
    for (let f = 0; f < folded.length; f++) {
      const at = folded[f] as number;
      while (k < tokens.length && (tokens[k] as RawToken).end <= at) k++;
      const t = tokens[k];
      if (t === undefined) break;
      if (t.start > at) continue;
      t.text = original.slice(t.start, t.end);
      k++;
    }
    return;
  }
  let differs = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as RawToken;
    if (differs < t.start) differs = firstDifference(original, text, t.start);
    if (differs < t.end) t.text = original.slice(t.start, t.end);
  }
}

/** The first offset from `from` on where the two strings (of equal length) differ, or their length. */
function firstDifference(a: string, b: string, from: number): number {
  let i = from;
  while (i < a.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** A span of the normalized text becomes the input's in place: its offsets and its text. */
function mapSpan<T extends { text: string; start: number; end: number }>(doc: NormalizedDoc, span: T): T {
  const start = doc.map.start(span.start);
  const end = doc.map.end(span.end);
  span.text = doc.original.slice(start, end);
  span.start = start;
  span.end = end;
  return span;
}

/**
 * Do the tokens already respect every entity: a token starts where it starts and one ends where it
 * ends, and a dictionary or user entity is one token? Usually so, since the segmenter is taught the
 * built-in names: then the tokens are taken as they are. Cost: a binary search per entity, plus the
 * tokens inside rule entities.
 */
function tokensRespect(tokens: readonly RawToken[], entities: readonly Entity[]): boolean {
  for (let e = 0; e < entities.length; e++) {
    const entity = entities[e] as Entity;
    let lo = firstEndingAfter(tokens, entity.start);
    let t = tokens[lo];
    if (t === undefined || t.start !== entity.start) return false;
    if (entity.source !== 'rule') {
      if (t.end !== entity.end) return false;
      continue;
    }
    while (t !== undefined && t.end < entity.end) t = tokens[++lo];
    if (t === undefined || t.end !== entity.end) return false;
  }
  return true;
}

/**
 * Splits tokens at entity boundaries, and joins the tokens inside a dictionary or user entity into
 * one (names found by rules keep their inner tokens). Entities are sorted and do not overlap.
 */
function alignTokens(text: string, tokens: readonly RawToken[], entities: readonly Entity[]): RawToken[] {
  const out: RawToken[] = [];
  let e = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as RawToken;
    let start = token.start;
    while (start < token.end) {
      while (e < entities.length && (entities[e] as Entity).end <= start) e++;
      const entity = entities[e];
      if (entity === undefined || entity.start >= token.end) {
        out.push(piece(text, token, start, token.end));
        break;
      }
      if (entity.start > start) {
        out.push(piece(text, token, start, entity.start));
        start = entity.start;
        continue;
      }
      const end = Math.min(token.end, entity.end);
      const previous = out[out.length - 1];
      if (entity.source !== 'rule' && previous !== undefined && previous.start >= entity.start && start > entity.start) {
        previous.end = end;
        previous.text = text.slice(previous.start, end);
      } else {
        out.push(piece(text, token, start, end));
      }
      start = end;
    }
  }
  return out;
}

function piece(text: string, token: RawToken, start: number, end: number): RawToken {
  if (start === token.start && end === token.end) return token;
  const surface = text.slice(start, end);
  return token.pos === undefined ? { text: surface, start, end } : { text: surface, start, end, pos: token.pos };
}
