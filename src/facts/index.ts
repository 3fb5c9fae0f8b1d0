import { WordRole, type FactLexicon } from '../lexicon/facts.js';
import type { NormalizedDoc } from '../normalize/index.js';
import type { RawToken } from '../segment/index.js';
import type { DateQuantity, Entity, Fact, Figure, Quantity } from '../types.js';
import { changeAfter, changeOf } from './change.js';
import { indicatorOf, levelIndicator, type History, type IndicatorContext } from './choose-indicator.js';
import { respectiveLevelFact } from './inherit.js';
import { ownerOf, type OwnerContext } from './owner.js';
import { respectiveDate } from './respective-dates.js';
import { inRespectiveSentence, LIST_JOINERS, respectiveSentences } from './respective.js';
import { isStreak } from './streak.js';
import { isThreshold } from './threshold.js';
import { markDates, timeOf } from './time.js';
import { trackTopics } from './topics.js';
import type { PlaceTest } from './reported-place.js';
import { clauseStart } from './indicator.js';
import { toIndicator } from './indicator-surface.js';
import { buildUnits, hasRole, isFigure, isMark, UnitKind, type Unit } from './units.js';

/**
 * Stage 5 (before assembly). Links every figure to its indicator, subject, time and change. Reads
 * the normalized text, its tokens, and the entities and quantities of the earlier stages (normalized
 * offsets); the facts hold those very objects, and indicators are new spans that assemble/ maps.
 * `isPlace` is the entity stage's place test (a reporting agency named after its place speaks for it).
 */
export function linkFacts(
  doc: NormalizedDoc,
  tokens: readonly RawToken[],
  quantities: readonly Quantity[],
  entities: readonly Entity[],
  lex: FactLexicon,
  isPlace: PlaceTest,
): Fact[] {
  let any = false;
  for (let k = 0; k < quantities.length && !any; k++) any = isFigure(quantities[k]);
  if (!any) return [];
  const text = doc.text;
  const sortedQuantities = bySpan(quantities);
  // A figure's time is a date that ends before it: the dates after the last figure date nothing.
  let lastStart = 0;
  for (let k = sortedQuantities.length - 1; k >= 0; k--) {
    if (!isFigure(sortedQuantities[k])) continue;
    lastStart = (sortedQuantities[k] as Quantity).start;
    break;
  }
  const sortedEntities = bySpan(entities);
  const units = buildUnits(text, tokens, sortedEntities, sortedQuantities, lex);
  const topics = trackTopics(units, isPlace, lastFigureUnit(units));
  const dates = markDates(
    text,
    units,
    sortedQuantities.filter((q): q is DateQuantity => q.kind === 'date' && q.end <= lastStart),
  );
  const respectively = respectiveSentences(text, units);
  const indicatorContext: IndicatorContext = { text, units, lex, history: [], respectively };
  const ownerContext: OwnerContext = { units, topics, possessors: [], pairs: undefined, respectively };
  // Only the figures of a sentence with 分别 pair with dates.
  const datePairs = respectively === null ? null : new Map<number, Map<Quantity, DateQuantity>>();
  const periods = periodUnits(units);
  // The last relative time in words that ends before the figure's unit: figures come in text order, so it only moves on.
  let p = 0;
  const facts: Fact[] = [];
  let e = 0;
  // The unit that ends first after the quantity's start: the quantities come in text order, so it only moves on.
  let c = 0;
  for (let k = 0; k < sortedQuantities.length; k++) {
    const figure = sortedQuantities[k] as Quantity;
    while (c < units.length && (units[c] as Unit).end <= figure.start) c++;
    const u = units[c]?.quantity === figure ? c : -1;
    if (!isFigure(figure)) {
      if (figure.kind === 'number' || figure.kind === 'ordinal') noteLevel(figure, u, indicatorContext);
      continue;
    }
    while (e < sortedEntities.length && (sortedEntities[e] as Entity).end <= figure.start) e++;
    const host = sortedEntities[e];
    if (host !== undefined && host.start <= figure.start && host.end >= figure.end) {
      facts.push(factInName(text, figure, host, lex));
      continue;
    }
    if (u >= 0) while (p < periods.length && (periods[p] as Unit).end <= (units[u] as Unit).start) p++;
    const ownPeriod = u >= 0 && p > 0 && (periods[p - 1] as Unit).sentence === (units[u] as Unit).sentence;
    const fact = factInText(figure, u, indicatorContext, ownerContext, dates, datePairs, ownPeriod);
    facts.push(fact);
  }
  return facts;
}

/** A figure inside a name (125MN…项目, 年产2万吨…材料): the name owns it, the rest of the name measures it. */
function factInName(text: string, figure: Figure, host: Entity, lex: FactLexicon): Fact {
  const fact: Fact = { value: figure };
  let [start, end] = figure.end < host.end ? [figure.end, host.end] : [host.start, figure.start];
  while (start < end && NAME_JOINERS.includes(text[start] as string)) start++;
  if (end > start) fact.indicator = toIndicator(text, start, end, start, lex);
  if (host.type !== 'person' && host.type !== 'document') fact.subject = host;
  return fact;
}

/** Characters between a figure and the rest of the name it stands in (3.5万吨/年…, 5万吨的…). */
const NAME_JOINERS = '/年的';

/** The fact of a figure in the running text, at unit `u` (-1: the figure is no unit of its own). */
function factInText(
  figure: Figure, u: number, ic: IndicatorContext, oc: OwnerContext, dates: ReturnType<typeof markDates>, datePairs: Map<number, Map<Quantity, DateQuantity>> | null,
  ownPeriod: boolean,
): Fact {
  const units = ic.units;
  const fact: Fact = { value: figure };
  if (u < 0) return fact;
  const unit = units[u] as Unit;
  const from = clauseStart(units, u);
  const indicator = indicatorOf(ic, u, from);
  if (indicator !== null) fact.indicator = indicator;
  // 甲X，乙Y，分别增长a和b: a is 甲's as X is (read before this fact joins the history).
  const respective = inRespectiveSentence(ic.respectively, units, u);
  const level = respective ? respectiveLevelFact(ic, u) : null;
  ic.history.push({ fact, sentence: unit.sentence, paragraph: unit.paragraph });
  const subject = ownerOf(oc, u, from, level === null ? undefined : (level.subject ?? null));
  if (subject !== null) fact.subject = subject;
  const time = (respective && datePairs !== null ? respectiveDate(units, u, datePairs) : null) ?? timeOf(dates, figure, unit.sentence, unit.paragraph, ownPeriod);
  if (time !== null) fact.time = time;
  const change = isStreak(units, u) || isThreshold(units, u) ? null : (changeOf(units, u, from) ?? listChange(ic, u) ?? changeAfter(units, u));
  if (change !== null) fact.change = change;
  return fact;
}

/** The index of the last unit that is a figure, -1 for none. */
function lastFigureUnit(units: readonly Unit[]): number {
  let k = units.length - 1;
  while (k >= 0 && !isFigure((units[k] as Unit).quantity)) k--;
  return k;
}

/** The units that are relative times in words (今年, 去年, 本月), in text order. */
function periodUnits(units: readonly Unit[]): Unit[] {
  const periods: Unit[] = [];
  for (let k = 0; k < units.length; k++) if (hasRole(units[k], WordRole.Period)) periods.push(units[k] as Unit);
  return periods;
}

/** A bare number stated as a level, or a rank (at unit `u`, -1 for none), joins the history the figures after it inherit their indicator from. */
function noteLevel(figure: Quantity, u: number, ic: IndicatorContext): void {
  if (u < 0) return;
  const indicator = levelIndicator(ic, u, clauseStart(ic.units, u));
  const { sentence, paragraph } = ic.units[u] as Unit;
  if (indicator !== null) ic.history.push({ fact: { value: figure, indicator }, sentence, paragraph });
}

/** 或 between two figures of one change (增加1.5亿美元或0.3%): the amount and its rate. */
const ALTERNATIVE = '或';

/**
 * In a list of figures (增长8%、10%, 下跌2.5%及3.1%), the later ones take the change of the first; so does a
 * rate written after the amount of the same change (减少12亿美元或12%).
 */
function listChange(ic: IndicatorContext, u: number): 'up' | 'down' | null {
  const units = ic.units;
  const joiner = units[u - 1]?.text ?? '';
  if (!isMark(units[u - 1], '、') && !LIST_JOINERS.has(joiner) && joiner !== ALTERNATIVE) return null;
  const previous = units[u - 2];
  if (previous?.kind !== UnitKind.Quantity) return null;
  for (let k = ic.history.length - 1; k >= 0 && k >= ic.history.length - 8; k--) {
    const { fact } = ic.history[k] as History;
    if (fact.value === previous.quantity) return fact.change ?? null;
  }
  return null;
}

function bySpan<T extends { start: number; end: number }>(spans: readonly T[]): T[] {
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1] as T;
    const b = spans[i] as T;
    if (a.start > b.start || (a.start === b.start && a.end < b.end)) return [...spans].sort((x, y) => x.start - y.start || y.end - x.end);
  }
  return spans as T[];
}
