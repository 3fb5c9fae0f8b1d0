import { WordRole, type FactLexicon } from '../lexicon/facts.js';
import type { Fact, Indicator, Quantity } from '../types.js';
import { clauseEnd, clauseStart, phraseAfter, phraseBefore, skipBetween, toIndicator, type Run } from './indicator.js';
import { respectivePhrase } from './respective-indicators.js';
import type { Listed } from './shared-head.js';
import { isStreak, latestInSentence } from './streak.js';
import { isThreshold } from './threshold.js';
import { hasRole, isFigure, isRespectively, UnitKind, type Unit } from './units.js';

/** Counts whose classifier is itself the noun counted (兰州、白银两市): no indicator, no owner. */
export const PLACE_UNITS: ReadonlySet<string> = new Set(['市', '区', '县', '省', '州', '盟', '旗', '镇', '乡', '村', '国']);

export interface IndicatorContext {
  readonly text: string;
  readonly units: readonly Unit[];
  readonly lex: FactLexicon;
  /** The facts of the text so far, and the levels (bare numbers, ranks) with an indicator, with their sentence and paragraph. */
  readonly history: History[];
}

export interface History {
  readonly fact: Stated;
  readonly sentence: number;
  readonly paragraph: number;
}

/** What later figures inherit from: a figure's fact, or a level's value and indicator. */
export interface Stated {
  readonly value: Quantity;
  readonly indicator?: Indicator;
  readonly change?: Fact['change'];
}

/**
 * The indicator of the figure at unit `u`: the noun phrase before it (完成地区生产总值400亿元) or after
 * it (836家企业; a count looks after first), the part measured for a share (甲占乙的35%), or else the
 * indicator of the figure before it in the paragraph (同比增长6.5% after 生产总值400亿元; a money,
 * measure or count figure only from one of the same unit). A benchmark (比全国高) is no indicator.
 */
export function indicatorOf(context: IndicatorContext, u: number, from: number): Indicator | null {
  const units = context.units;
  const figure = (units[u] as Unit).quantity as Quantity;
  if (figure.kind === 'count' && figure.unit !== null && PLACE_UNITS.has(figure.unit)) return null;
  if (isThreshold(units, u)) {
    // 500万元以上项目: the bound measures the noun it qualifies.
    const qualified = phraseAfter(units, u, clauseEnd(units, u));
    if (qualified !== null) return make(context, qualified, from);
  }
  if (isStreak(units, u)) {
    // What keeps going: the phrase before 连续 (出口额连续五年增长), or the latest figure's (产量312万吨，连续39年…).
    const streak = phraseBefore(units, u - 1, from);
    return streak !== null ? make(context, streak, from) : latestInSentence(context, u);
  }
  const share = figure.kind === 'percent' || figure.kind === 'pp' ? shareBefore(units, u, from) : -1;
  if (share >= 0) {
    // 第一、二、三产业增加值分别占地区生产总值的a、b和c: the parts are the items of the list before 分别.
    const parts = isRespectively(units[share - 1]) ? respectivePhrase(context.text, units, u, from, context.lex, true) : null;
    if (parts !== null) return listedIndicator(context, parts, from);
    const part = phraseBefore(units, share, from);
    return part !== null ? make(context, part, from) : inherited(context, figure, u);
  }
  const listed = respectivePhrase(context.text, units, u, from, context.lex);
  if (listed !== null) return listedIndicator(context, listed, from);
  const before = phraseBefore(units, u, from);
  // 进出口额连续三年突破1000亿元: after a streak, the figure is of what keeps going.
  const gap = skipBetween(units, u, from);
  if (before === null && gap >= from && gap < u - 1 && isStreak(units, gap)) {
    const kept = latestInSentence(context, u);
    if (kept !== null) return kept;
  }
  if (before !== null && (comparedAt(units, before.start, from) || isComparison(units[before.start] as Unit))) {
    return inherited(context, figure, u);
  }
  const after = phraseAfter(units, u, clauseEnd(units, u));
  const chosen = (figure.kind === 'count' ? (after ?? before) : (before ?? after)) ?? objectBefore(units, u, from);
  if (chosen !== null) {
    const own = make(context, chosen, from);
    // 上市公司48家，总数达到762家: an aspect that opens its clause alone (the total) is that of the figure before it in the sentence.
    const alone = chosen.start === from && chosen.end - chosen.start === 1 && hasRole(units[from], WordRole.Aspect) && own.text === units[from]?.text;
    return (alone ? aspectOf(context, figure, u, own.text) : null) ?? own;
  }
  // 比上年增长4.8%，达到3582亿元: a level a clause opens with a link word is that of the figure before it.
  return (opensWithLink(units, u, from) ? latestInSentence(context, u) : null) ?? inherited(context, figure, u);
}

/** The indicator of an item of a 分别 list, with the canonical name the list gives it (城镇居民人均可支配收入). */
function listedIndicator(context: IndicatorContext, listed: Listed, from: number): Indicator {
  const own = make(context, listed.run, from);
  if (listed.canonical === undefined) return own;
  const { canonical: _, ...plain } = own;
  return listed.canonical === null ? plain : { ...plain, canonical: listed.canonical };
}

/** The indicator of the latest figure of the same kind and unit in the sentence, unless it is that aspect too (金额…，金额…). */
function aspectOf(context: IndicatorContext, figure: Quantity, u: number, aspect: string): Indicator | null {
  const sentence = (context.units[u] as Unit).sentence;
  for (let k = context.history.length - 1; k >= 0 && k >= context.history.length - WINDOW; k--) {
    const { fact, sentence: s } = context.history[k] as History;
    if (s !== sentence) return null;
    if (fact.indicator === undefined || fact.value.kind !== figure.kind || fact.value.unit !== figure.unit) continue;
    return fact.indicator.text === aspect ? null : fact.indicator;
  }
  return null;
}

/** Are the units of the clause before the figure link words (达到, 突破, 累计达) and dates only, at least one word? */
function opensWithLink(units: readonly Unit[], u: number, from: number): boolean {
  let links = 0;
  for (let j = from; j < u; j++) {
    const unit = units[j] as Unit;
    if (unit.kind === UnitKind.Quantity && unit.quantity?.kind === 'date') continue;
    if (!hasRole(unit, WordRole.Link)) return false;
    links++;
  }
  return links > 0;
}

/**
 * The indicator a bare number is stated as the level of (工业生产指数为108.5, PMI达到50.2): the noun
 * phrase right before the link word; or a rank's (排名第53位). A bare number is no figure, but a change after it (同比增长11.2%)
 * measures the same indicator.
 */
export function levelIndicator(context: IndicatorContext, u: number, from: number): Indicator | null {
  const rank = (context.units[u] as Unit).quantity?.kind === 'ordinal';
  if (!rank && !hasRole(context.units[u - 1], WordRole.Link)) return null;
  const before = phraseBefore(context.units, u, from);
  return before === null || comparedAt(context.units, before.start, from) ? null : make(context, before, from);
}

function make(context: IndicatorContext, run: Run, from: number): Indicator {
  const units = context.units;
  // A known indicator may start earlier, but not before the clause or an entity, quantity or mark in it.
  let floor = run.start;
  while (floor > from && (units[floor - 1] as Unit).kind === UnitKind.Word) floor--;
  const start = (units[run.start] as Unit).start;
  return toIndicator(context.text, start, (units[run.end - 1] as Unit).end, (units[floor] as Unit).start, context.lex);
}

/**
 * The thing a verb right before the figure acts on, written before the verb (班列开行9800列, 游客接待
 * 5000万人次): the noun phrase before the verb, when none is next to the figure.
 */
function objectBefore(units: readonly Unit[], u: number, from: number): Run | null {
  const j = skipBetween(units, u, from);
  const verb = units[j];
  const plain = WordRole.Verb | WordRole.Boundary | WordRole.Pivot | WordRole.Create;
  if (j <= from || verb === undefined || verb.kind !== UnitKind.Word || (verb.flags & ~plain) !== 0) return null;
  if ((verb.flags & WordRole.Verb) === 0) return null;
  const object = phraseBefore(units, j, from);
  // 较上季加快…: what comes after a comparison is the benchmark, not the thing acted on.
  return object !== null && comparedAt(units, object.start, from) ? null : object;
}

/** The 占 of a share before the figure in its clause (占全省的35%, 占比达到12%), or -1. */
function shareBefore(units: readonly Unit[], u: number, from: number): number {
  for (let j = u - 1; j >= from && j >= u - WINDOW; j--) if (hasRole(units[j], WordRole.Share)) return j;
  return -1;
}

/** How far the stage looks for a word before a figure, and how many earlier figures it asks, at most. */
const WINDOW = 24;
const HISTORY = 64;

/** Does a comparison (比, 较, 高于) open the phrase, maybe after a generic holder (比全省平均水平)? */
function comparedAt(units: readonly Unit[], start: number, from: number): boolean {
  let j = start - 1;
  while (j >= from && hasRole(units[j], WordRole.Generic)) j--;
  return j >= from && hasRole(units[j], WordRole.Compare);
}

/** A word no table knows that opens with 较 or 比 (较前一, 比前年): the segmenter's cut of a comparison. */
function isComparison(unit: Unit): boolean {
  return unit.flags === 0 && unit.text.length <= 4 && (unit.text.startsWith('较') || unit.text.startsWith('比'));
}

function inherited(context: IndicatorContext, figure: Quantity, u: number): Indicator | null {
  const respective = respectiveLevel(context, u);
  if (respective !== null) return respective;
  const paragraph = (context.units[u] as Unit).paragraph;
  // A multiple (增长1.1倍) is a rate like a percentage.
  const anyUnit = figure.kind === 'percent' || figure.kind === 'pp' || figure.unit === '倍';
  for (let k = context.history.length - 1; k >= 0 && k >= context.history.length - HISTORY; k--) {
    const { fact, paragraph: p } = context.history[k] as History;
    if (p !== paragraph) return null;
    if (fact.indicator === undefined) continue;
    const { kind, unit } = fact.value;
    // A rank (排名第53位) passes its indicator to a change of places after it (提升3位).
    if (anyUnit || ((kind === figure.kind || kind === 'ordinal') && unit === figure.unit)) return fact.indicator;
  }
  return null;
}

/**
 * 甲X，乙Y，分别增长a和b: the figures of a list after 分别 take, in order, the indicators of as many
 * figures right before 分别 in the same sentence (a of 甲, b of 乙), or null when the counts differ.
 */
function respectiveLevel(context: IndicatorContext, u: number): Indicator | null {
  const units = context.units;
  const unit = units[u] as Unit;
  // A 分别 list is short: look no further than WINDOW units either way (linear time on any text).
  let k = u - 1;
  let before = 0;
  for (; k >= 0 && k >= u - WINDOW && (units[k] as Unit).clause === unit.clause && !isRespectively(units[k] as Unit); k--) {
    if (isFigure((units[k] as Unit).quantity)) before++;
  }
  if (k < 0 || k < u - WINDOW || (units[k] as Unit).clause !== unit.clause) return null;
  // 协议投资额分别为a和b: a phrase written right before 分别 is what every figure of the list measures.
  const own = phraseBefore(units, k, clauseStart(units, k));
  if (own !== null) return comparedAt(units, own.start, clauseStart(units, k)) ? null : make(context, own, clauseStart(units, k));
  let m = before + 1;
  for (let j = u + 1; j < units.length && (units[j] as Unit).clause === unit.clause; j++) {
    if (j > u + WINDOW) return null;
    if (isFigure((units[j] as Unit).quantity)) m++;
  }
  const history = context.history;
  const levels = history.length - before - m;
  if (m < 2 || levels < 0) return null;
  for (let t = levels; t < levels + m; t++) {
    const { fact, sentence } = history[t] as History;
    if (fact.indicator === undefined || sentence !== unit.sentence || fact.value.start >= (units[k] as Unit).start) return null;
  }
  return (history[history.length - m] as History).fact.indicator ?? null;
}
