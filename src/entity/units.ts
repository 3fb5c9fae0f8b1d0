import type { RawToken } from '../segment/index.js';
import type { Candidate, Unit } from './types.js';
import type { EntityRuleTables, NameRecord } from '../lexicon/entities.js';
import { ANCHOR_FIRST, GLUED_COMPANY_FIRST, PREPOSITION_FIRST, TITLE_LAST } from '../lexicon/entity-char-flags.js';
import { suffixesEndingAt } from './suffix-rule.js';

/** True when every character of text[start, end) is a Han character. */
export function isHan(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const han = (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xd800 && c <= 0xdfff) || c === 0x3007;
    if (!han) return false;
  }
  return end > start;
}

const LONGEST_HEAD = 2;
/** 副 (deputy), the first character of a title such as 副主任. */
const DEPUTY = 0x526f;
/** 称 (says), which the segmenter glues to an agency's last character (局称). */
const SAYS = 0x79f0;

/**
 * Where a token that glues the end of an agency to a title splits (局局长 → 局 | 局长, 区委书记 →
 * 区委 | 书记 after a place): the title's own first character, or an anchor word (区委, 市委) right
 * after a place, or a name's whole ending (大学教授 → 大学 | 教授), before the title; 0
 * when the token is not such a word.
 */
function titleCut(text: string, start: number, end: number, tables: EntityRuleTables, afterPlace: boolean): number {
  const length = end - start;
  if (length < 3 || length > tables.longestTitle + LONGEST_HEAD || ((tables.charFlags[text.charCodeAt(end - 1)] as number) & TITLE_LAST) === 0) return 0;
  if (tables.titles.has(text.slice(start, end))) return 0;
  for (let cut = 1; cut <= LONGEST_HEAD && length - cut >= 2; cut++) {
    if (!tables.titles.has(text.slice(start + cut, end))) continue;
    const head = text.slice(start, start + cut);
    if ((cut === 1 && head === text.charAt(start + 1)) || (cut > 1 && afterPlace && tables.anchors.has(head))) return cut;
    // 大学 + 教授, 集团 + 总裁: an institute's or company's whole ending glued to a title after it (not 项目 +
    // 经理 nor 政协 + 委员, titles of their own).
    if (cut > 1 && (tables.suffixes.get(head)?.type === 'organization' || tables.suffixes.get(head)?.type === 'enterprise')) return cut;
  }
  return 0;
}

/**
 * Where a token that glues a preposition to the anchor of an agency splits (据省 | 统计局 → 据 | 省,
 * 由市 | 商务局 → 由 | 市): after the preposition, when the rest is an anchor word; 0 otherwise.
 */
function prepositionCut(text: string, start: number, end: number, tables: EntityRuleTables): number {
  if (((tables.charFlags[text.charCodeAt(start)] as number) & PREPOSITION_FIRST) === 0) return 0;
  let anchored = false;
  for (let cut = 1; cut <= LONGEST_HEAD && cut < end - start; cut++) anchored ||= ((tables.charFlags[text.charCodeAt(start + cut)] as number) & ANCHOR_FIRST) !== 0;
  if (!anchored) return 0;
  for (let cut = 1; cut <= LONGEST_HEAD && end - start - cut >= 1; cut++) {
    if (tables.prepositions.has(text.slice(start, start + cut)) && tables.anchors.has(text.slice(start + cut, end))) return cut;
  }
  return 0;
}

/**
 * The units the rules walk over: the segmenter's tokens, except that a dictionary name (sorted,
 * non-overlapping `names`) replaces the tokens it covers, cutting tokens that cross its edges. Each
 * unit carries the name suffixes it ends with.
 */
export function buildUnits(
  text: string,
  tokens: readonly RawToken[],
  names: readonly (Candidate & { record: NameRecord })[],
  tables: EntityRuleTables,
): Unit[] {
  const units: Unit[] = [];
  let n = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as RawToken;
    let start = token.start;
    // Most tokens meet no dictionary name: the whole token is a unit, with its own text.
    while (n < names.length && (names[n] as Candidate).end <= start) n++;
    if (n === names.length || (names[n] as Candidate).start >= token.end) {
      addUnit(units, text, tables, start, token.end, undefined, token.text);
      continue;
    }
    while (start < token.end) {
      while (n < names.length && (names[n] as Candidate).end <= start) n++;
      const name = names[n];
      if (name === undefined || name.start >= token.end) {
        addUnit(units, text, tables, start, token.end, undefined, undefined);
        break;
      }
      if (name.start > start) {
        addUnit(units, text, tables, start, name.start, undefined, undefined);
        start = name.start;
        continue;
      }
      if (name.start === start) addUnit(units, text, tables, name.start, name.end, name.record, undefined);
      start = Math.min(token.end, name.end);
      if (name.end > token.end) break;
    }
  }
  return units;
}

/**
 * Adds the unit text[start, end) (`surface` is its text when the caller has it), cut where the segmenter
 * glued a preposition to an anchor (据省 → 据 | 省), a zone's or an agency's last character to the next word
 * (园新, 委副), a company's ending to a title or word after it (银行行长 → 银行 | 行长) or a title to the end
 * of an agency (局局长 → 局 | 局长).
 */
function addUnit(
  units: Unit[], text: string, tables: EntityRuleTables, start: number, end: number, record: NameRecord | undefined, surface: string | undefined,
): void {
  if (end <= start) return;
  if (record === undefined) {
    const from = start;
    if (end - start >= 2 && end - start <= 2 + LONGEST_HEAD) start = cutOff(units, text, tables, start, prepositionCut(text, start, end, tables));
    // 创新 + 园新 + 落成: a zone ending's last character glued to the next word; 商务 + 委副 + 主任: an agency's
    // last character glued to 副 (deputy). Either is cut off the token.
    if (end - start === 2 && (gluedZoneEnd(text, start, end, units, tables) || agencyBeforeDeputy(text, start, tables))) start = cutOff(units, text, tables, start, 1);
    // 加工出口 + 区新设 + 两家: the same before a verb of two characters (the ending's flags read first, the word's lookups only then).
    else if (end - start === 3 && gluedZoneEnd(text, start, end, units, tables) && wordOfItsOwn(text.slice(start + 1, end), tables)) start = cutOff(units, text, tables, start, 1);
    if (start !== from) surface = undefined;
    // 吉林 + 银行行长, 英皇 + 公司出品: a company's ending glued to a title or a word after the company is cut after
    // the ending; else a title glued to an agency's end.
    if (end - start >= 3) {
      const previous = units[units.length - 1];
      const afterPlace = previous !== undefined && previous.end === start && previous.record?.type === 'place';
      const cut = companyGluedCut(units, text, tables, start, end, surface) || titleCut(text, start, end, tables, afterPlace);
      if (cut > 0) {
        start = cutOff(units, text, tables, start, cut);
        surface = undefined;
      }
    }
  }
  units.push(makeUnit(text, tables, start, end, record, surface));
}

/** Pushes the unit of `length` characters cut off the front of a token at `start` (none for 0); returns where the rest starts. */
function cutOff(units: Unit[], text: string, tables: EntityRuleTables, start: number, length: number): number {
  if (length > 0) units.push(makeUnit(text, tables, start, start + length, undefined, undefined));
  return start + length;
}

/** Is the two-character token at `start` an agency's one-character ending and 副 (委副, 部副), or 称 (能源 + 局称)? */
function agencyBeforeDeputy(text: string, start: number, tables: EntityRuleTables): boolean {
  const next = text.charCodeAt(start + 1);
  return (next === DEPUTY || next === SAYS) && tables.suffixes.get(text.charAt(start))?.type === 'agency';
}

/** Where a token that glues a company's ending to a word after it splits (银行行长 → 2), when a name part precedes it; 0 otherwise. */
function companyGluedCut(units: readonly Unit[], text: string, tables: EntityRuleTables, start: number, end: number, surface: string | undefined): number {
  // Most tokens open with no such word's first character: one table read rules them out.
  if (((tables.charFlags[text.charCodeAt(start)] as number) & GLUED_COMPANY_FIRST) === 0) return 0;
  const cut = tables.companyGlued.get(surface ?? text.slice(start, end));
  return cut !== undefined && namedBefore(units, start, tables) ? cut : 0;
}

/** Is `word` a verb, function, common or generic word of the tables (新设, 新建, 落成), no name's part? */
function wordOfItsOwn(word: string, tables: EntityRuleTables): boolean {
  return tables.breakOrGeneric.has(word) || tables.commonWords.has(word) || tables.leadWords.has(word);
}

/**
 * Does the first character of the token text[start, end) end a zone's ending of two characters or
 * more with the unit before it (创新 + 园, 合作 + 区), the token being no ending of its own?
 */
function gluedZoneEnd(text: string, start: number, end: number, units: readonly Unit[], tables: EntityRuleTables): boolean {
  // Most tokens open with no suffix's last character: one table read rules them out.
  const found = suffixesEndingAt(text, start + 1, tables);
  const suffix = found === null ? undefined : found[0];
  if (suffix === undefined || suffix.type !== 'zone' || suffix.suffix.length < 2) return false;
  const previous = units[units.length - 1];
  return previous !== undefined && previous.end === start && previous.record === undefined && suffixesEndingAt(text, end, tables) === null;
}

/** Does a unit that may end a company's name (two Han characters or more, no function or generic word: 吉林, 英皇; or one after such a word: 横琴 + 线) end at `start`? */
function namedBefore(units: readonly Unit[], start: number, tables: EntityRuleTables): boolean {
  const previous = units[units.length - 1];
  if (previous === undefined || previous.end !== start || !previous.han || tables.breakOrGeneric.has(previous.text)) return false;
  if (previous.end - previous.start >= 2) return true;
  // 横琴 + 线 + 工程进度: one character after a name part of its own (a line after its place).
  const part = units[units.length - 2];
  return part !== undefined && part.end === previous.start && part.han && part.end - part.start >= 2 && !tables.breakOrGeneric.has(part.text);
}

function makeUnit(text: string, tables: EntityRuleTables, start: number, end: number, record: NameRecord | undefined, surface: string | undefined): Unit {
  // One object shape for every unit (record set or undefined) keeps the rules' property reads monomorphic.
  return {
    start,
    end,
    text: surface ?? text.slice(start, end),
    record,
    han: isHan(text, start, end),
    firstFlags: tables.charFlags[text.charCodeAt(start)] as number,
    lastFlags: tables.charFlags[text.charCodeAt(end - 1)] as number,
    suffixes: record === undefined ? suffixesEndingAt(text, end, tables) : null,
  };
}
