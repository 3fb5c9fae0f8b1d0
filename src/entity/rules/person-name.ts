// A person's name in running text, with no title next to it: 钟南山说, 在吴明的带领下, 李明率队, 李华等人,
// 专家张立新, 王芳、李强、陈刚. The name opens with a surname (surnames.tsv), its given name is made of
// given-name characters (given-name-chars.tsv), and it is no common word or place of jieba's dictionary
// (surname-words.tsv) or of the other word lists. A three-character name the segmenter kept whole is
// taken as it stands; a two-character one, or one cut in pieces (张 + 立新), needs a cue: a word after it
// (person-cues.tsv: 说, 等人, 率队, 先生 …), a title or role right before it (记者, 专家), a person
// beside it in a list (、, 和).
import { COMMON_SURNAME, FREQUENT_GIVEN, PERSON_CUE_FIRST, PREPOSITION_FIRST, ROLE_LAST, SURNAME_FIRST } from '../../lexicon/entity-char-flags.js';
import { cueAfter, nameFormAt, type NameForm } from '../person-form.js';
import type { Candidate, EntityRule, RuleContext, Unit } from '../types.js';

const OPEN_QUOTES = new Set(['“', '"', '「', '‘']);
const LIST_MARKS = new Set(['、', '和', '与', '及', '，']);
/** Is the UTF-16 unit a list mark (、和与及，)? Read by code, so that no one-character string is made. */
function isListMarkCode(c: number): boolean {
  return c === 0x3001 || c === 0x548c || c === 0x4e0e || c === 0x53ca || c === 0xff0c;
}
/** How far past a one-character surname a cue may start (张 + 立新 + 说). */
const CUE_REACH = 3;
/** Passes over the waiting names: each may join a list to a name taken in the pass before. */
const LIST_PASSES = 3;

/** The opening mark of a closing quotation mark, or ''. */
function closeOf(ch: string): string {
  return ch === '”' ? '“' : ch === '」' ? '「' : ch === '’' ? '‘' : ch === '"' ? '"' : '';
}

/**
 * Could a name start at unit k at all? Read from character flags alone, so that the few units that can
 * be one are looked at closely: a name kept whole of three characters or more, a frequent surname with
 * a frequent given-name character (梁京), or a surname with a cue, a role or a list mark near it.
 */
function worthLooking(ctx: RuleContext, k: number): boolean {
  const { text, tables } = ctx;
  const u = ctx.units[k] as Unit;
  const flags = tables.charFlags;
  const first = u.firstFlags;
  if ((first & (SURNAME_FIRST | PREPOSITION_FIRST)) === 0) return false;
  const length = u.end - u.start;
  if (length >= 3 || (first & PREPOSITION_FIRST) !== 0) return true;
  if (length === 2 && (first & COMMON_SURNAME) !== 0 && ((flags[text.charCodeAt(u.start + 1)] as number) & FREQUENT_GIVEN) !== 0) return true;
  if (u.start > 0) {
    const c = text.charCodeAt(u.start - 1);
    if (((flags[c] as number) & ROLE_LAST) !== 0 || isListMarkCode(c)) return true;
  }
  for (let at = u.end; at <= u.end + CUE_REACH && at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (((flags[c] as number) & PERSON_CUE_FIRST) !== 0 || isListMarkCode(c)) return true;
  }
  return false;
}

/** The longest end of a unit looked up as a title (县委 + 书记, 常务副 + 县长). */
const TITLE_END = 3;

/**
 * Is the unit right before unit k, written next to it, a title or a role (记者, 专家), or a word that ends
 * in a title (县委书记, 常务副县长)?
 */
function roleBefore(ctx: RuleContext, k: number): boolean {
  const before = ctx.units[k - 1];
  if (before === undefined || before.end !== (ctx.units[k] as Unit).start) return false;
  const { titles, personCuesBefore } = ctx.tables;
  if (titles.has(before.text) || personCuesBefore.has(before.text)) return true;
  if (!before.han || before.record !== undefined) return false;
  for (let n = 2; n <= TITLE_END && n < before.text.length; n++) if (titles.has(before.text.slice(-n))) return true;
  return false;
}

/** Is the name followed by a title (李鹏总理, 王明副市长)? */
function titleAfter(ctx: RuleContext, form: NameForm): boolean {
  const after = ctx.units[form.last + 1];
  return after !== undefined && after.start === form.end && ctx.tables.titles.has(after.text);
}

/** Is a list mark written right before or after the name? */
function nearListMark(ctx: RuleContext, form: NameForm, k: number): boolean {
  const before = ctx.units[k - 1];
  const after = ctx.units[form.last + 1];
  return (before !== undefined && LIST_MARKS.has(before.text)) || (after !== undefined && LIST_MARKS.has(after.text));
}

/** Is there a taken name across a list mark on either side of `form` (王芳、李强)? */
function listed(ctx: RuleContext, form: NameForm, k: number, takenEnds: ReadonlySet<number>, takenStarts: ReadonlySet<number>): boolean {
  const before = ctx.units[k - 1];
  if (before !== undefined && before.end === form.start && LIST_MARKS.has(before.text) && takenEnds.has(before.start)) return true;
  const after = ctx.units[form.last + 1];
  return after !== undefined && after.start === form.end && LIST_MARKS.has(after.text) && takenStarts.has(after.end);
}

/** Is the surname a weak one used as a classifier after a numeral or determiner (一位 + 官员, 这位 + 不愿)? */
function classifierBefore(ctx: RuleContext, form: NameForm): boolean {
  const { text, tables } = ctx;
  return form.start > 0 && tables.weakSurnames.has(text.charAt(form.start)) && tables.determiners.has(text.charAt(form.start - 1));
}

/** Is the name three province short forms (云贵川, 陕甘宁): a list of places? */
function provinceList(ctx: RuleContext, form: NameForm): boolean {
  if (form.end - form.start !== 3) return false;
  const regions = ctx.tables.placePairs.regions;
  for (let i = form.start; i < form.end; i++) if (!regions.has(ctx.text.charAt(i))) return false;
  return true;
}

/** Is the name followed by a material written as one character (高纯晶 + 硅): the front of a product's name? */
function materialAfter(ctx: RuleContext, form: NameForm): boolean {
  const after = ctx.units[form.last + 1];
  return after !== undefined && after.start === form.end && after.end - after.start === 1 && ctx.tables.afterStops.has(after.text);
}

/** Pushes the name of `form` (a function of its own: a closure over `out` would be made at every call of find). */
function take(out: Candidate[], form: NameForm): void {
  out.push({ start: form.start, end: form.end, type: 'person', source: 'rule', rule: 'person-name' });
}

export const personName: EntityRule = {
  name: 'person-name',
  find(ctx, out) {
    let waiting: { form: NameForm; k: number }[] | null = null;
    const { units } = ctx;
    for (let k = 0; k < units.length; k++) {
      if (!worthLooking(ctx, k)) continue;
      const form = nameFormAt(ctx, k);
      if (form === null || provinceList(ctx, form) || classifierBefore(ctx, form) || materialAfter(ctx, form)) continue;
      // A quoted word (“秦创原”) is a label, not a person.
      if (k > 0 && OPEN_QUOTES.has((units[k - 1] as Unit).text) && OPEN_QUOTES.has(closeOf(ctx.text.charAt(form.end)))) continue;
      if (form.strong || cueAfter(ctx, form.end) || roleBefore(ctx, k) || titleAfter(ctx, form)) take(out, form);
      else if (nearListMark(ctx, form, k)) (waiting ??= []).push({ form, k });
      k = form.last;
    }
    if (waiting === null || out.length === 0) return out;
    // Names in a list, waiting for a taken name beside them.
    const takenEnds = new Set<number>();
    const takenStarts = new Set<number>();
    const mark = (c: Candidate): void => {
      takenEnds.add(c.end);
      takenStarts.add(c.start);
    };
    out.forEach(mark);
    for (let pass = 0; pass < LIST_PASSES && waiting.length > 0; pass++) {
      const before = out.length;
      for (let w = waiting.length - 1; w >= 0; w--) {
        const { form, k } = waiting[w] as { form: NameForm; k: number };
        if (!listed(ctx, form, k, takenEnds, takenStarts)) continue;
        take(out, form);
        mark(out[out.length - 1] as Candidate);
        waiting.splice(w, 1);
      }
      if (out.length === before) break;
    }
    return out;
  },
};
