// A line named by the initials of the places it joins (渝昆高铁, 昌景黄高铁, 杭绍台高铁, 蘇花公路, 花東快速公路) is a
// project's name: two or three characters, each the first character of a city or county or a province's short form,
// written as no word of the lists, right before a line's work (project-cues.tsv line: 高铁, 公路, 铁路, 快速公路 …,
// also written in two words: 快速 + 公路). A plan or works ending written after it within two words belongs to it
// (蘇花公路改善計畫, 花東快速公路計畫), and so does a section right after it (渝昆高铁 + 川渝段). A place (中国高铁), a word of the lists (普通公路, 农村公路, 沿海铁路) or a verb
// (新建铁路, 乘坐高铁) before the work names none, nor does a word of jieba's (普通公路, 南北铁路).
import type { Candidate, EntityRule, RuleContext, Unit } from '../types.js';
import { adjacentGap } from '../walk.js';
import { hasUnitBit } from '../../lexicon/unit-bits.js';

/** The initials: two or three characters. */
const MIN_INITIALS = 2;
const MAX_INITIALS = 3;
/** How many words may stand between the work and a plan's ending after it (改善 + 计划). */
const PLAN_WORDS = 2;
const PLAN_CHARS = 4;
const SECTION = '\u6bb5';
const SECTION_WORD = 3;
const DIRECTIONS = '\u4e1c\u897f\u5357\u5317\u4e2d';
/** The longest word between the initials and the work (快速, 城际). */
const INNER_WORD = 2;

function find(ctx: RuleContext, out: Candidate[]): Candidate[] {
  const { units, tables } = ctx;
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    // Every branch below looks for a line's work ending where the unit ends: its last unit rules out most units.
    if (u.record !== undefined || !u.han || !hasUnitBit(tables.lineWorkLast, ctx.text.charCodeAt(u.end - 1))) continue;
    // 苏花公路: a line the segmenter keeps as one word, initials and work.
    if (!tables.lineWorks.has(u.text)) {
      if (gluedInitials(ctx, u)) out.push({ start: u.start, end: (units[planEnd(ctx, i)] as Unit).end, type: 'project', source: 'rule', rule: 'project-line-short' });
      continue;
    }
    let first = initialsBefore(ctx, i);
    if (first < 0 && i >= 2 && innerWord(ctx, i - 1)) first = initialsBefore(ctx, i - 1);
    if (first < 0) continue;
    out.push({ start: (units[first] as Unit).start, end: (units[planEnd(ctx, i)] as Unit).end, type: 'project', source: 'rule', rule: 'project-line-short' });
  }
  return out;
}

/** The first unit of initials written right before unit `at` (渝 + 昆, 花東, 杭绍台), or -1. */
function initialsBefore(ctx: RuleContext, at: number): number {
  const { units } = ctx;
  let chars = 0;
  let k = at - 1;
  while (k >= 0 && chars < MAX_INITIALS && !adjacentGap(ctx, k)) {
    const u = units[k] as Unit;
    if (u.record !== undefined || !u.han || chars + u.text.length > MAX_INITIALS || !plainWord(ctx, u.text)) break;
    chars += u.text.length;
    k--;
  }
  const first = k + 1;
  if (chars < MIN_INITIALS || first === at) return -1;
  // The initials start a word: nothing Han that is no break word is glued before them.
  const before = units[first - 1];
  if (before !== undefined && !adjacentGap(ctx, first - 1) && before.han && before.record === undefined && plainWord(ctx, before.text)) return -1;
  const text = ctx.text.slice((units[first] as Unit).start, (units[at - 1] as Unit).end);
  return plainWord(ctx, text) && initialsOnly(ctx, text) ? first : -1;
}

/** Is `text` made of places' initials, no place, no word of jieba's opening with a surname (普通, 南北), no directions alone (东西)? */
function initialsOnly(ctx: RuleContext, text: string): boolean {
  if (ctx.isPlace(text) || ctx.tables.surnameWords.has(text)) return false;
  let directions = 0;
  for (const ch of text) {
    if (!ctx.tables.lineInitials.has(ch)) return false;
    if (DIRECTIONS.includes(ch)) directions++;
  }
  return directions < text.length;
}

/** Is unit u two or three initials and a line's work written as one word (苏花 + 公路)? */
function gluedInitials(ctx: RuleContext, u: Unit): boolean {
  const { text, tables } = ctx;
  if (u.text.length < MIN_INITIALS + 2 || u.text.length > MAX_INITIALS + LONGEST_WORK) return false;
  for (let cut = MIN_INITIALS; cut <= MAX_INITIALS; cut++) {
    if (!tables.lineWorks.has(text.slice(u.start + cut, u.end))) continue;
    const initials = text.slice(u.start, u.start + cut);
    return plainWord(ctx, initials) && initialsOnly(ctx, initials);
  }
  return false;
}

const LONGEST_WORK = 4;

/** Is `text` no word of the rule lists (verbs, generic, common, kind or vague words, category words)? */
function plainWord(ctx: RuleContext, text: string): boolean {
  const { tables } = ctx;
  return !tables.breakOrGeneric.has(text) && !tables.commonWords.has(text) && !tables.vaguePlaces.has(text) && !tables.categoryWords.has(text) && !tables.prepositions.has(text);
}

/** Is unit k a word that makes one work with the next (快速 + 公路, 城际 + 铁路: a line of project-cues.tsv)? */
function innerWord(ctx: RuleContext, k: number): boolean {
  const u = ctx.units[k] as Unit;
  const work = ctx.units[k + 1] as Unit;
  return u.record === undefined && u.han && u.text.length <= INNER_WORD && !adjacentGap(ctx, k) && ctx.tables.lineWorks.has(u.text + work.text);
}

/** The last unit of the name: a plan's or works' ending within two words after the work (改善 + 计划), or the work. */
function planEnd(ctx: RuleContext, work: number): number {
  const { units } = ctx;
  let chars = 0;
  for (let k = work + 1; k <= work + PLAN_WORDS + 1 && k < units.length; k++) {
    const u = units[k] as Unit;
    if (k === work + 1) {
      const section = sectionAt(ctx, k);
      if (section >= 0) return section;
    }
    if (adjacentGap(ctx, k - 1) || !u.han || u.record !== undefined) return work;
    if (u.suffixes?.some((r) => r.type === 'project' && !r.named) === true && u.suffixes[0]?.suffix === u.text) return k;
    chars += u.text.length;
    if (chars > PLAN_CHARS || ctx.tables.prepositions.has(u.text) || ctx.tables.joiners.has(u.text)) return work;
  }
  return work;
}

/** The last unit of a section named by its place written at unit k (川渝段, 河南 + 段), or -1. */
function sectionAt(ctx: RuleContext, k: number): number {
  const u = ctx.units[k] as Unit;
  if (adjacentGap(ctx, k - 1)) return -1;
  const next = ctx.units[k + 1];
  if (u.record?.type === 'place' && next !== undefined && next.text === SECTION && !adjacentGap(ctx, k)) return k + 1;
  if (u.record !== undefined || u.text.length !== SECTION_WORD || !u.text.endsWith(SECTION)) return -1;
  const place = u.text.slice(0, SECTION_WORD - 1);
  return ctx.isPlace(place) || initialsOnly(ctx, place) ? k : -1;
}

export const projectLineShort: EntityRule = { name: 'project-line-short', find };
