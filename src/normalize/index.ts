import { OffsetMap } from './offset-map.js';
import type { ScriptTables } from '../lexicon/script-tables.js';

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
const CHUNK = 8192;

/**
 * Stage 1. Folds full-width ASCII and converts Traditional characters and phrases to Simplified,
 * returning an offset map into the original. Text that needs neither is returned as is, with no copy.
 */
export function normalizeText(original: string, tables: ScriptTables | null): NormalizedDoc {
  const flags = tables?.flags;
  let width = false;
  let script = false;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if ((c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST) || c === IDEOGRAPHIC_SPACE) width = true;
    else if (flags !== undefined && flags[c] === 1) script = true;
    if (width && (script || flags === undefined)) break;
  }
  if (!width && !script) return { original, text: original, map: OffsetMap.IDENTITY };
  const folded = width ? foldWidth(original) : original;
  if (!script || tables === null) return { original, text: folded, map: OffsetMap.IDENTITY };
  const converted = tables.convert(folded);
  return { original, text: converted, map: alignByCodePoint(folded, converted) };
}

function foldWidth(text: string): string {
  let out = '';
  for (let from = 0; from < text.length; from += CHUNK) {
    const codes: number[] = [];
    const to = Math.min(text.length, from + CHUNK);
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      codes.push(c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST ? c - FULLWIDTH_SHIFT : c === IDEOGRAPHIC_SPACE ? 0x20 : c);
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const unitsAt = (s: string, i: number): number =>
  isHigh(s.charCodeAt(i)) && i + 1 < s.length && isLow(s.charCodeAt(i + 1)) ? 2 : 1;

/**
 * Pairs the characters of `source` and `target` one code point at a time (conversion tables map one
 * character to one character, though a BMP character may become an astral one: 噁 -> 𫫇). Where the
 * code point counts differ, the remainder is mapped proportionally, which keeps offsets monotone.
 */
export function alignByCodePoint(source: string, target: string): OffsetMap {
  let starts: Int32Array | null = null;
  let i = 0;
  let j = 0;
  while (i < source.length && j < target.length) {
    const a = unitsAt(source, i);
    const b = unitsAt(target, j);
    if (a !== b || starts !== null) {
      if (starts === null) {
        starts = new Int32Array(target.length + 1);
        for (let k = 0; k < j; k++) starts[k] = k + (i - j);
      }
      for (let k = 0; k < b; k++) starts[j + k] = i;
    }
    i += a;
    j += b;
  }
  if (starts === null && i === source.length && j === target.length) return OffsetMap.IDENTITY;
  if (starts === null) {
    starts = new Int32Array(target.length + 1);
    for (let k = 0; k < j; k++) starts[k] = k;
  }
  const restSource = source.length - i;
  const restTarget = target.length - j;
  for (let k = 0; k < restTarget; k++) starts[j + k] = i + Math.floor((k * restSource) / restTarget);
  starts[target.length] = source.length;
  return OffsetMap.fromStarts(starts);
}
