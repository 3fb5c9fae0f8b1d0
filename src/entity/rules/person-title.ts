// A person's name right after a title or role: 总经理助理朱永红, 记者 王芳. The name is two or three
// characters and opens with a surname (dict/entities/rules/surnames.tsv).
import type { Candidate, EntityRule, RuleContext, Unit } from '../types.js';

const MIN_NAME = 2;
const MAX_NAME = 3;

/** A two- or three-character name opening with a surname, not a common or generic word. */
export function plausibleName(ctx: RuleContext, text: string): boolean {
  const { tables } = ctx;
  const double = tables.surnames.has(text.slice(0, 2));
  if (text.length < MIN_NAME || text.length > (double ? MAX_NAME + 1 : MAX_NAME)) return false;
  if (!double && !tables.surnames.has(text.slice(0, 1))) return false;
  return !tables.breakWords.has(text) && !tables.genericWords.has(text) && !tables.commonWords.has(text) && !tables.titles.has(text);
}

/**
 * Does the name end where a word begins? The segmenter glues the last character of an unknown name to
 * the next word (吴诚 + 文说): a name followed by a Han word that is neither a verb nor a function word
 * is not taken.
 */
function endsCleanly(ctx: RuleContext, next: Unit | undefined, end: number): boolean {
  if (next === undefined || next.start !== end || !next.han || next.record !== undefined) return true;
  const { tables } = ctx;
  return tables.breakWords.has(next.text) || tables.speechVerbs.has(next.text) || tables.titles.has(next.text) || tables.joiners.has(next.text);
}

export const personTitle: EntityRule = {
  name: 'person-title',
  find(ctx) {
    const out: Candidate[] = [];
    const { units, tables } = ctx;
    for (let k = 0; k + 1 < units.length; k++) {
      const title = units[k] as Unit;
      if (tables.titleLast[ctx.text.charCodeAt(title.end - 1)] !== 1 || !tables.titles.has(title.text)) continue;
      const first = units[k + 1] as Unit;
      if (!first.han || first.record !== undefined || first.start - (units[k] as Unit).end > 1) continue;
      let end = first.end;
      const second = units[k + 2];
      // The segmenter may cut an unknown name into surname + given name.
      if (first.text.length === 1 && !tables.breakWords.has(first.text) && second !== undefined && second.han && second.start === first.end && second.record === undefined) {
        if (!tables.breakWords.has(second.text) && second.text.length <= 2) end = second.end;
      }
      const name = ctx.text.slice(first.start, end);
      if (plausibleName(ctx, name) && endsCleanly(ctx, units[end === first.end ? k + 2 : k + 3], end)) out.push({ start: first.start, end, type: 'person', source: 'rule', rule: 'person-title' });
    }
    return out;
  },
};
