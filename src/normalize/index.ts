import { OffsetMap, alignByCodePoint } from './offset-map.js';
import { TRADITIONAL, type ScriptTables } from '../lexicon/script-tables.js';

export { OffsetMap };

/** The text the later stages read, and how to get back to the input. */
export interface NormalizedDoc {
  /** The input, unchanged. */
  readonly original: string;
  /** Full-width ASCII folded to half-width, ideographic space to ' ', Traditional to Simplified. */
  readonly text: string;
  readonly map: OffsetMap;
}

const FULLWIDTH_FIRST = 0xff01;
const FULLWIDTH_LAST = 0xff5e;
const FULLWIDTH_SHIFT = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

/**
 * Stage 1. Folds full-width ASCII, and converts to Simplified every clause that contains a
 * Traditional-only character (so Simplified text keeps characters such as 著 that the conversion
 * would change). Returns an offset map into the original; text that needs nothing is not copied.
 */
export function normalizeText(original: string, tables: ScriptTables | null): NormalizedDoc {
  const flags = tables?.flags;
  let width = false;
  let script = false;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if ((c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST) || c === IDEOGRAPHIC_SPACE) width = true;
    else if (flags !== undefined && flags[c] === TRADITIONAL) script = true;
    if (width && (script || flags === undefined)) break;
  }
  if (!width && !script) return { original, text: original, map: OffsetMap.IDENTITY };
  const folded = width ? foldWidth(original) : original;
  if (!script || tables === null) return { original, text: folded, map: OffsetMap.IDENTITY };
  return convertClauses(original, folded, tables);
}

/**
 * Copies the text with full-width ASCII and the ideographic space folded (same length, unit for
 * unit). The pieces are joined once: a flat string, which every later stage reads faster than the
 * chain of pieces that repeated `+=` builds.
 */
function foldWidth(text: string): string {
  const pieces: string[] = [];
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST) || c === IDEOGRAPHIC_SPACE) {
      pieces.push(text.slice(last, i), String.fromCharCode(c === IDEOGRAPHIC_SPACE ? 0x20 : c - FULLWIDTH_SHIFT));
      last = i + 1;
    }
  }
  pieces.push(text.slice(last));
  return pieces.join('');
}

/** Ends of clauses: sentence punctuation and line breaks (after width folding). */
function isClauseEnd(c: number): boolean {
  return c === 0x3002 || c === 0x0a || c === 0x21 || c === 0x3f || c === 0x3b || c === 0xff61;
}

function convertClauses(original: string, folded: string, tables: ScriptTables): NormalizedDoc {
  const { flags, convert } = tables;
  const pieces: { from: number; to: number; text: string }[] = [];
  let clause = 0;
  let traditional = false;
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : 0x0a;
    if (flags[c] === TRADITIONAL) traditional = true;
    if (!isClauseEnd(c)) continue;
    const to = Math.min(i + 1, folded.length);
    if (traditional) pieces.push({ from: clause, to, text: convert(folded.slice(clause, to)) });
    clause = to;
    traditional = false;
  }
  const parts: string[] = [];
  let last = 0;
  for (const piece of pieces) {
    parts.push(folded.slice(last, piece.from), piece.text);
    last = piece.to;
  }
  parts.push(folded.slice(last));
  const text = parts.join('');
  return { original, text, map: text.length === folded.length && text === folded ? OffsetMap.IDENTITY : mapPieces(folded, text, pieces) };
}

/** Offsets are equal outside converted pieces; inside, aligned one code point at a time. */
function mapPieces(folded: string, text: string, pieces: readonly { from: number; to: number; text: string }[]): OffsetMap {
  if (pieces.every((p) => p.text.length === p.to - p.from && alignByCodePoint(folded.slice(p.from, p.to), p.text).identity)) {
    return OffsetMap.IDENTITY;
  }
  const starts = new Int32Array(text.length + 1);
  let j = 0;
  let last = 0;
  const copy = (from: number, to: number): void => {
    for (let i = from; i < to; i++) starts[j++] = i;
  };
  for (const piece of pieces) {
    copy(last, piece.from);
    const local = alignByCodePoint(folded.slice(piece.from, piece.to), piece.text);
    for (let k = 0; k < piece.text.length; k++) starts[j++] = piece.from + local.start(k);
    last = piece.to;
  }
  copy(last, folded.length);
  starts[text.length] = folded.length;
  return OffsetMap.fromStarts(starts);
}
