import { COMMON_SURNAME, DOUBLE_SURNAME_FIRST, FREQUENT_GIVEN, FUNCTION_SURNAME, GIVEN_CHAR, SINGLE_SURNAME, PERSON_CUE_FIRST, PREPOSITION_FIRST, SURNAME_FIRST } from '../lexicon/entity-char-flags.js';
import type { EntityRuleTables } from '../lexicon/entities.js';
import { placeGluedToVerb } from './place-verb.js';
import type { RuleContext, Unit } from './types.js';

/** The longest token a name is taken from: a double surname, two characters of given name and a glued one. */
const MAX_TOKEN = 5;

/** A span shaped like a person's name: a surname and a given name of one or two characters. */
export interface NameForm {
  readonly start: number;
  readonly end: number;
  /** The index of the name's last unit. */
  readonly last: number;
  /**
   * True when no cue is needed: the segmenter kept a three-character name whole, or made a
   * two-character word of a surname and a given-name character that its dictionary lacks.
   */
  readonly strong: boolean;
}

/** Is `word` a word of the dictionaries, not a name (高速, 金融, 表示, 企业, 经理)? */
function isWord(t: EntityRuleTables, word: string): boolean {
  return t.notNames.get(word) !== 0;
}

/** A common word and an ending that makes a noun of it, which jieba may tag as a name (申请 + 人, 安全 + 感)? */
function wordWithEnding(t: EntityRuleTables, word: string): boolean {
  return word.length === 3 && t.givenStops.has(word.charAt(2)) && t.surnameWords.has(word.slice(0, 2));
}

/** Could `given` (one or two characters) be a given name? */
function isGivenName(t: EntityRuleTables, given: string): boolean {
  for (let i = 0; i < given.length; i++) if (((t.charFlags[given.charCodeAt(i)] as number) & GIVEN_CHAR) === 0) return false;
  // Verbs and adverbs make given names (建国, 立新): only nouns of the word lists are ruled out.
  return !t.notGivenNames.has(given) && (given.length === 2 || !t.breakWords.has(given));
}

/** A two-character word the dictionary lacks, of a frequent surname and a frequent given-name character (梁京, 何勇). */
function strongPair(t: EntityRuleTables, word: string): boolean {
  const both = COMMON_SURNAME | FREQUENT_GIVEN;
  return (((t.charFlags[word.charCodeAt(0)] as number) & COMMON_SURNAME) | ((t.charFlags[word.charCodeAt(1)] as number) & FREQUENT_GIVEN)) === both && !t.surnamePairs.has(word);
}

/** Does a word written after a name (说, 等人, 率队, 先生 …) start at `at`? */
export function cueAfter(ctx: RuleContext, at: number): boolean {
  const { text, tables } = ctx;
  if (at >= text.length || ((tables.charFlags[text.charCodeAt(at)] as number) & PERSON_CUE_FIRST) === 0) return false;
  const cues = tables.personCuesAfter.get(text.charAt(at));
  if (cues === undefined) return false;
  for (let i = 0; i < cues.length; i++) if (text.startsWith(cues[i] as string, at)) return true;
  return false;
}

/** The Han unit right after unit i, written next to it and not a dictionary name; undefined otherwise. */
function nextPlain(ctx: RuleContext, i: number): Unit | undefined {
  const u = ctx.units[i + 1];
  return u !== undefined && u.han && u.record === undefined && u.start === (ctx.units[i] as Unit).end ? u : undefined;
}

/** The length of the surname `word` opens with: 2 for a double surname (欧阳), 1, or 0 for none. */
function surnameLength(t: EntityRuleTables, word: string): number {
  if (word.length >= 2 && ((t.charFlags[word.charCodeAt(0)] as number) & DOUBLE_SURNAME_FIRST) !== 0 && t.surnames.has(word.slice(0, 2))) return 2;
  return ((t.charFlags[word.charCodeAt(0)] as number) & SINGLE_SURNAME) !== 0 ? 1 : 0;
}

/**
 * The name that may start at unit k: a whole token (王建国, 梁京), a surname token followed by its
 * given name (张 + 立新, 刘 + 晓 + 燕), a token that holds the surname and the first character of the
 * given name (吴子 + 深), or a token that glued a cue to a two-character name (李明 + 率). Null when
 * none does.
 */
export function nameFormAt(ctx: RuleContext, k: number): NameForm | null {
  const { text, tables } = ctx;
  const u = ctx.units[k] as Unit;
  if (!u.han || u.record !== undefined || u.end - u.start > MAX_TOKEN) return null;
  const flags = tables.charFlags[text.charCodeAt(u.start)] as number;
  if ((flags & SURNAME_FIRST) === 0) return (flags & PREPOSITION_FIRST) !== 0 && u.end - u.start === 2 ? afterPreposition(ctx, k) : null;
  // 由黎志恒 + 率领, 由卢 + 建国: a preposition that is also a surname (由, 向), glued to a name or its surname.
  if ((flags & (FUNCTION_SURNAME | PREPOSITION_FIRST)) === (FUNCTION_SURNAME | PREPOSITION_FIRST) && u.end - u.start >= 2) {
    return u.end - u.start === 2 ? afterPreposition(ctx, k) : gluedToPreposition(ctx, k);
  }
  // Most words that open with a surname's character go on with no given name's: no lookup needed.
  if (u.end - u.start >= 2 && ((tables.charFlags[text.charCodeAt(u.start + 1)] as number) & GIVEN_CHAR) === 0 && (flags & DOUBLE_SURNAME_FIRST) === 0) {
    return null;
  }
  const length = u.end - u.start;
  // A whole name of three characters has given-name characters after a single surname.
  if (length === 3 && (flags & DOUBLE_SURNAME_FIRST) === 0 && ((tables.charFlags[text.charCodeAt(u.start + 2)] as number) & GIVEN_CHAR) === 0 && !cueAfter(ctx, u.start + 2)) {
    return null;
  }
  const word = u.text;
  // Most such tokens are common words (高速, 金融): one lookup rules them out.
  // A double surname alone (欧阳 + 慧珊) is a word of the lists too, but opens the name.
  const doubleSurname = word.length === 2 && (flags & DOUBLE_SURNAME_FIRST) !== 0 && tables.surnames.has(word);
  if ((flags & FUNCTION_SURNAME) !== 0 || (word.length >= 2 && !doubleSurname && isWord(tables, word)) || wordWithEnding(tables, word)) return null;
  const surname = surnameLength(tables, word);
  if (surname === 0) return null;
  const given = word.length - surname;
  if (given === 0) return splitName(ctx, k, u.start);
  if (given > 3) return null;
  const rest = word.slice(surname);
  if (placeGluedToVerb(ctx, u)) return null;
  if (given <= 2 && isGivenName(tables, rest)) {
    const next = given === 1 ? nextPlain(ctx, k) : undefined;
    // 吴子 + 深: the last character of the given name cut off.
    if (next !== undefined && next.text.length === 1 && isGivenName(tables, next.text) && !cueAfter(ctx, next.start) && !cueAfter(ctx, u.end)) {
      return { start: u.start, end: next.end, last: k + 1, strong: false };
    }
    return { start: u.start, end: u.end, last: k, strong: isStrong(tables, word, surname) };
  }
  // 李明 + 率, 孙丽华 + 作: a cue or a verb glued to the name.
  const head = word.slice(0, word.length - 1);
  const glued = word.charAt(word.length - 1);
  if (given >= 2 && isGivenName(tables, head.slice(surname)) && !isWord(tables, head) && (cueAfter(ctx, u.end - 1) || (given === 3 && tables.gluedToNames.has(glued)))) {
    return { start: u.start, end: u.end - 1, last: k, strong: given === 3 && isStrong(tables, head, surname) };
  }
  return null;
}

/** Can a name of this form be taken without a cue? */
function isStrong(t: EntityRuleTables, word: string, surname: number): boolean {
  const given = word.length - surname;
  if (given === 2) return !t.weakSurnames.has(word.charAt(0)) && !t.givenLookalikes.has(word.slice(surname));
  return surname === 1 && strongPair(t, word);
}

/** A surname token followed by its given name: 张 + 立新, 刘 + 晓 + 燕, 欧阳 + 振华. */
function splitName(ctx: RuleContext, k: number, start: number): NameForm | null {
  const { tables } = ctx;
  const first = nextPlain(ctx, k);
  if (first === undefined || first.text.length > 2) return null;
  const second = first.text.length === 1 ? nextPlain(ctx, k + 1) : undefined;
  // 黄 + 冠 + 霖: the two pieces are one given name (冠 alone is none: 王冠).
  if (second !== undefined && second.text.length === 1 && isGivenName(tables, first.text + second.text) && !cueAfter(ctx, second.start)) {
    return { start, end: second.end, last: k + 2, strong: false };
  }
  return isGivenName(tables, first.text) ? { start, end: first.end, last: k + 1, strong: false } : null;
}

/** A preposition glued to a surname, before the given name (据周 + 海涛, 由贺 + 明): the name starts after it. */
function afterPreposition(ctx: RuleContext, k: number): NameForm | null {
  const { tables } = ctx;
  const u = ctx.units[k] as Unit;
  // Most such words go on with no frequent surname's character (在 + 此, 对 + 于): its flag rules them out before the lookups.
  if (((tables.charFlags[ctx.text.charCodeAt(u.start + 1)] as number) & COMMON_SURNAME) === 0) return null;
  const surname = u.text.charAt(1);
  if (!tables.prepositions.has(u.text.charAt(0)) || !tables.commonSurnames.has(surname) || tables.weakSurnames.has(surname)) return null;
  const form = splitName(ctx, k, u.start + 1);
  return form !== null && ctx.text.slice(form.start, form.end).length === 3 ? { ...form, strong: true } : form;
}

/**
 * A preposition glued to a whole name (由黎志恒 + 率领, 向王建国 + 学习): the name starts after it. It is taken only
 * with a cue after it, like a name cut in pieces; the surname is a frequent one and the rest no word.
 */
function gluedToPreposition(ctx: RuleContext, k: number): NameForm | null {
  const { tables } = ctx;
  const u = ctx.units[k] as Unit;
  const length = u.end - u.start;
  if (length < 3 || length > 4 || !tables.prepositions.has(u.text.charAt(0))) return null;
  const surname = u.text.charAt(1);
  const name = u.text.slice(1);
  if (!tables.commonSurnames.has(surname) || tables.weakSurnames.has(surname) || isWord(tables, name) || !isGivenName(tables, name.slice(1))) return null;
  return { start: u.start + 1, end: u.end, last: k, strong: false };
}
