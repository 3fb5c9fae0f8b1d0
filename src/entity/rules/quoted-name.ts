// Names in quotation marks: “秦岭智算中心”, “某市新材料专项”. The content is a
// name when it ends with a name suffix or a cue ending (…中心, …飞地), when a cue word follows the
// closing mark (“…”等项目, “…”“…”等项目) or when a cue verb opens it (支持“…”, 共建“…”). The marks
// wrap the name and are left out of the span.
import { SENTENCE_PUNCTUATION } from '../punctuation.js';
import type { EntityType } from '../../types.js';
import type { EntityRule, RuleContext, Unit } from '../types.js';

const OPENING: ReadonlyMap<string, string> = new Map([['“', '”'], ['"', '"'], ['「', '」']]);
const HAS_QUOTE = /[“"「]/;
const OPENING_UNITS: ReadonlySet<number> = new Set([...OPENING.keys()].map((mark) => mark.charCodeAt(0)));
const MAX_CONTENT = 40;
const MIN_AFTER_CONTENT = 4;
const MIN_BEFORE_CONTENT = 6;

interface Group {
  open: number;
  close: number;
  start: number;
  end: number;
  type: EntityType | null;
}

const GRADE = '\u7ea7';
const LONGEST_GRADE = 4;

/** Is `text` a grade alone (五星级, 省级, 国家级)? */
function gradeOnly(text: string): boolean {
  return text.length <= LONGEST_GRADE && text.endsWith(GRADE);
}

/** The type given by the longest name suffix that `content` ends with (leaving something before it). */
export function typeBySuffix(ctx: RuleContext, content: string): EntityType | null {
  const { tables } = ctx;
  for (let length = Math.min(tables.longestSuffix, content.length - 1); length >= 1; length--) {
    const rule = tables.suffixes.get(content.slice(content.length - length));
    // “五星级园区”, “省级开发区”: a grade before the ending tells a kind, no name.
    if (rule !== undefined && !rule.needsParent) return gradeOnly(content.slice(0, content.length - length)) ? null : rule.type;
  }
  return null;
}

/** The quoted groups of a text that holds an opening mark (find tests it first). */
function findGroups(ctx: RuleContext): Group[] {
  const groups: Group[] = [];
  const { units } = ctx;
  for (let k = 0; k < units.length; k++) {
    const unit = units[k] as Unit;
    if (unit.end - unit.start !== 1 || !OPENING_UNITS.has(ctx.text.charCodeAt(unit.start))) continue;
    const close = OPENING.get(unit.text);
    if (close === undefined) continue;
    for (let j = k + 1; j < units.length; j++) {
      const u = units[j] as Unit;
      if (u.text === close) {
        const start = (units[k] as Unit).end;
        const end = u.start;
        if (end - start >= 2) groups.push({ open: k, close: j, start, end, type: null });
        k = j;
        break;
      }
      if (SENTENCE_PUNCTUATION.has(u.text) || u.end - (units[k] as Unit).end > MAX_CONTENT) break;
    }
  }
  return groups;
}

function cueAt(ctx: RuleContext, from: number, side: 'after' | 'before' | 'end', content = ''): EntityType | null {
  const { text, tables } = ctx;
  for (const cue of tables.quoteCues) {
    const word = cue.word;
    if (cue.side !== side) continue;
    if (side === 'after' && text.startsWith(word, from)) return cue.type;
    if (side === 'before' && text.slice(Math.max(0, from - word.length), from) === word) return cue.type;
    if (side === 'end' && content.length > word.length && content.endsWith(word)) return cue.type;
  }
  return null;
}

export const quotedName: EntityRule = {
  name: 'quoted-name',
  marks: [...OPENING.keys()].join(''),
  find(ctx, out) {
    // Most texts quote nothing: no groups to make.
    if (!HAS_QUOTE.test(ctx.text)) return out;
    const groups = findGroups(ctx);
    // Right to left, so that “A”“B”等项目 passes the type of B on to A.
    for (let g = groups.length - 1; g >= 0; g--) {
      const group = groups[g] as Group;
      const content = ctx.text.slice(group.start, group.end);
      const closeEnd = (ctx.units[group.close] as Unit).end;
      const next = groups[g + 1];
      group.type =
        typeBySuffix(ctx, content) ??
        cueAt(ctx, 0, 'end', content) ??
        (content.length >= MIN_AFTER_CONTENT ? cueAt(ctx, closeEnd, 'after') : null) ??
        (next !== undefined && next.open === group.close + 1 && next.type !== null && content.length >= MIN_AFTER_CONTENT ? next.type : null) ??
        (content.length >= MIN_BEFORE_CONTENT ? cueAt(ctx, (ctx.units[group.open] as Unit).start, 'before') : null);
    }
    for (const group of groups) {
      if (group.type !== null) out.push({ start: group.start, end: group.end, type: group.type, source: 'rule', rule: 'quoted-name' });
    }
    return out;
  },
};
