import type { QuantityLexicon, SuffixEntry } from '../lexicon/quantities.js';
import type { Dec } from './decimal.js';
import { isAsciiDigit, isLetter } from './numeral.js';

/** How far back (in characters of the same clause) a licensing context is looked for. */
const CONTEXT_WINDOW = 16;
const CLAUSE_ENDS = new Set([...'，。；！？：—\n,;!?:']);
/** How far back a list mark licenses a noun classifier (兰州、白银两市). */
const LIST_WINDOW = 8;

/** Word boundaries of the segmentation, as asked by the rules that need them. */
export interface Boundaries {
  /** Whether a word ends exactly at `i`. */
  endsAt(i: number): boolean;
  /** Whether a word starts exactly at `i` (no word crosses it). */
  startsAt(i: number): boolean;
}

/** The number a suffix follows: where it starts and its value. */
export interface SuffixedNumber {
  readonly start: number;
  readonly value: Dec;
}

/**
 * The unit, currency, classifier or percent sign at `at` (right after the number `num`), the
 * longest that is licensed in this context, or null. A surface with several rows takes the first
 * row whose license holds.
 */
export function matchSuffix(
  text: string, at: number, num: SuffixedNumber, lex: QuantityLexicon, words: Boundaries,
): { end: number; entry: SuffixEntry } | null {
  const m = lex.suffixes.find(text, at);
  if (m === 0) return null;
  let entry: SuffixEntry | undefined = lex.suffixes.valueOf(m);
  const end = lex.suffixes.endOf(m, at);
  if (entry.latin) {
    const next = text.charCodeAt(end);
    if (isLetter(next) || isAsciiDigit(next)) return null;
  }
  while (entry !== undefined && !licensed(text, at, end, num, entry, words, lex)) entry = entry.otherwise;
  return entry === undefined ? null : { end, entry };
}

function licensed(
  text: string, at: number, end: number, num: SuffixedNumber, entry: SuffixEntry, words: Boundaries, lex: QuantityLexicon,
): boolean {
  const license = entry.license;
  if (license === null) return true;
  if (license.type === 'always') return true;
  if (license.type === 'beyond') {
    // 一点一点 is an idiom: a numeral written with the surface inside (一点一 = 1.1) does not take it again.
    return !isWholeUpTo(num.value, license.limit) && words.endsAt(end) && !text.slice(num.start, at).includes(text.slice(at, end));
  }
  const numStart = num.start;
  // A count word also needs the number to end a word: 四面开花, 四起, 八股 are idioms, 1200万股 a count.
  if (license.type === 'word') return words.endsAt(end) && (entry.kind !== 'count' || words.endsAt(at));
  if (license.type === 'ends-word') return words.endsAt(end);
  if (license.type === 'list') {
    const before = text.charCodeAt(numStart - 1);
    if (numStart === 0 || !isHan(before)) return true;
    return scanClause(text, numStart, (ch) => lex.marks.list.has(ch.charCodeAt(0)), LIST_WINDOW);
  }
  const chars = license.chars;
  return scanClause(text, numStart, (ch) => chars.includes(ch)) || chars.includes(text[at - 1] ?? '');
}

/** Whether a value is a whole number from 0 to `limit` (a clock hour for 点). */
function isWholeUpTo(value: Dec, limit: number): boolean {
  return value.s === 0 && value.m >= 0 && value.m <= limit;
}

/** Looks back from `i` through the same clause for a character satisfying `test`. */
function scanClause(text: string, i: number, test: (ch: string) => boolean, window = CONTEXT_WINDOW): boolean {
  for (let k = i - 1; k >= 0 && k >= i - window; k--) {
    const ch = text[k] as string;
    if (CLAUSE_ENDS.has(ch)) return false;
    if (test(ch)) return true;
  }
  return false;
}

export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** At a 千 百 十 after an Arabic number or magnitude: does a unit word (千瓦, 千米) start here? */
export function wantsUnit(text: string, k: number, lex: QuantityLexicon): boolean {
  const m = lex.suffixes.find(text, k);
  if (m === 0 || lex.suffixes.endOf(m, k) - k < 2) return false;
  const kind = lex.suffixes.valueOf(m).kind;
  return kind === 'measure' || kind === 'pp';
}
