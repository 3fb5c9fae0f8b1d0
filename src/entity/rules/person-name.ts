// A person's name in running text, with no title next to it: 钟南山说, 在吴明的带领下, 李明率队, 李华等人,
// 专家张立新, 王芳、李强、陈刚. The name opens with a surname (surnames.tsv), its given name is made of
// given-name characters (given-name-chars.tsv), and it is no common word or place of jieba's dictionary
// (surname-words.tsv) or of the other word lists. A three-character name the segmenter kept whole is
// taken as it stands; a two-character one, or one cut in pieces (张 + 立新), needs a cue: a word after it
// (person-cues.tsv: 说, 等人, 率队, 先生 …), a title or role right before it (记者, 专家), a person
// beside it in a list (、, 和), or the same name taken elsewhere in the text.
import { cueAfter, nameFormAt, type NameForm } from '../person-form.js';
import type { Candidate, EntityRule, RuleContext, Unit } from '../types.js';

const OPEN_QUOTES = new Set(['“', '"', '「', '‘']);
const LIST_MARKS = new Set(['、', '和', '与', '及', '，']);
/** Passes over the waiting names: each may join a list to a name taken in the pass before. */
const LIST_PASSES = 3;

/** The opening mark of a closing quotation mark, or ''. */
function closeOf(ch: string): string {
  return ch === '”' ? '“' : ch === '」' ? '「' : ch === '’' ? '‘' : ch === '"' ? '"' : '';
}

/** Is the unit right before unit k, written next to it, a title or a role (记者, 专家)? */
function roleBefore(ctx: RuleContext, k: number): boolean {
  const before = ctx.units[k - 1];
  if (before === undefined || before.end !== (ctx.units[k] as Unit).start) return false;
  return ctx.tables.titles.has(before.text) || ctx.tables.personCuesBefore.has(before.text);
}

/** Is the name followed by a title (李鹏总理, 王明副市长)? */
function titleAfter(ctx: RuleContext, form: NameForm): boolean {
  const after = ctx.units[form.last + 1];
  return after !== undefined && after.start === form.end && ctx.tables.titles.has(after.text);
}

/** Is there a taken name across a list mark on either side of `form` (王芳、李强)? */
function listed(ctx: RuleContext, form: NameForm, k: number, takenEnds: ReadonlySet<number>, takenStarts: ReadonlySet<number>): boolean {
  const before = ctx.units[k - 1];
  if (before !== undefined && before.end === form.start && LIST_MARKS.has(before.text) && takenEnds.has(before.start)) return true;
  const after = ctx.units[form.last + 1];
  return after !== undefined && after.start === form.end && LIST_MARKS.has(after.text) && takenStarts.has(after.end);
}

export const personName: EntityRule = {
  name: 'person-name',
  find(ctx) {
    const out: Candidate[] = [];
    const waiting: { form: NameForm; k: number }[] = [];
    const takenEnds = new Set<number>();
    const takenStarts = new Set<number>();
    const takenNames = new Set<string>();
    const take = (form: NameForm): void => {
      out.push({ start: form.start, end: form.end, type: 'person', source: 'rule', rule: 'person-name' });
      takenEnds.add(form.end);
      takenStarts.add(form.start);
      takenNames.add(ctx.text.slice(form.start, form.end));
    };
    const { units } = ctx;
    for (let k = 0; k < units.length; k++) {
      const form = nameFormAt(ctx, k);
      if (form === null) continue;
      // A quoted word (“秦创原”) is a label, not a person.
      if (k > 0 && OPEN_QUOTES.has((units[k - 1] as Unit).text) && OPEN_QUOTES.has(closeOf(ctx.text.charAt(form.end)))) continue;
      if (form.strong || cueAfter(ctx, form.end) || roleBefore(ctx, k) || titleAfter(ctx, form)) take(form);
      else waiting.push({ form, k });
      k = form.last;
    }
    for (let pass = 0; pass < LIST_PASSES && waiting.length > 0 && out.length > 0; pass++) {
      const before = out.length;
      for (let w = waiting.length - 1; w >= 0; w--) {
        const { form, k } = waiting[w] as { form: NameForm; k: number };
        if (!listed(ctx, form, k, takenEnds, takenStarts) && !takenNames.has(ctx.text.slice(form.start, form.end))) continue;
        take(form);
        waiting.splice(w, 1);
      }
      if (out.length === before) break;
    }
    return out;
  },
};
