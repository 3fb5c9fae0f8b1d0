import { WordRole } from '../lexicon/facts.js';
import type { Indicator, Quantity } from '../types.js';
import { clauseEnd, joinedBefore, phraseAfter, phraseBefore, skipBetween, type Run } from './indicator.js';
import { insideIndicator } from './indicator-surface.js';
import { comparedAt, make, WINDOW, type IndicatorContext } from './indicator-context.js';
import { aspectOf, inherited } from './inherit.js';
import { respectivePhrase } from './respective-indicators.js';
import { inRespectiveSentence } from './respective.js';
import type { Listed } from './shared-head.js';
import { isStreak, latestInSentence } from './streak.js';
import { isThreshold } from './threshold.js';
import { isAmountHead } from './verb-in-phrase.js';
import { hasRole, isRespectively, UnitKind, type Unit } from './units.js';

export type { History, IndicatorContext } from './indicator-context.js';

/** Counts whose classifier is itself the noun counted (兰州、白银两市): no indicator, no owner. */
export const PLACE_UNITS: ReadonlySet<string> = new Set(['市', '区', '县', '省', '州', '盟', '旗', '镇', '乡', '村', '国']);

/**
 * Counts of time that 来 or 以来 after them make the span of what the clause says (成立30年来, 近5个月以来), and so
 * do 新高 and 新低 (创3年新高: the highest in three years): no indicator.
 */
const SPAN_UNITS: ReadonlySet<string> = new Set(['年', '个月', '月', '周', '天', '日', '季度']);
const SINCE = ['来', '以来', '新高', '新低'];

function isSpanSince(text: string, figure: Quantity): boolean {
  return figure.kind === 'count' && figure.unit !== null && SPAN_UNITS.has(figure.unit) && SINCE.some((w) => text.startsWith(w, figure.end));
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
  if ((figure.kind === 'count' && figure.unit !== null && PLACE_UNITS.has(figure.unit)) || isSpanSince(context.text, figure)) return null;
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
  const respective = inRespectiveSentence(context.respectively, units, u);
  const share = figure.kind === 'percent' || figure.kind === 'pp' ? shareBefore(context, u, from) : -1;
  if (share >= 0) {
    // 第一、二、三产业增加值分别占地区生产总值的a、b和c: the parts are the items of the list before 分别.
    const parts = respective && isRespectively(units[share - 1]) ? respectivePhrase(context.text, units, u, from, context.lex, true) : null;
    if (parts !== null) return listedIndicator(context, parts, from);
    const part = phraseBefore(units, share, from);
    return part !== null ? make(context, part, from) : inherited(context, figure, u);
  }
  const listed = respective ? respectivePhrase(context.text, units, u, from, context.lex) : null;
  if (listed !== null) return listedIndicator(context, listed, from);
  // 失业率由5.3%下降到5.1%: the level a change starts from follows 由 after its indicator.
  const dated = pastDate(units, u);
  const at = FROM.includes(units[dated - 1]?.text ?? '') ? dated - 1 : u;
  const before = joinedBefore(units, phraseBefore(units, at, from), from);
  // 进出口额连续三年突破1000亿元: after a streak, the figure is of what keeps going.
  const gap = skipBetween(units, u, from);
  if (before === null && gap >= from && gap < u - 1 && isStreak(units, gap)) {
    const kept = latestInSentence(context, u);
    if (kept !== null) return kept;
  }
  if (before !== null && (comparedAt(units, before.start, from) || isComparison(units[before.start] as Unit))) {
    return inherited(context, figure, u);
  }
  // A count looks after first (836家企业), unless the phrase before names an amount (落成量为1.2万个单位).
  const countedAfter = figure.kind === 'count' && (before === null || !isAmountHead(units[before.end - 1] as Unit));
  // The phrase after is read only when it may be chosen.
  const after = countedAfter || before === null ? phraseAfter(units, u, clauseEnd(units, u)) : null;
  const chosen = (countedAfter ? (after ?? before) : (before ?? after)) ?? objectBefore(units, u, from);
  if (chosen !== null) {
    // 出口|衰退|幅度|达8.1%: the size of a change is that of the phrase before the change word.
    const changed = isChangeAspect(units, chosen) ? phraseBefore(units, chosen.start, from) : null;
    if (changed !== null) return make(context, changed, from);
    const own = make(context, chosen, from);
    // 上市公司48家，总数达到762家: an aspect that opens its clause alone (the total) is that of the figure before it in the sentence.
    const alone = chosen.start === from && chosen.end - chosen.start === 1 && hasRole(units[from], WordRole.Aspect) && own.text === units[from]?.text;
    return (alone ? aspectOf(context, figure, u, own.text) : null) ?? own;
  }
  // 比上年增长4.8%，达到3582亿元: a level a clause opens with a link word is that of the figure before it;
  // so is the level a change reached (营业收入增长12.3%至185亿元).
  return (opensWithLink(units, u, from) || afterRateTo(units, u) ? latestInSentence(context, u) : null) ?? inherited(context, figure, u);
}

/** A phrase that is only an aspect (幅度) right after a change word (衰退|幅度, 增长|幅度). */
function isChangeAspect(units: readonly Unit[], run: Run): boolean {
  return run.end - run.start === 1 && hasRole(units[run.start], WordRole.Aspect) && hasRole(units[run.start - 1], WordRole.Up | WordRole.Down);
}

/**
 * 至 and 到 after a rate: the figure after them is the level the rate's indicator reached (增长12.3% + 至 + 185亿元);
 * so is the figure after a change word and 至 that follow a level (由5.3% + 下降 + 到 + 5.1%).
 */
const REACHED = ['至', '到'];

/** 由 before a figure: the level a change starts from (失业率由5.3%下降到5.1%). */
const FROM = ['由'];

function afterRateTo(units: readonly Unit[], u: number): boolean {
  const v = pastDate(units, u);
  if (!REACHED.includes(units[v - 1]?.text ?? '')) return false;
  const rate = units[v - 2]?.quantity;
  if (rate != null) return rate.kind === 'percent' || rate.kind === 'pp' || rate.unit === '倍';
  return hasRole(units[v - 2], WordRole.Up | WordRole.Down) && units[v - 3]?.quantity != null && FROM.includes(units[pastDate(units, v - 3) - 1]?.text ?? '');
}

/**
 * 由2020年的4.2万元提高到2024年的5.1万元: the index of the date (and 的) that dates the level at unit `u`,
 * so that 由 or 到 is read before it; `u` itself when none stands there.
 */
function pastDate(units: readonly Unit[], u: number): number {
  return hasRole(units[u - 1], WordRole.De) && units[u - 2]?.quantity?.kind === 'date' ? u - 2 : u;
}

/** The indicator of an item of a 分别 list, with the canonical name the list gives it (城镇居民人均可支配收入). */
function listedIndicator(context: IndicatorContext, listed: Listed, from: number): Indicator {
  const own = make(context, listed.run, from);
  if (listed.canonical === undefined) return own;
  const { canonical: _, ...plain } = own;
  return listed.canonical === null ? plain : { ...plain, canonical: listed.canonical };
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
 * phrase right before the link word; a share's (占全省的三分之二: the part before 占); or a rank's (排名第53位). A bare number is no figure, but a change after it (同比增长11.2%)
 * measures the same indicator.
 */
export function levelIndicator(context: IndicatorContext, u: number, from: number): Indicator | null {
  const rank = (context.units[u] as Unit).quantity?.kind === 'ordinal';
  // 煤炭产量占全省的三分之二，比上年提高1.2个百分点: a fraction is no figure, but a share of the part before 占.
  const share = rank ? -1 : shareBefore(context, u, from);
  if (share >= 0) {
    const part = phraseBefore(context.units, share, from);
    return part === null || comparedAt(context.units, part.start, from) ? null : make(context, part, from);
  }
  if (!rank && !hasRole(context.units[u - 1], WordRole.Link)) return null;
  const before = phraseBefore(context.units, u, from);
  return before === null || comparedAt(context.units, before.start, from) ? null : make(context, before, from);
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
  // 剔除…措施后升幅为1.1%: a rate named by its aspect (升幅, 增幅) is that of the indicator before, not of the verb's object.
  for (let k = j + 1; k < u; k++) if (hasRole(units[k], WordRole.Aspect)) return null;
  const object = phraseBefore(units, j, from);
  // 较上季加快…: what comes after a comparison is the benchmark, not the thing acted on; 经季节性调整后…: the
  // object of a preposition is no thing the verb acts on either.
  return object !== null && (comparedAt(units, object.start, from) || hasRole(units[object.start - 1], WordRole.Prep)) ? null : object;
}

/**
 * The 占 of a share before the figure in its clause (占全省的35%, 占比达到12%), or -1. A 占 inside a known
 * indicator (股东|应|占|溢利: the profit attributable to shareholders) is no share.
 */
function shareBefore(context: IndicatorContext, u: number, from: number): number {
  const units = context.units;
  for (let j = u - 1; j >= from && j >= u - WINDOW; j--) {
    const unit = units[j] as Unit;
    if (hasRole(unit, WordRole.Share) && !insideIndicator(context.text, unit.start, unit.end, context.lex)) return j;
  }
  return -1;
}

/** A word no table knows that opens with 较 or 比 (较前一, 比前年): the segmenter's cut of a comparison. */
function isComparison(unit: Unit): boolean {
  return unit.flags === 0 && unit.text.length <= 4 && (unit.text.startsWith('较') || unit.text.startsWith('比'));
}

