import type { QuantityLexicon } from '../lexicon/quantities.js';
import type { Entity } from '../types.js';
import { firstEndingAfter } from '../spans.js';
import type { Draft } from './draft.js';
import { isAsciiDigit, isLetter } from './numeral.js';
import { isHan } from './suffix.js';
import type { WordBoundaries } from './words.js';

const ONE = 0x4e00; // 一
const ORDINAL_MARK = 0x7b2c; // 第

/**
 * Whether a draft is a quantity and not a numeral character inside a word, label or name:
 * 统一 进一步 (a word starts before the numeral), 一体化 四川 (a word goes on after a bare numeral),
 * 一个 一家 (the indefinite 一), 伍 陆 拾 standing alone, 三化 (a lone digit glued to a character),
 * counts, bare numbers and one-character numerals with a unit (三元食品) inside a name the entities
 * stage found, and numerals that words after them
 * make part of a name or term (四十里铺, 中铁二十局, 三元锂电池). `cleanStart`: an offset the caller has
 * already found to pass startsCleanly, not asked again when the numeral starts there.
 */
export function acceptDraft(
  text: string, d: Draft, lex: QuantityLexicon, words: WordBoundaries, names: readonly Entity[], cleanStart = -1,
): boolean {
  const num = d.numeral;
  if (d.none === true) return false;
  if (num.start !== cleanStart && !startsCleanly(text, num.start, lex, words)) return false;
  const single = num.length === 1 && num.chinese && num.upper === null;
  const c = text.charCodeAt(num.start);
  if (single && lex.formal[c] === 1 && d.kind !== 'money') return false;
  const bare = d.kind === 'number';
  if (isHan(c)) {
    const glued = num.length === 1 || (num.value.s > 0 && num.spelled === null);
    if (glued && d.kind !== 'date' && !words.endsAt(d.unitEnd) && !words.endsAt(d.end)) return false;
  } else if (bare && isLetter(text.charCodeAt(num.end))) {
    return false;
  }
  if (single && c === ONE && (bare || d.kind === 'count') && text.charCodeAt(num.start - 1) !== ORDINAL_MARK) return false;
  if (single && bare && d.end === num.end && isHan(text.charCodeAt(num.end))) return false;
  if (bare && (isListMarker(text, d) || isIdentifier(text, d))) return false;
  if (num.chinese && d.kind !== 'date' && d.kind !== 'ordinal' && lex.numeralNames.find(text, num.end) !== 0) return false;
  const nameLike = bare || d.kind === 'count' || d.kind === 'ordinal' || (single && d.kind !== 'date');
  if (nameLike && names.length > 0 && insideName(d, names)) return false;
  return true;
}

/** A word that begins before the numeral must end in 第 or a qualifier (排名第53位, 近两年). */
export function startsCleanly(text: string, start: number, lex: QuantityLexicon, words: WordBoundaries): boolean {
  if (words.startsAt(start)) return true;
  const before = text.charCodeAt(start - 1);
  if (!isHan(before) && !isLetter(before) && !isAsciiDigit(before)) return true;
  const from = words.wordStart(start);
  if (from < 0) return false;
  if (text.charCodeAt(start - 1) === ORDINAL_MARK) return true;
  if (lex.qualifiersBefore.end(text, start) === from) return true;
  return lex.perPrefix.end(text, start) === from;
}

/** Names are sorted by start and do not overlap (the entities stage's contract): binary search. */
function insideName(d: Draft, names: readonly Entity[]): boolean {
  const e = names[firstEndingAfter(names, d.start)];
  return e !== undefined && e.start < d.end;
}

const OPENING = new Set([0x28, 0xff08]); // ( （
const CLOSING = new Set([0x29, 0xff09]); // ) ）
const MARKER_ENDS = new Set([0x3001, 0x2e, 0xff0e]); // 、 . ．
const BREAKS = new Set([0x0a, 0x0d, 0x20, 0x3000, 0xff0c, 0x3002, 0xff1b, 0xff1a, 0x201c, 0x2018, 0x2c, 0x3b, 0x3a]);

/**
 * An enumeration mark, not a quantity: （二） (3) in brackets, and 十四、 or 1. at the start of a text,
 * line or clause (a 、 after a number inside a clause is a list of numbers: 0.5、0.8个百分点).
 */
function isListMarker(text: string, d: Draft): boolean {
  const before = d.start > 0 ? text.charCodeAt(d.start - 1) : 0x0a;
  const after = text.charCodeAt(d.end);
  if (OPENING.has(before) && CLOSING.has(after)) return true;
  if (!BREAKS.has(before) || !MARKER_ENDS.has(after)) return false;
  return after === 0x3001 || !isAsciiDigit(text.charCodeAt(d.end + 1));
}

const DASHES = new Set([0x2d, 0x2014, 0x2013]);

/** Codes, not amounts: digits with a leading zero (010, 0931), and long digit runs joined by a dash (010—65092341). */
function isIdentifier(text: string, d: Draft): boolean {
  const digits = d.numeral.plainDigits;
  if (digits === null || d.end !== d.numeral.end) return false;
  if (digits.length >= 2 && digits.charCodeAt(0) === 0x30) return true;
  return digits.length >= 7 && (DASHES.has(text.charCodeAt(d.start - 1)) || DASHES.has(text.charCodeAt(d.end)));
}
