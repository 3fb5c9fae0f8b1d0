import { FREE_NAME_LENGTH, NUMERAL_FIRST, OPENS_ANY, OPENS_FREE, mayOpenName, type EntityLexicon, type NameRecord } from '../lexicon/entities.js';
import { JOINER_UNIT, PLACE_OPENER_UNIT } from '../lexicon/entity-char-flags.js';
import { isProvince, opensProvince } from '../lexicon/province-names.js';
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
/** A cut inside a token between two places the segmenter glued (甘肃兰州|市, 湖南长沙市): a place may end or start there. */
const PLACE_CUT = 4;
/** The longest place a glued token may open with (黑龙江). */
const GLUED_PLACE_MAX = 3;

const ORDINAL_MARK = 0x7b2c; // 第

/** The longest token whose joiner or opening verb is cut off (及平镇, 指观). */
const GLUED_TOKEN_MAX = 4;

/** Marks a cut inside a token, unless a token boundary or another cut is there already. */
function softCut(boundary: Uint8Array, at: number, kind: number): void {
  if (boundary[at] === 0) boundary[at] = kind;
}

/** A place may start on a token boundary, after a joiner's cut or at a glued province's cut. */
function placeMayStart(b: number): boolean {
  return b === 1 || b === SOFT_START || b === PLACE_CUT;
}

/** A place may end on a token boundary, before a joiner's cut or at a glued province's cut. */
function placeMayEnd(b: number): boolean {
  return b === 1 || b === SOFT_END || b === PLACE_CUT;
}

/**
 * By the kind of boundary at a position (0: none, 1, SOFT_START, SOFT_END, PLACE_CUT), the openers bit a
 * name opening there needs: any name where a place may start (1, SOFT_START, PLACE_CUT), else a long one.
 */
const OPENER_KIND = Uint8Array.of(OPENS_FREE, OPENS_ANY, OPENS_ANY, OPENS_FREE, OPENS_ANY);

/**
 * May a name open at a position whose unit has `opens` (lexicon openers), where the boundary asks for
 * bit `kind` and the pair filter gave `pair` (1 or 0) for the unit and the next? The result is the
 * same as `(opens & kind) !== 0 && ((opens & OPENS_ALONE) !== 0 || pair === 1)`, reached without a branch.
 */
function mayOpenHere(opens: number, kind: number, pair: number): boolean {
  // opens & kind is 0, 1 or 2; (x + 1) >> 1 makes it 0 or 1. OPENS_ALONE is bit 2.
  return ((((opens & kind) + 1) >> 1) & ((opens >> 2) | pair)) !== 0;
}

/** Token boundaries of the text being matched (1, SOFT_START, SOFT_END or PLACE_CUT). */
const boundaries = new ScratchBytes();

/** The longest name found so far that starts at `start` of the scan (none while `record` is null). */
interface LongestName {
  start: number;
  end: number;
  record: NameRecord | null;
  readonly boundary: Uint8Array;
}

/** Takes the name text[m.start, end) of `record` when it is longer than the one found so far (a user name wins a tie) and may stand there. */
function takeLonger(m: LongestName, end: number, record: NameRecord): void {
  if (end < m.end || (end === m.end && m.record?.source === 'user')) return;
  const { boundary, start } = m;
  // On token boundaries any name counts; off them a place at a joiner's cut, or a long name (the record is read only then).
  if (boundary[start] !== 1 || boundary[end] !== 1) {
    const placeCuts = placeMayStart(boundary[start] as number) && placeMayEnd(boundary[end] as number);
    // A short match that a place's cuts do not bound either is no name of any type: the record is not read.
    if (end - start < FREE_NAME_LENGTH && !placeCuts) return;
    if (record.type === 'place' ? !placeCuts : end - start < FREE_NAME_LENGTH || record.notName) return;
  }
  m.end = end;
  m.record = record;
}

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
  // The tokens that may open a glued province, found in this one read of the tokens (most open none).
  const glued: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as RawToken;
    boundary[t.start] = 1;
    boundary[t.end] = 1;
    // 外交 + 部副 + 部长: an agency's last character glued to 副 ends a name.
    if (t.end - t.start === 2 && text.charCodeAt(t.start + 1) === DEPUTY && lex.rules.suffixes.get(text.charAt(t.start))?.type === 'agency') boundary[t.start + 1] = 1;
    // 及 + 油 + 尖旺区, 氹 + 仔及, 及平镇: a joiner glued to a name the segmenter does not know ends a place
    // there; so does a verb or preposition glued to a place's first character (指观 + 塘, 赴鸭 + 脷洲).
    const length = t.end - t.start;
    if (length >= 2 && length <= GLUED_TOKEN_MAX) {
      const first = starts[text.charCodeAt(t.start)] as number;
      if ((first & (JOINER_UNIT | PLACE_OPENER_UNIT)) !== 0) softCut(boundary, t.start + 1, SOFT_START);
      else if (((starts[text.charCodeAt(t.end - 1)] as number) & JOINER_UNIT) !== 0) softCut(boundary, t.end - 1, SOFT_END);
    }
    if (mayOpenGluedPlace(text, t, lex)) glued.push(k);
  }
  // In token order, once every token boundary is marked: a cut marked here is read for the tokens after.
  for (let g = 0; g < glued.length; g++) markGluedPlaces(text, tokens[glued[g] as number] as RawToken, boundary, lex);
  const found: NameCandidate[] = [];
  const { user, builtin, openings, openers } = lex;
  // The scan's state lives in one object the callback closes over, so that the loop's own variables stay
  // out of the closure's context (a captured `i` would be read and written through memory at every position).
  const m: LongestName = { start: 0, end: 0, record: null, boundary };
  const take = (end: number, record: NameRecord): void => takeLonger(m, end, record);
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const opens = openers[c] as number;
    let record: NameRecord | null = null;
    // Most positions open no name at all: the openers and the pair filter say so without walking the
    // tries. Off a token boundary only long names count (and not those opening with 省/市 …). Past a unit
    // that opens no name, the boundary's kind, the openers and the pair filter are combined as numbers
    // with one branch at the end, true at few positions: branches on each of them went either way at
    // random and were mispredicted often.
    if (opens !== 0 && mayOpenHere(opens, OPENER_KIND[boundary[i] as number] as number, openings.bit(c, text.charCodeAt(i + 1)))) {
      m.start = i;
      m.end = 0;
      m.record = null;
      if (user !== null && user.startsWith(c)) user.scan(text, i, take);
      if (builtin !== null && builtin.startsWith(c)) builtin.scan(text, i, take);
      // Set by the callback (the compiler does not see it).
      record = m.record as NameRecord | null;
    }
    // 第 + 三跑道系统, 第 + 一汽车…: a name opening with a numeral does not open inside an ordinal.
    if (record === null || (text.charCodeAt(i - 1) === ORDINAL_MARK && NUMERAL_FIRST.includes(text.charAt(i)))) {
      i++;
      continue;
    }
    // A phrase that is not a name (甘肃银行业) hides the names inside it and is dropped.
    if (!record.notName) found.push({ start: i, end: m.end, type: record.type, source: record.source, rule: record.file, canonical: record.canonical, record });
    i = m.end;
  }
  return found;
}

/**
 * Might token `t` open a glued province (markGluedPlaces)? Not one of two characters, nor one whose
 * first unit opens no province: the province table says so for most tokens, without a walk of the trie.
 */
function mayOpenGluedPlace(text: string, t: RawToken, lex: EntityLexicon): boolean {
  if (lex.builtin === null || t.end - t.start === 2 || !opensProvince(lex.provinces, text.charCodeAt(t.start))) return false;
  return mayOpenName(lex.rules.charFlags, lex.openings, text, t.start);
}

/**
 * 甘肃兰州|市, 山西晋|城市, 湖南长沙市: a token that opens with a province glued by the segmenter to the
 * start of another place, which then ends on a token boundary (成都平原 and 非洲大陆 open with no province);
 * also a province cut after its first character, its end glued to the next place's start (湖|南岳|阳).
 * The cut between them becomes a PLACE_CUT, where the first place may end and the second start. Called
 * only for a token that mayOpenGluedPlace.
 */
function markGluedPlaces(text: string, t: RawToken, boundary: Uint8Array, lex: EntityLexicon): void {
  const trie = lex.builtin;
  if (trie === null) return;
  // The longest place the token opens with, ending inside it off its boundaries (the walks are driven
  // here, one unit at a time: a callback per token would be allocated for every long token of the text).
  let cut = 0;
  let first: NameRecord | null = null;
  const one = t.end - t.start === 1;
  // A one-character token may open the province, the cut lying in the next token (湖 + 南岳 + 阳: 湖南, 岳阳);
  // a longer token holds its cut.
  const last = Math.min(t.start + GLUED_PLACE_MAX, one ? text.length - 1 : t.end - 1);
  for (let end = t.start + 1, node = 0; end <= last; end++) {
    node = trie.step(node, text.charCodeAt(end - 1));
    if (node === 0) break;
    if (boundary[end] !== 0) {
      if (one && end > t.start + 1) break;
      continue;
    }
    const record = trie.valueOf(node) as NameRecord | undefined;
    if (record !== undefined && record.type === 'place') {
      cut = end;
      first = record;
    }
  }
  if (first === null || !isProvince(first, text.slice(t.start, cut), trie) || !trie.startsWith(text.charCodeAt(cut))) return;
  // A place from the cut that ends on a token boundary at or after the token's end.
  for (let end = cut + 1, node = 0; end <= text.length; end++) {
    node = trie.step(node, text.charCodeAt(end - 1));
    if (node === 0) return;
    const record = trie.valueOf(node) as NameRecord | undefined;
    if (record !== undefined && record.type === 'place' && !record.notName && end >= t.end && boundary[end] === 1) {
      boundary[cut] = PLACE_CUT;
      return;
    }
  }
}
