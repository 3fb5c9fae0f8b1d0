import { ANCHOR_START, FREE_NAME_LENGTH, FREE_START, NAME_START, mayOpenName, type EntityLexicon, type NameRecord } from '../lexicon/entities.js';
import { JOINER_UNIT } from '../lexicon/entity-char-flags.js';
import type { RawToken } from '../segment/index.js';
import { ScratchBytes } from '../scratch.js';
import type { Candidate } from './types.js';

/** 副 (deputy), the first character of a title such as 副部长. */
const DEPUTY = 0x526f;

export type NameCandidate = Candidate & { record: NameRecord };

/**
 * A cut inside a token after a joiner (及|油) where a place may start, or before one (仔|及) where a place may
 * end; no other name does either.
 */
const SOFT_START = 2;
const SOFT_END = 3;

/** Token boundaries of the text being matched (1, SOFT_START or SOFT_END). */
const boundaries = new ScratchBytes();

/**
 * Dictionary names in the text, left to right, the longest name at each position (a user name wins
 * over a built-in one of the same length), the scan going on after its end. A short name (< 4
 * characters), and any place, counts only where it starts and ends on token boundaries, so that 白银
 * is not found in 白银行业; a name that opens with 省/市/县 … must start on one. A listed phrase that is
 * not a name (甘肃银行业, on token boundaries) wins like a name and is left out.
 */
export function matchNames(text: string, tokens: readonly RawToken[], lex: EntityLexicon): NameCandidate[] {
  const boundary = boundaries.zeroed(text.length + 1);
  const starts = lex.rules.charFlags;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as RawToken;
    boundary[t.start] = 1;
    boundary[t.end] = 1;
    // 外交 + 部副 + 部长: an agency's last character glued to 副 ends a name.
    if (t.end - t.start === 2 && text.charCodeAt(t.start + 1) === DEPUTY && lex.rules.suffixes.get(text.charAt(t.start))?.type === 'agency') boundary[t.start + 1] = 1;
    // 及 + 油 + 尖旺区, 氹 + 仔及: a joiner glued to a name the segmenter does not know ends a place there.
    if (t.end - t.start === 2 && boundary[t.start + 1] === 0) {
      if (((starts[text.charCodeAt(t.start)] as number) & JOINER_UNIT) !== 0) boundary[t.start + 1] = SOFT_START;
      else if (((starts[text.charCodeAt(t.start + 1)] as number) & JOINER_UNIT) !== 0) boundary[t.start + 1] = SOFT_END;
    }
  }
  const found: NameCandidate[] = [];
  const { user, builtin, openings } = lex;
  let i = 0;
  let bestEnd = 0;
  let best: NameRecord | null = null;
  const take = (end: number, record: NameRecord): void => {
    if (end < bestEnd || (end === bestEnd && best?.source === 'user')) return;
    // On token boundaries any name counts; off them a place at a joiner's cut, or a long name (the record is read only then).
    if (boundary[i] !== 1 || boundary[end] !== 1) {
      const from = boundary[i];
      const to = boundary[end];
      // A short match that a place's cuts do not bound either is no name of any type: the record is not read.
      if (end - i < FREE_NAME_LENGTH && ((from !== 1 && from !== SOFT_START) || (to !== 1 && to !== SOFT_END))) return;
      if (record.type === 'place') {
        if ((from !== 1 && from !== SOFT_START) || (to !== 1 && to !== SOFT_END)) return;
      } else if (end - i < FREE_NAME_LENGTH || record.notName) return;
    }
    bestEnd = end;
    best = record;
  };
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const flags = starts[c] as number;
    bestEnd = 0;
    best = null;
    // Off a token boundary only long names count (and not those opening with 省/市 …): skip the
    // scan where none starts with this character.
    const at = boundary[i];
    const candidate = at === 1 || at === SOFT_START ? (flags & NAME_START) !== 0 : (flags & (FREE_START | ANCHOR_START)) === FREE_START;
    // Most positions open no name at all: the flags and the pair filter say so without walking the tries.
    if (candidate && mayOpenName(starts, openings, text, i)) {
      if (user !== null && user.startsWith(c)) user.scan(text, i, take);
      if (builtin !== null && builtin.startsWith(c)) builtin.scan(text, i, take);
    }
    const record = best as NameRecord | null;
    if (record === null) {
      i++;
      continue;
    }
    // A phrase that is not a name (甘肃银行业) hides the names inside it and is dropped.
    if (!record.notName) found.push({ start: i, end: bestEnd, type: record.type, source: record.source, rule: record.file, canonical: record.canonical, record });
    i = bestEnd;
  }
  return found;
}
