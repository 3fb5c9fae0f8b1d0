import { OffsetMap, alignByCodePoint } from './offset-map.js';
import type { ScriptTables } from '../lexicon/script-tables.js';
import { hasUnitBit } from '../lexicon/unit-bits.js';

export { OffsetMap };

/** The text the later stages read, and how to get back to the input. */
export interface NormalizedDoc {
  /** The input, unchanged. */
  readonly original: string;
  /** Full-width ASCII folded to half-width, ideographic space to ' ', Traditional to Simplified. */
  readonly text: string;
  readonly map: OffsetMap;
  /**
   * Where only full-width folding changed the text: the offsets of the units it replaced, ascending
   * (same length, unit for unit). Absent when `text` is the input, or when clauses were converted.
   */
  readonly folded?: readonly number[] | undefined;
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
  const traditional = tables?.traditional;
  let wide: number[] | null = null;
  let script = false;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if ((c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST) || c === IDEOGRAPHIC_SPACE) (wide ??= []).push(i);
    else if (traditional !== undefined && hasUnitBit(traditional, c)) script = true;
  }
  if (wide === null && !script) return { original, text: original, map: OffsetMap.IDENTITY, folded: undefined };
  const folded = wide !== null ? foldWidth(original, wide) : original;
  if (!script || tables === null) return { original, text: folded, map: OffsetMap.IDENTITY, folded: wide ?? undefined };
  return convertClauses(original, folded, tables);
}

/** Buffers up to this many bytes are kept for the next text (as in scratch.ts). */
const KEEP_BYTES = 1 << 20;
/** The UTF-16LE units of the text being folded: reused from call to call, only inside foldWidth. */
let units = Buffer.alloc(4096);

/**
 * Copies the text with full-width ASCII and the ideographic space at the offsets `wide` folded (same
 * length, unit for unit): the text's units are copied into a buffer, the folded ones written over
 * them, and the buffer read back as one flat string, which every later stage reads faster than a
 * chain of pieces (and which costs less to make than pieces joined).
 */
function foldWidth(text: string, wide: readonly number[]): string {
  const bytes = 2 * text.length;
  if (units.length < bytes) units = Buffer.alloc(Math.max(bytes, 2 * units.length));
  else if (units.length > KEEP_BYTES && bytes < units.length / 4) units = Buffer.alloc(Math.max(bytes, 4096));
  const buffer = units;
  buffer.write(text, 0, bytes, 'utf16le');
  for (let k = 0; k < wide.length; k++) {
    const i = wide[k] as number;
    const c = text.charCodeAt(i);
    const to = c === IDEOGRAPHIC_SPACE ? 0x20 : c - FULLWIDTH_SHIFT;
    buffer[2 * i] = to & 0xff;
    buffer[2 * i + 1] = to >> 8;
  }
  return buffer.toString('utf16le', 0, bytes);
}

/** Ends of clauses: sentence punctuation and line breaks (after width folding). */
function isClauseEnd(c: number): boolean {
  return c === 0x3002 || c === 0x0a || c === 0x21 || c === 0x3f || c === 0x3b || c === 0xff61;
}

function convertClauses(original: string, folded: string, tables: ScriptTables): NormalizedDoc {
  const { traditional: traditionalUnits, convert } = tables;
  const pieces: { from: number; to: number; text: string }[] = [];
  let clause = 0;
  let traditional = false;
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : 0x0a;
    if (hasUnitBit(traditionalUnits, c)) traditional = true;
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
  return { original, text, map: text.length === folded.length && text === folded ? OffsetMap.IDENTITY : mapPieces(folded, text, pieces), folded: undefined };
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
