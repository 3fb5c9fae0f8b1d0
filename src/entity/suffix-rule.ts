import type { EntityRuleTables, SuffixRule } from '../lexicon/entities.js';
import { ANCHOR_FIRST, SUFFIX_LAST } from '../lexicon/entity-char-flags.js';
import type { EntityType } from '../types.js';
import type { EntityRule, RuleContext, Unit } from './types.js';
import { walkLeft, type WalkOptions } from './walk.js';
import { countyShortForm } from './county-short-form.js';
import { isPlaceUnit } from './place-unit.js';

/** Where a suffix rule's name must start. */
export interface SuffixRuleOptions extends WalkOptions {
  readonly type: EntityType;
  /**
   * Decides the start unit of a name that runs from unit `left` (the walk's end) to the suffix in
   * unit `head`, whose own text before the suffix is `before`; -1 rejects the name.
   */
  readonly start: (ctx: RuleContext, left: number, head: number, before: string, suffix: SuffixRule) => number;
  /** Optional number of characters taken off the span's front (a preposition glued to the name's first token). */
  readonly trim?: (ctx: RuleContext, first: number) => number;
  /** Optional last check on the span (e.g. what follows it). */
  readonly accept?: (ctx: RuleContext, start: number, end: number) => boolean;
}

/**
 * The longest suffix that ends at `end`, as the trie's shared one-element list (null where none
 * does): a longer suffix wins over the shorter ones it ends with (公司 is a company's, not an
 * office's 司). Nothing is allocated.
 */
export function suffixesEndingAt(text: string, end: number, tables: EntityRuleTables): readonly SuffixRule[] | null {
  // Most words end in no suffix's last character: nothing to walk.
  if (end === 0 || ((tables.charFlags[text.charCodeAt(end - 1)] as number) & SUFFIX_LAST) === 0) return null;
  const node = tables.suffixTrie.longestMatch(text, end, true);
  return node === 0 ? null : tables.suffixTrie.valueOf(node);
}

/**
 * A rule that finds names ending in one of the suffixes of `type` (dict/entities/rules/suffixes.tsv)
 * at the end of a unit, and decides where each name starts by walking left over the units.
 */
export function suffixRule(name: string, given: SuffixRuleOptions): EntityRule {
  const options = sameShape(given);
  // A branch (…分公司, …分行) is written with its parent company: the walk passes over it.
  const branchOptions: SuffixRuleOptions = { ...options, through: new Set([...options.through, options.type]), fullNamesOf: undefined };
  const bracketed = options.type === 'organization' || options.type === 'enterprise';
  return {
    name,
    find(ctx, out) {
      const { units } = ctx;
      const { suffixUnits } = ctx;
      for (let n = 0; n < suffixUnits.length; n++) {
        const k = suffixUnits[n] as number;
        const unit = units[k] as Unit;
        const found = unit.suffixes;
        if (found === null) continue;
        const suffix = ofType(found, options.type);
        if (suffix === undefined) continue;
        const suffixStart = unit.end - suffix.suffix.length;
        let head = k;
        while (head > 0 && (units[head] as Unit).start > suffixStart) head--;
        if ((units[head] as Unit).start > suffixStart || (units[head] as Unit).end <= suffixStart) continue;
        const headUnit = units[head] as Unit;
        // A verb that opens a suffix of several words (执行 + 委员会) is part of the ending, not a plain word.
        const headInSuffix = headUnit.start === suffixStart && head < k;
        if (headUnit.record !== undefined || isPlainWord(ctx, unit.text) || (!headInSuffix && isPlainWord(ctx, headUnit.text))) continue;
        const before = ctx.text.slice(headUnit.start, suffixStart);
        const left = walkLeft(ctx, head, suffix.needsParent ? branchOptions : options);
        const start = options.start(ctx, left, head, before, suffix);
        if (start < 0) continue;
        const spanStart = (units[start] as Unit).start + (options.trim?.(ctx, start) ?? 0);
        if (opensWithCount(ctx, spanStart)) continue;
        if (options.accept && !options.accept(ctx, spanStart, unit.end)) continue;
        const end = bracketed ? bracketedPlaceEnd(ctx, k) : unit.end;
        out.push({ start: spanStart, end, type: options.type, source: 'rule', rule: name });
      }
      return out;
    },
  };
}

/**
 * The options with every field present, in one order: the suffix rules share find() and walkLeft(),
 * and options objects of one shape keep their property reads there monomorphic.
 */
function sameShape(o: SuffixRuleOptions): SuffixRuleOptions {
  return {
    type: o.type, maxLength: o.maxLength, through: o.through, joiners: o.joiners, digits: o.digits, routes: o.routes, dashes: o.dashes,
    fullNamesOf: o.fullNamesOf, keep: o.keep, zoneWords: o.zoneWords, start: o.start, trim: o.trim, accept: o.accept,
  };
}

const OPENING = new Set(['(', '（']);
const CLOSING = new Set([')', '）']);

/** The end of a campus or seat written in brackets right after the name (中国矿业大学（北京）), or the name's own end. */
function bracketedPlaceEnd(ctx: RuleContext, k: number): number {
  const { units } = ctx;
  const open = units[k + 1];
  const place = units[k + 2];
  const close = units[k + 3];
  const end = (units[k] as Unit).end;
  if (open === undefined || place === undefined || close === undefined || !OPENING.has(open.text) || !CLOSING.has(close.text)) return end;
  if (open.start !== end || place.start !== open.end || close.start !== place.end) return end;
  return isPlaceUnit(ctx, place) ? close.end : end;
}

function ofType(found: readonly SuffixRule[], type: EntityType): SuffixRule | undefined {
  for (let k = 0; k < found.length; k++) if ((found[k] as SuffixRule).type === type) return found[k];
  return undefined;
}

/**
 * Does a name starting at `start` open with a count (7个…园区, 三家…公司, 多座…大桥, 第二座…核电站)? A
 * classifier never opens a name, and after a number or a determiner it makes the words that follow a
 * category, not a name.
 */
function opensWithCount(ctx: RuleContext, start: number): boolean {
  const { text, tables } = ctx;
  const determiner = tables.countDeterminers.has(text.charAt(start));
  let i = determiner ? start + 1 : start;
  let digit = determiner;
  // Digits count like numerals (12项…计划, 3座…电站).
  for (; i < text.length && (tables.numerals.has(text.charAt(i)) || isDigit(text.charCodeAt(i))); i++) digit ||= !MAGNITUDES.includes(text.charAt(i));
  if (!tables.countClassifiers.has(text.charAt(i))) return false;
  // 万家乐, 百家 open with a magnitude, not a count.
  if (i > start) return digit;
  const c = start > 0 ? text.charCodeAt(start - 1) : 0;
  return isDigit(c) || (start > 0 && tables.numerals.has(text.charAt(start - 1)));
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A generic word, verb or function word that merely ends like a name (部署, 建厂, 干部). */
function isPlainWord(ctx: RuleContext, text: string): boolean {
  return ctx.tables.breakOrGeneric.has(text) || ctx.tables.lookalikes.has(text);
}

/** Is `text` a distinctive part of a name, not a generic or common word? */
export function isNamePart(ctx: RuleContext, text: string): boolean {
  const { tables } = ctx;
  return text !== '' && !tables.breakOrGeneric.has(text) && !tables.commonWords.has(text);
}

const MIN_NAME_PART = 2;
/** 万, 千, 百: a count needs a digit before them. */
const MAGNITUDES = '\u4e07\u5343\u767e';

/**
 * The usual start: the leftmost unit of the walk, provided the name has something before its
 * suffix that is not a generic word (国家高新区 and a bare 开发区 are not names).
 */
export function startWithNamePart(ctx: RuleContext, left: number, head: number, before: string): number {
  return namePartStart(ctx, left, head, before, false);
}

/**
 * startWithNamePart for zones and built works: a place that names no single place (两岸产业合作区) or a
 * common word the segmenter cut in two (大 + 数据 + 产业园) is not enough.
 */
export function startWithDistinctPart(ctx: RuleContext, left: number, head: number, before: string): number {
  return namePartStart(ctx, left, head, before, true);
}

function namePartStart(ctx: RuleContext, left: number, head: number, before: string, notVague: boolean): number {
  // One character before the suffix is not a name (新厂, 该局).
  if ((ctx.units[head] as Unit).start - (ctx.units[left] as Unit).start + before.length < MIN_NAME_PART) return -1;
  if (isNamePart(ctx, before)) return left;
  // 大 + 数据 + 产业园, 沿海 + 产业园: a common word cut in two, or a place that names no single place, is no name.
  if (notVague) {
    const words = ctx.text.slice((ctx.units[left] as Unit).start, (ctx.units[head] as Unit).start) + before;
    if (ctx.tables.commonWords.has(words) || ctx.tables.vaguePlaces.has(words)) return -1;
  }
  for (let i = left; i < head; i++) {
    const u = ctx.units[i] as Unit;
    // 正定 + 高新区: a county's short form that jieba reads as another word names the county.
    if (u.record === undefined && cutCommonWord(ctx, i, head)) continue;
    if ((notVague ? isNamingRecord(ctx, u) : u.record !== undefined) || (u.record === undefined && (isNamePart(ctx, u.text) || countyShortForm(ctx, u)))) return left;
  }
  return -1;
}

/**
 * Is unit i one character of a common or kind word the segmenter cut in two, the rest in the unit before or after it
 * (新 + 三板 of 新三板, 辖 + 内 of 辖内)? That character names nothing.
 */
function cutCommonWord(ctx: RuleContext, i: number, head: number): boolean {
  const u = ctx.units[i] as Unit;
  if (u.text.length !== 1) return false;
  const next = ctx.units[i + 1];
  if (i + 1 < head && next !== undefined && next.record === undefined && next.start === u.end && ctx.tables.commonWords.has(u.text + next.text)) return true;
  const prev = ctx.units[i - 1];
  return prev !== undefined && prev.record === undefined && prev.end === u.start && ctx.tables.commonWords.has(prev.text + u.text);
}

/** Is unit `u` a dictionary name that tells which one: not a place that names no single place (两岸, 沿海)? */
export function isNamingRecord(ctx: RuleContext, u: Unit): boolean {
  return u.record !== undefined && !(u.record.type === 'place' && ctx.tables.vaguePlaces.has(u.text));
}

/**
 * Where a project's or zone's name that the walk took from unit `left` starts once a verb of building
 * inside it is left out (四川宜宾投资建设 + 动力电池项目, 京津两地共建 + 产业园): right after the last such
 * verb, unless a company's ending stands between it and the suffix (交通投资建设集团 + …项目 keeps it; a plant
 * being built does not: 投资新建 + 电子元件厂项目). With
 * `keepBeforeSuffix`, a verb right before the suffix stays (高标准农田建设 + 项目).
 */
export function afterBuildVerb(ctx: RuleContext, left: number, head: number, keepBeforeSuffix: boolean): number {
  for (let i = head - 1; i >= left; i--) {
    const u = ctx.units[i] as Unit;
    if (u.record !== undefined) continue;
    if (u.suffixes !== null && u.suffixes.some((r) => r.type === 'enterprise' && !r.needsBrand) && !isPlant(ctx, u)) return left;
    if (ctx.tables.buildWords.has(u.text) && !(keepBeforeSuffix && i === head - 1)) return i + 1;
  }
  return left;
}

/** Is unit `u` a kind of plant (晶圆厂, plant-words.tsv; 工厂) or a 厂 written apart from its product (芯片 + 厂)? */
export function isPlant(ctx: RuleContext, u: Unit): boolean {
  return u.text === PLANT || ctx.tables.plantWords.has(u.text) || (u.text.endsWith(PLANT) && ctx.tables.genericWords.has(u.text));
}

const PLANT = '\u5382';

/** Is unit `u` an anchor: a place, zone or agency name, or an anchor word such as 省 or 国家? */
export function isAnchor(ctx: RuleContext, u: Unit): boolean {
  if (u.record !== undefined) return u.record.type === 'place' || u.record.type === 'zone' || u.record.type === 'agency';
  if (ctx.tables.anchors.has(u.text) || ctx.isPlace(u.text)) return true;
  // A place glued to an anchor word by the segmenter: 四川省委, 成都市政府.
  for (let cut = u.text.length - 1; cut >= 2; cut--) {
    if (((ctx.tables.charFlags[u.text.charCodeAt(cut)] as number) & ANCHOR_FIRST) === 0) continue;
    if (ctx.isPlace(u.text.slice(0, cut)) && ctx.tables.anchors.has(u.text.slice(cut))) return true;
  }
  // A place glued to a government by the segmenter (内蒙古自治区 + 人民政府, before its 办公厅): the body is the anchor.
  const found = suffixesEndingAt(u.text, u.text.length, ctx.tables);
  const suffix = found === null ? undefined : found[0];
  if (suffix === undefined || suffix.type !== 'agency' || suffix.needsParent || suffix.suffix.length >= u.text.length) return false;
  return ctx.isPlace(u.text.slice(0, u.text.length - suffix.suffix.length));
}
