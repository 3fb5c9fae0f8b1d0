import { SENTENCE_PUNCTUATION } from './punctuation.js';
import type { SuffixRule } from '../lexicon/entities.js';
import type { EntityType } from '../types.js';
import { betweenEnds } from './route-ends.js';
import type { RuleContext, Unit } from './types.js';
import { isPlaceUnit } from './place-unit.js';
import { countyCutInTwo, countyShortForm } from './county-short-form.js';

/** A number as the segmenter writes it: digits, separators and a magnitude (4, 3.5, 1,200, 4万, 2.3万亿). */
const NUMBER_TOKEN = /^[0-9][0-9.,]*[\u4e07\u4ebf]*$/;

/** A Latin letter (a regular expression written once: a literal in a function is a new object at every call). */
const LATIN = /[A-Za-z]/;

const OPEN_OF: ReadonlyMap<string, string> = new Map([[')', '('], ['”', '“'], ['"', '"'], ['」', '「'], ['’', '‘'], ['》', '《']]);
const GROUP_MAX = 24;
const PLUS_MINUS = '\u00b1';
const TIMES = '\u00d7';
const QUOTES = new Set(['”', '"', '」']);

/** Does `text` end with a suffix of `type`? A trade ending (华菱 + 钢铁) leaves a brand, not a full name. */
function hasSuffixText(ctx: RuleContext, text: string, type: EntityType): boolean {
  for (let length = Math.min(ctx.tables.longestSuffix, text.length); length >= 1; length--) {
    const found = ctx.tables.suffixes.get(text.slice(text.length - length));
    if (found !== undefined && found.type === type && !found.needsBrand) return true;
  }
  return false;
}

function endsWithSuffix(ctx: RuleContext, content: string): boolean {
  for (let length = Math.min(ctx.tables.longestSuffix, content.length - 1); length >= 1; length--) {
    if (ctx.tables.suffixes.has(content.slice(content.length - length))) return true;
  }
  return false;
}

export interface WalkOptions {
  /** Longest name, in UTF-16 units. */
  readonly maxLength: number;
  /** Types of dictionary names a name may contain (a place in a company name …). */
  readonly through: ReadonlySet<EntityType>;
  /**
   * Whether joiners (和, 与 …) may sit inside the name, between two plain words (经济和信息化); a set allows
   * only those joiners (及 in 乙烯及炼油改扩建工程).
   */
  readonly joiners: boolean | ReadonlySet<string>;
  /** Whether numbers may sit inside the name (年产4万吨…项目). */
  readonly digits?: boolean;
  /** Whether a route word (至) may join two places inside the name (甲地至乙地高速公路项目). */
  readonly routes?: boolean;
  /** Whether a dash may join two places or organizations inside the name (苏丹—中国友好协会, 中国—东盟商务理事会). */
  readonly dashes?: boolean;
  /** A dictionary name of this type ends the walk only when it is a full name (ends with a suffix of the type). */
  readonly fullNamesOf?: EntityType;
  /** Words that do not end the walk though they are break or generic words (输电, 厂房 in project names). */
  readonly keep?: (ctx: RuleContext) => ReadonlySet<string>;
  /** Whether 国家, 国家级 (zone-keep-words.tsv) a few words before a zone's ending stay in the name (贵阳 + 国家 + 高新技术产业开发区). */
  readonly zoneWords?: boolean;
}

/** The unit index where a bracketed or quoted group that closes at unit `close` opens, or -1. */
export function groupOpen(ctx: RuleContext, close: number): number {
  const unit = ctx.units[close] as Unit;
  if (unit.end - unit.start !== 1) return -1;
  const open = OPEN_OF.get(unit.text);
  if (open === undefined) return -1;
  for (let i = close - 1, length = 0; i >= 0; i--) {
    const u = ctx.units[i] as Unit;
    if (u.text === open) return length > 0 ? i : -1;
    length += u.end - u.start;
    if (length > GROUP_MAX || SENTENCE_PUNCTUATION.has(u.text) || u.text === '、' || adjacentGap(ctx, i)) return -1;
  }
  return -1;
}

/** Do the units between brackets `open` and `close` hold places only, or a name ending (集团, 股份)? */
function bracketedPart(ctx: RuleContext, open: number, close: number): boolean {
  const content = ctx.text.slice((ctx.units[open] as Unit).end, (ctx.units[close] as Unit).start);
  if (ctx.tables.suffixes.has(content) || endsWithSuffix(ctx, content)) return true;
  for (let k = open + 1; k < close; k++) {
    const u = ctx.units[k] as Unit;
    if (!isPlaceUnit(ctx, u)) return false;
  }
  return true;
}

/** Is there a space between unit i and unit i + 1? */
export function adjacentGap(ctx: RuleContext, i: number): boolean {
  const next = ctx.units[i + 1];
  return next !== undefined && next.start !== (ctx.units[i] as Unit).end;
}

/**
 * Walks left from unit `head` (exclusive) over the units that may belong to a name and returns the
 * index of the leftmost one taken (`head` when none). It stops at punctuation, spaces, verbs and
 * function words, words that are never part of a name, names of other types, and at `maxLength`.
 */
export function walkLeft(ctx: RuleContext, head: number, options: WalkOptions): number {
  const { units, tables } = ctx;
  const keep = options.keep?.(ctx);
  let left = head;
  let length = (units[head] as Unit).end - (units[head] as Unit).start;
  let i = head - 1;
  while (i >= 0) {
    if (adjacentGap(ctx, i)) break;
    const u = units[i] as Unit;
    const open = groupOpen(ctx, i);
    if (open >= 0) {
      // A quoted full name (“兰白两区新质生产力专项”) is a name of its own, not the start of this one.
      if (QUOTES.has(u.text) && endsWithSuffix(ctx, ctx.text.slice((units[open] as Unit).end, u.start))) break;
      // Brackets inside a name hold a place or a company part (海默科技(集团), 某某(中国)), not a byline (记者王五).
      if (u.text === ')' && !bracketedPart(ctx, open, i)) break;
      length += u.end - (units[open] as Unit).start;
      if (length > options.maxLength) break;
      left = open;
      i = open - 1;
      continue;
    }
    if (u.record !== undefined) {
      const brand = u.record.type === options.fullNamesOf && !hasSuffixOf(u.suffixes, u.record.type);
      if (!options.through.has(u.record.type) && !(brand && !hasSuffixText(ctx, u.text, u.record.type))) break;
    } else if (endsOtherName(ctx, i, options)) {
      break;
    } else if (options.dashes === true && DASHES.has(u.text) && betweenPlaces(ctx, i, true)) {
      // 苏丹 + — + 中国: two partners of one body.
    } else if (options.routes === true && tables.routeWords.has(u.text) && (betweenEnds(ctx, i) || betweenNumbers(ctx, i))) {
      // 玉溪 + 至 + 楚雄, 白银 + 至 + 中川机场, 哈密 + — + 三塘湖镇: a route inside the name; 6号 + 至 + 10号 泊位: a run of berths.
    } else if (!u.han) {
      // 20万吨/年: a rate's slash inside a capacity.
      const rate = options.digits === true && u.text === '/' && i > 0 && !adjacentGap(ctx, i - 1);
      // ±800千伏: a direct current line's voltage.
      const sign = options.digits === true && u.text === PLUS_MINUS && NUMBER_TOKEN.test(units[i + 1]?.text ?? '') && !adjacentGap(ctx, i);
      // 2×66万千瓦: units times their size.
      const times = options.digits === true && u.text === TIMES && i > 0 && NUMBER_TOKEN.test((units[i - 1] as Unit).text) && NUMBER_TOKEN.test(units[i + 1]?.text ?? '');
      if (!LATIN.test(u.text) && !(options.digits === true && NUMBER_TOKEN.test(u.text)) && !rate && !sign && !times) break;
    } else if (tables.joiners.has(u.text)) {
      if (options.joiners === false || (options.joiners !== true && !options.joiners.has(u.text)) || !plainNeighbours(ctx, i)) break;
    } else if (tables.breakOrGeneric.has(u.text) && keep?.has(u.text) !== true && !beforeZoneEnding(ctx, i, options) && !countyShortForm(ctx, u) && !countyCutInTwo(ctx, i)) {
      break;
    }
    length += u.end - u.start;
    if (length > options.maxLength) break;
    left = i;
    // A level word alone (市, 县) opens the name unless a place is written before it (患者转到 + 市人民医院).
    if (levelWordAlone(ctx, i)) break;
    i--;
  }
  // A name does not open with a joiner, a verb such as 建设 (投资 + 建设物流园), or a unit after a number (3亿 + 元, 2 + 纳米).
  while (left < head && opensNoName(ctx, left)) left++;
  return left;
}

/**
 * Does one of a unit's `suffixes` have `type`? A loop, not a callback: a callback that read the walk's
 * current unit would give each step of the walk a context object of its own.
 */
function hasSuffixOf(suffixes: readonly SuffixRule[] | null, type: EntityType): boolean {
  if (suffixes === null) return false;
  for (let k = 0; k < suffixes.length; k++) if ((suffixes[k] as SuffixRule).type === type) return true;
  return false;
}

/** Is the route word at unit i written between two numbers, the second right after it (6 + 号 + 至 + 10 + 号)? */
function betweenNumbers(ctx: RuleContext, i: number): boolean {
  const after = ctx.units[i + 1];
  if (i < 2 || after === undefined || adjacentGap(ctx, i) || adjacentGap(ctx, i - 1) || !NUMBER_TOKEN.test(after.text)) return false;
  const before = ctx.units[i - 1] as Unit;
  return NUMBER_TOKEN.test(before.text) || (before.end - before.start === 1 && !adjacentGap(ctx, i - 2) && NUMBER_TOKEN.test((ctx.units[i - 2] as Unit).text));
}

/** Is unit i a level word that opens names (省, 市, 县: level-words.tsv) on its own, not after a place (兰州 + 市)? */
function levelWordAlone(ctx: RuleContext, i: number): boolean {
  const u = ctx.units[i] as Unit;
  if (u.record !== undefined || ctx.tables.levelWords.get(u.text) !== true) return false;
  const before = ctx.units[i - 1];
  if (before === undefined || before.end !== u.start) return true;
  return !isPlaceUnit(ctx, before);
}

/** Words between 国家 and the ending: 东兴 + 国家 + 重点 + 开发 + 开放 + 试验区. */
const ZONE_WORD_REACH = 4;

/** Is unit i 国家 or 国家级 a few words before a zone's ending, in a walk that keeps them (南昌 + 国家级 + 经开区)? */
function beforeZoneEnding(ctx: RuleContext, i: number, options: WalkOptions): boolean {
  if (options.zoneWords !== true || !ctx.tables.zoneWords.has((ctx.units[i] as Unit).text)) return false;
  for (let k = i + 1; k <= i + ZONE_WORD_REACH; k++) {
    const u = ctx.units[k];
    if (u === undefined || u.record !== undefined || adjacentGap(ctx, k - 1)) return false;
    if (u.suffixes?.some((r) => r.type === 'zone') ?? false) return true;
  }
  return false;
}

/** Is unit i a word no name opens with: a joiner, a lead verb (建设), or one character right after a number (元, not 个)? */
function opensNoName(ctx: RuleContext, i: number): boolean {
  const u = ctx.units[i] as Unit;
  // A route word left at the front once a lead verb is taken off (规划 + 至 + 银川…) opens no name either.
  if (ctx.tables.joiners.has(u.text) || ctx.tables.routeWords.has(u.text) || (u.record === undefined && ctx.tables.leadWords.has(u.text))) return true;
  const before = ctx.units[i - 1];
  if (u.record !== undefined || (u.end - u.start !== 1 && !ctx.tables.capacityUnits.has(u.text)) || ctx.tables.countClassifiers.has(u.text)) return false;
  return before !== undefined && before.end === u.start && NUMBER_TOKEN.test(before.text);
}

const DASHES = new Set(['\u2014', '\u2013', '-', '\uff0d', '\u2014\u2014']);

/** Are the units on both sides of unit i places (or organizations, when `bodies`), written next to it? */
function betweenPlaces(ctx: RuleContext, i: number, bodies = false): boolean {
  const before = ctx.units[i - 1];
  const after = ctx.units[i + 1];
  if (before === undefined || after === undefined || adjacentGap(ctx, i - 1) || adjacentGap(ctx, i)) return false;
  const place = (u: Unit): boolean => isPlaceUnit(ctx, u) || (bodies && u.record?.type === 'organization');
  // 奎屯 + — + 独山子, 石河子 + — + 北 + 泉: a place the lists lack or hold only with its level (独山子区) after the dash.
  const named = (u: Unit): boolean => u.record === undefined && u.han && !ctx.tables.breakOrGeneric.has(u.text) && !ctx.tables.commonWords.has(u.text) && !ctx.tables.prepositions.has(u.text);
  return place(before) && (place(after) || (bodies && named(after)));
}

/** Does unit i end a name of a type the walk does not pass through (…管委会 before …公司)? */
function endsOtherName(ctx: RuleContext, i: number, options: WalkOptions): boolean {
  const found = (ctx.units[i] as Unit).suffixes;
  if (found === null || !endsName(ctx, ctx.units[i] as Unit)) return false;
  // An office ending (…科, …处, …室) names nothing without its parent: 中联重科 is a company's name.
  // A branch (…分行) does end a name: 招行广州分行 + 营业部 is no agency.
  // A loop, not a callback: a callback reading `options` gave every call (every unit walked over) a context object.
  for (let k = 0; k < found.length; k++) {
    const r = found[k] as SuffixRule;
    if ((r.needsParent && r.type === 'agency') || options.through.has(r.type) || r.type === options.fullNamesOf) return false;
  }
  return true;
}

/**
 * Does unit u end like a name: a suffix, not in a common word that merely ends like one (干部), nor a
 * trade ending glued to one character (房 + 地产, 采矿 + 业 are words)?
 */
function endsName(ctx: RuleContext, u: Unit): boolean {
  const found = u.suffixes?.[0];
  if (found === undefined || ctx.tables.lookalikes.has(u.text)) return false;
  return !found.needsBrand || u.text.length - found.suffix.length >= 2;
}

/** Are both neighbours of the joiner at `i` plain words, not names or name endings (…管委会与…公司)? */
function plainNeighbours(ctx: RuleContext, i: number): boolean {
  const before = ctx.units[i - 1];
  const after = ctx.units[i + 1];
  if (before === undefined || after === undefined || before.record !== undefined || after.record !== undefined) return false;
  // An anchor after the joiner opens a name of its own (省农科院专家和 + 市疾控中心).
  if (!before.han || !after.han || endsName(ctx, before) || ctx.isPlace(after.text) || ctx.tables.anchors.has(after.text)) return false;
  return !ctx.tables.breakWords.has(before.text) && !ctx.tables.breakWords.has(after.text);
}

/** Is unit `u` a name of one of `types`? */
export function isNameOf(u: Unit, types: ReadonlySet<EntityType>): boolean {
  return u.record !== undefined && types.has(u.record.type);
}
