// Tibetan, Mongolian and Uyghur names have no surname, so the surname rules never find them. Their parts are
// few and recurring (dict/entities/rules/minority-name-parts.tsv): two or more Tibetan or Mongolian parts
// written together on token boundaries make a name (扎西次仁, 次仁卓玛, 苏和巴特尔, 额尔敦毕力格), unless the
// span is a place or holds a dictionary name (乌兰 + 浩特); one part of three characters or more makes one
// after a title (记者 + 其木格). A name written with a middle dot is a person when one side is made of parts
// (买买提·艾力, 阿不都热合曼·吐尔逊, 古丽米拉·阿不力孜); the other side, if not, is a few name words.
import type { Candidate, EntityRule, RuleContext, Unit } from '../types.js';
import { MINORITY_FIRST } from '../../lexicon/entity-char-flags.js';

const DOTS = /[\u00b7\u2022\u30fb\u2027]/;
/** The longest name without a dot, in characters. */
const MAX_NAME = 8;
/** The longest side of a dotted name. */
const MAX_SIDE = 8;
/** The shortest single part that a title before it makes a name (其木格, 巴特尔). */
const TITLED_PART = 3;
const SPACE = /\s/;
const UYGHUR = 'uyghur';

/** Does text[from, to) split into parts of one people (`people`, or any when null)? Returns that people or null. */
function splitParts(ctx: RuleContext, from: number, to: number, people: string | null): string | null {
  const { minorityNameParts: parts, longestMinorityPart } = ctx.tables;
  if (from === to) return people;
  for (let l = Math.min(longestMinorityPart, to - from); l >= 1; l--) {
    const p = parts.get(ctx.text.slice(from, from + l));
    if (p === undefined || (people !== null && p !== people)) continue;
    const rest = splitParts(ctx, from + l, to, p);
    if (rest !== null) return rest;
  }
  return null;
}

/** How many parts the longest split of text[from, to) has (0 when it does not split). */
function partCount(ctx: RuleContext, from: number, to: number, people: string): number {
  if (from === to) return 0;
  for (let l = Math.min(ctx.tables.longestMinorityPart, to - from); l >= 1; l--) {
    if (ctx.tables.minorityNameParts.get(ctx.text.slice(from, from + l)) !== people) continue;
    const rest = from + l === to ? 0 : partCount(ctx, from + l, to, people);
    if (from + l === to || rest > 0) return rest + 1;
  }
  return 0;
}

/** Does a title end right before unit k, at most a space between (记者 + 其木格, 本报记者 + ' ' + 其木格)? */
function titleBefore(ctx: RuleContext, k: number): boolean {
  let j = k - 1;
  if (j >= 0 && SPACE.test((ctx.units[j] as Unit).text)) j--;
  const u = ctx.units[j];
  if (u === undefined || !u.han) return false;
  for (let cut = 0; cut < u.text.length - 1; cut++) if (ctx.tables.titles.has(u.text.slice(cut))) return true;
  return false;
}

/** Where a name may end inside unit u: before a verb of saying glued to its last characters (毕力 + 格说), or -1. */
function endBeforeSpeech(ctx: RuleContext, u: Unit): number {
  for (let e = u.start + 1; e < u.end; e++) if (ctx.tables.speechVerbs.has(ctx.text.slice(e, u.end))) return e;
  return -1;
}

/**
 * Does a part start at `from`? Where none does, no split of a span from there exists: its ends need not be tried.
 * Read from the parts' trie, without slicing the text.
 */
function opensWithPart(ctx: RuleContext, from: number): boolean {
  return ctx.tables.minorityTrie.longestMatch(ctx.text, from, false) !== 0;
}

function plain(u: Unit): boolean {
  return u.han && u.record === undefined;
}

/** Names without a dot, from a unit's start to a unit's end. */
function undotted(ctx: RuleContext, out: Candidate[]): void {
  const { units, text } = ctx;
  for (let i = 0; i < units.length; i++) {
    const first = units[i] as Unit;
    // The unit's first-character flags (MINORITY_FIRST: minorityFirst as a bit) rule out most units without a lookup.
    if (!plain(first) || (first.firstFlags & MINORITY_FIRST) === 0 || !opensWithPart(ctx, first.start)) continue;
    let best = -1;
    let bestEnd = -1;
    for (let k = i; k < units.length; k++) {
      const u = units[k] as Unit;
      if (!plain(u) || u.start - first.start >= MAX_NAME || (k > i && u.start !== (units[k - 1] as Unit).end)) break;
      // The unit's end, then the end before a verb of saying glued to it (no list allocated per unit).
      for (let e = 0; e < 2; e++) {
        const end = e === 0 ? u.end : endBeforeSpeech(ctx, u);
        if (end <= first.start || end - first.start > MAX_NAME) continue;
        const people = splitParts(ctx, first.start, end, null);
        if (people === null || people === UYGHUR) continue;
        const n = partCount(ctx, first.start, end, people);
        if ((n >= 2 || (end - first.start >= TITLED_PART && titleBefore(ctx, i))) && !ctx.isPlace(text.slice(first.start, end)) && end > bestEnd) {
          best = k;
          bestEnd = end;
        }
      }
    }
    if (best < 0) continue;
    out.push({ start: first.start, end: bestEnd, type: 'person', source: 'rule', rule: 'person-minority' });
    i = best;
  }
}

/** The start of the longest run of parts ending at `end` (at most MAX_SIDE back), on a unit's start; -1 if none. */
function sideBefore(ctx: RuleContext, end: number, starts: ReadonlySet<number>): number {
  const { minorityFirst } = ctx.tables;
  for (let s = Math.max(0, end - MAX_SIDE); s <= end - 2; s++) {
    if (starts.has(s) && minorityFirst.has(ctx.text.charCodeAt(s)) && splitParts(ctx, s, end, UYGHUR) !== null) return s;
  }
  return -1;
}

/** The end of the longest run of parts starting at `start`, on a unit's end or before a non-Han character; -1 if none. */
function sideAfter(ctx: RuleContext, start: number, ends: ReadonlySet<number>): number {
  if (!ctx.tables.minorityFirst.has(ctx.text.charCodeAt(start))) return -1;
  for (let e = Math.min(ctx.text.length, start + MAX_SIDE); e >= start + 2; e--) if (ends.has(e) && splitParts(ctx, start, e, UYGHUR) !== null) return e;
  return -1;
}

/** A few name words after the dot at unit k when that side is not made of parts (艾尔肯·吐尔逊): plain units up to 4 characters. */
function wordsAfter(ctx: RuleContext, k: number): number {
  const { units, tables } = ctx;
  const start = (units[k] as Unit).end;
  let end = -1;
  for (let j = k + 1; j < units.length; j++) {
    const u = units[j] as Unit;
    if (!plain(u) || u.start !== (units[j - 1] as Unit).end || u.end - start > 4 || tables.breakOrGeneric.has(u.text) || tables.commonWords.has(u.text) || tables.speechVerbs.has(u.text) || tables.titles.has(u.text)) break;
    end = u.end;
  }
  return end - start >= 2 ? end : -1;
}

/** Is the character at i a CJK ideograph of the basic block? */
function isHanAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x4e00 && c <= 0x9fff;
}

/** Names with a middle dot, one side of Uyghur parts. */
function dotted(ctx: RuleContext, out: Candidate[]): void {
  const { text, units } = ctx;
  let starts: ReadonlySet<number> | undefined;
  let ends: ReadonlySet<number> | undefined;
  for (let k = 1; k < units.length; k++) {
    const dot = units[k] as Unit;
    const p = dot.start;
    // A dot between two Han characters: most dots (list marks, decimals written ·) stand elsewhere.
    if (dot.end - p !== 1 || p === 0 || !DOTS.test(dot.text) || !isHanAt(text, p - 1) || !isHanAt(text, p + 1)) continue;
    starts ??= new Set(units.map((u) => u.start));
    ends ??= new Set(units.map((u) => u.end));
    const left = sideBefore(ctx, p, starts);
    const right = sideAfter(ctx, p + 1, ends);
    if (left < 0 && right < 0) continue;
    const start = left >= 0 ? left : -1;
    const end = right >= 0 ? right : wordsAfter(ctx, k);
    if (start < 0 || end < 0 || (start > 0 && text.charAt(start - 1) === '《')) continue;
    out.push({ start, end, type: 'person', source: 'rule', rule: 'person-minority' });
  }
}

export const personMinority: EntityRule = {
  name: 'person-minority',
  find(ctx, out) {
    undotted(ctx, out);
    if (DOTS.test(ctx.text)) dotted(ctx, out);
    return out;
  },
};
