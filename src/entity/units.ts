import type { RawToken } from '../segment/index.js';
import type { Candidate, Unit } from './types.js';
import type { NameRecord } from '../lexicon/entities.js';

/** True when every character of text[start, end) is a Han character. */
export function isHan(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const han = (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xd800 && c <= 0xdfff) || c === 0x3007;
    if (!han) return false;
  }
  return end > start;
}

/**
 * The units the rules walk over: the segmenter's tokens, except that a dictionary name (sorted,
 * non-overlapping `names`) replaces the tokens it covers, cutting tokens that cross its edges.
 */
export function buildUnits(
  text: string,
  tokens: readonly RawToken[],
  names: readonly (Candidate & { record: NameRecord })[],
): Unit[] {
  const units: Unit[] = [];
  const push = (start: number, end: number, record?: NameRecord): void => {
    if (end <= start) return;
    const unit: Unit = record
      ? { start, end, text: text.slice(start, end), record, han: isHan(text, start, end) }
      : { start, end, text: text.slice(start, end), han: isHan(text, start, end) };
    units.push(unit);
  };
  let n = 0;
  for (const token of tokens) {
    let start = token.start;
    while (start < token.end) {
      while (n < names.length && (names[n] as Candidate).end <= start) n++;
      const name = names[n];
      if (name === undefined || name.start >= token.end) {
        push(start, token.end);
        break;
      }
      if (name.start > start) {
        push(start, name.start);
        start = name.start;
        continue;
      }
      if (name.start === start) push(name.start, name.end, name.record);
      start = Math.min(token.end, name.end);
      if (name.end > token.end) break;
    }
  }
  return units;
}
