import { CharClass, charLength, classAt } from './char-class.js';
import type { Segmenter } from './jieba.js';
import { isDateSuffix, isNumeral, joinNumeralDates } from './numeral-dates.js';
import type { SegmentLexicon } from '../lexicon/segment-words.js';
import { hasUnitBit } from '../lexicon/unit-bits.js';
import type { PlainWords } from '../lexicon/user-words.js';
import { applyPlainWords } from './plain-words.js';
import { ScratchBytes } from '../scratch.js';

export { loadSegmenter, type Segmenter } from './jieba.js';

/** A token in normalized-text offsets (assemble/ maps it back to the input). */
export interface RawToken {
  /** The normalized text's slice (assemble/ replaces it with the input's when they differ). */
  text: string;
  start: number;
  end: number;
  pos?: string;
}

const DOT = 0x2e;
/** ﹒ (U+FE52), a decimal point on Hong Kong and Taiwan pages. */
const SMALL_DOT = 0xfe52;
const COMMA = 0x2c;
const PERCENT = 0x25;
const PER_MILLE = 0x2030;
/** The longest word dict/segment/splits.tsv may split. */
const MAX_SPLIT_WORD = 4;
const WAN = 0x4e07; // 万
const YI = 0x4ebf; // 亿
/** Punctuation written as a run of one character that forms one mark: the dash —— and the ellipsis ……. */
const REPEATABLE: ReadonlySet<number> = new Set([...'—…─'].map((ch) => ch.charCodeAt(0)));

/**
 * Stage 2. Han runs are cut by jieba (one call for the whole text, its word boundaries used inside
 * each run); runs of letters and digits stay whole, with decimal points, thousands separators and a
 * trailing % kept inside numbers; every other non-space character is a token of its own. The
 * analyzer's plain words (user dictionary entries of type `word`), when it has any, are made one
 * token each at the end.
 */
export function segmentWords(text: string, segmenter: Segmenter, lex: SegmentLexicon, withPos: boolean, words: PlainWords | null = null): RawToken[] {
  const n = text.length;
  const out = new TokenList(text, withPos);
  const { splitFirst, splitLast, splits } = lex;
  let i = 0;
  while (i < n) {
    const cls = classAt(text, i);
    if (cls === CharClass.Space) {
      i++;
      continue;
    }
    if (cls === CharClass.Han) {
      // A date character (年 月 日) after a Chinese digit in the run calls for the numeral-date pass.
      let dates = false;
      let j = i + charLength(text, i);
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c >= 0x4e00 && c <= 0x9fff) {
          if (isDateSuffix(c) && isNumeral(lex, text.charCodeAt(j - 1))) dates = true;
          j++;
        } else if (classAt(text, j) === CharClass.Han) j += charLength(text, j);
        else break;
      }
      const cuts = out.cut ? out.cut.cuts : out.setCut(jiebaCut(text, segmenter, withPos)).cuts;
      if (dates) joinNumeralDates(text, cuts, i, j, lex);
      // A number took the date character that opened one of jieba's words (2023 + 年度预算): the word's
      // next character stands alone (2023年 | 度 | 预算), not glued to the rest of it.
      if (cuts[i] !== 1 && i + 1 < j && tookDateCharacter(text, i)) cuts[i + 1] = 1;
      let from = i;
      for (let k = i + 1; k <= j; k++) {
        if (k !== j && cuts[k] !== 1) continue;
        const inner =
          k - from > 1 && k - from <= MAX_SPLIT_WORD && hasUnitBit(splitFirst, text.charCodeAt(from)) && hasUnitBit(splitLast, text.charCodeAt(k - 1))
            ? splits.get(text.slice(from, k))
            : undefined;
        if (inner === undefined) out.push(from, k, undefined);
        else {
          let at = from;
          for (const cutAt of inner) {
            out.push(at, from + cutAt, undefined);
            at = from + cutAt;
          }
          out.push(at, k, undefined);
        }
        from = k;
      }
      i = j;
      continue;
    }
    if (cls === CharClass.Word || cls === CharClass.Digit) {
      let j = scanWord(text, i);
      if (isDigit(text.charCodeAt(j - 1)) && isNumber(text, i, j)) j = attachSuffix(text, i, j);
      out.push(i, j, withPos ? wordTag(text, i, j) : undefined);
      i = j;
      continue;
    }
    let j = i + charLength(text, i);
    if (REPEATABLE.has(text.charCodeAt(i))) while (text.charCodeAt(j) === text.charCodeAt(i)) j++;
    out.push(i, j, 'x', true);
    i = j;
  }
  return words === null ? out.tokens : applyPlainWords(text, out.tokens, words);
}

/**
 * The tokens of one text, added in order of start. jieba's own word strings become their text where
 * a token is exactly one of its words (no slice of the text to copy).
 */
class TokenList {
  readonly tokens: RawToken[] = [];
  /** jieba's cut of the text, made at its first Han run. */
  cut: JiebaCut | null = null;
  private word = 0;
  private wordStart = 0;

  constructor(
    private readonly text: string,
    private readonly withPos: boolean,
  ) {}

  setCut(cut: JiebaCut): JiebaCut {
    this.cut = cut;
    return cut;
  }

  /**
   * Adds the token [start, end). jieba sees UTF-8, where a lone surrogate becomes U+FFFD: only a
   * token of other characters can hold one (letters and Han runs take surrogates in pairs), so
   * `compare` asks for the word to be checked against the text there.
   */
  push(start: number, end: number, pos: string | undefined, compare = false): void {
    const text = this.text;
    const cut = this.cut;
    let surface: string | undefined;
    if (cut !== null) {
      const words = cut.words;
      let word = this.word;
      let at = this.wordStart;
      while (word < words.length && at < start) at += (words[word++] as string).length;
      this.word = word;
      this.wordStart = at;
      const w = words[word];
      if (at === start && w !== undefined && w.length === end - start && (!compare || text.startsWith(w, start))) surface = w;
    }
    surface ??= text.slice(start, end);
    this.tokens.push(this.withPos ? { text: surface, start, end, pos: pos ?? cut?.tags?.[start] ?? 'x' } : { text: surface, start, end });
  }
}

/** End of a run of letters and digits starting at `i`, numbers kept whole: 1,234.5 3.5 6.78% 125MN. */
function scanWord(text: string, i: number): number {
  const n = text.length;
  let j = i;
  for (;;) {
    while (j < n) {
      const cls = classAt(text, j);
      if (cls !== CharClass.Word && cls !== CharClass.Digit) break;
      j += charLength(text, j);
    }
    if (j >= n || !isDigit(text.charCodeAt(j - 1))) break;
    const c = text.charCodeAt(j);
    if ((c === DOT || c === SMALL_DOT) && isDigit(text.charCodeAt(j + 1))) j += 1;
    else if (c === COMMA && isGroupOfThree(text, j + 1)) j += 1;
    else break;
  }
  const c = text.charCodeAt(j);
  if ((c === PERCENT || c === PER_MILLE) && isDigit(text.charCodeAt(j - 1))) j += 1;
  return j;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isNumber(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (!isDigit(c) && c !== DOT && c !== SMALL_DOT && c !== COMMA) return false;
  }
  return true;
}

function isInteger(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isDigit(text.charCodeAt(k))) return false;
  return true;
}

/**
 * A number keeps its magnitude (3.5万, 1436亿, 2.3万亿) and an integer its date character
 * (2024年, 12月, 31日), as the segmentation standards write them.
 */
function attachSuffix(text: string, from: number, to: number): number {
  let j = to;
  if (text.charCodeAt(j) === WAN) j++;
  if (text.charCodeAt(j) === YI) j++;
  if (j === to && isDateSuffix(text.charCodeAt(j)) && isInteger(text, from, to)) j++;
  return j;
}

/** Does the token before offset i end with a date character that attachSuffix took after an integer (2023年)? */
function tookDateCharacter(text: string, i: number): boolean {
  return i >= 2 && isDateSuffix(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i - 2));
}

function isGroupOfThree(text: string, i: number): boolean {
  return isDigit(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && !isDigit(text.charCodeAt(i + 3));
}

/** jieba's tags for the tokens it never sees: `m` for a number (with its magnitude or date character), else `eng`. */
function wordTag(text: string, i: number, j: number): string {
  if (!isDigit(text.charCodeAt(i))) return 'eng';
  for (let k = i; k < j; k++) if (classAt(text, k) === CharClass.Word && text.charCodeAt(k) < 0x80) return 'eng';
  return 'm';
}


/** jieba's words for a text: its word boundaries, the words, and (when asked for) its tags by start offset. */
interface JiebaCut {
  /** cuts[k] === 1 where a word ends at k. A buffer shared by the calls of this thread, valid until the next cut. */
  readonly cuts: Uint8Array;
  /** jieba's words: consecutive pieces of the text, their lengths adding up to its length (else empty). */
  readonly words: readonly string[];
  readonly tags: readonly (string | undefined)[] | null;
}

/** jieba's word ends in the text being segmented. */
const wordEnds = new ScratchBytes();

function jiebaCut(text: string, segmenter: Segmenter, withPos: boolean): JiebaCut {
  const cuts = wordEnds.zeroed(text.length + 1);
  let words: string[];
  let tags: (string | undefined)[] | null = null;
  if (withPos) {
    const tagged = segmenter.tag(text);
    words = tagged.map((w) => w.word);
    tags = [];
    let pos = 0;
    for (const { word, tag } of tagged) {
      for (let k = 0; k < word.length; k++) tags[pos + k] = tag;
      pos += word.length;
    }
  } else {
    words = segmenter.cut(text);
  }
  let pos = 0;
  for (let w = 0; w < words.length; w++) {
    pos += (words[w] as string).length;
    if (pos <= text.length) cuts[pos] = 1;
  }
  if (pos !== text.length) return { cuts: cutEveryCharacter(text, cuts), words: [], tags };
  return { cuts, words, tags };
}

/** Fallback when jieba's words do not add up to the text (it never should): one character a word. */
function cutEveryCharacter(text: string, cuts: Uint8Array): Uint8Array {
  cuts.fill(0, 0, text.length + 1);
  for (let i = 0; i < text.length; i += charLength(text, i)) cuts[i] = 1;
  cuts[text.length] = 1;
  return cuts;
}
