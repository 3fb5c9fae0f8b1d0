// Indicators a figure takes from the figures stated before it: of its paragraph, its sentence, or a 分别 list.
import type { Indicator, Quantity } from '../types.js';
import { clauseStart, phraseBefore } from './indicator.js';
import { comparedAt, HISTORY, make, WINDOW, type History, type IndicatorContext, type Stated } from './indicator-context.js';
import { inRespectiveSentence } from './respective.js';
import { isFigure, isRespectively, type Unit } from './units.js';

/** The indicator of the latest figure of the same kind and unit in the sentence, unless it is that aspect too (金额…，金额…). */
export function aspectOf(context: IndicatorContext, figure: Quantity, u: number, aspect: string): Indicator | null {
  const sentence = (context.units[u] as Unit).sentence;
  for (let k = context.history.length - 1; k >= 0 && k >= context.history.length - WINDOW; k--) {
    const { fact, sentence: s } = context.history[k] as History;
    if (s !== sentence) return null;
    if (fact.indicator === undefined || fact.value.kind !== figure.kind || fact.value.unit !== figure.unit) continue;
    return fact.indicator.text === aspect ? null : fact.indicator;
  }
  return null;
}

/** The indicator of the latest figure of the paragraph with a unit this figure may share, or null. */
export function inherited(context: IndicatorContext, figure: Quantity, u: number): Indicator | null {
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
  if (!inRespectiveSentence(context.respectively, context.units, u)) return null;
  const list = listAfterRespectively(context.units, u);
  if (list === null) return null;
  const units = context.units;
  // 协议投资额分别为a和b: a phrase written right before 分别 is what every figure of the list measures.
  const own = phraseBefore(units, list.at, clauseStart(units, list.at));
  if (own !== null) return comparedAt(units, own.start, clauseStart(units, list.at)) ? null : make(context, own, clauseStart(units, list.at));
  return pairedLevel(context, u, list)?.indicator ?? null;
}

/**
 * The fact of the figure before 分别 that the figure at unit `u` pairs with (甲X，乙Y，分别增长a和b: X for a),
 * or null; read before the figure's own fact joins the history. Its owner is the figure's owner too.
 */
export function respectiveLevelFact(context: IndicatorContext, u: number): Stated | null {
  if (!inRespectiveSentence(context.respectively, context.units, u)) return null;
  const list = listAfterRespectively(context.units, u);
  if (list === null || phraseBefore(context.units, list.at, clauseStart(context.units, list.at)) !== null) return null;
  return pairedLevel(context, u, list);
}

/** Where the 分别 of the clause of unit `u` stands, and how many figures of its list come before `u`; null without one. */
function listAfterRespectively(units: readonly Unit[], u: number): { at: number; before: number } | null {
  const unit = units[u] as Unit;
  // A 分别 list is short: look no further than WINDOW units either way (linear time on any text).
  let k = u - 1;
  let before = 0;
  for (; k >= 0 && k >= u - WINDOW && (units[k] as Unit).clause === unit.clause && !isRespectively(units[k] as Unit); k--) {
    if (isFigure((units[k] as Unit).quantity)) before++;
  }
  if (k < 0 || k < u - WINDOW || (units[k] as Unit).clause !== unit.clause) return null;
  return { at: k, before };
}

/** The fact of the history that the figure at `u` pairs with, when as many figures with indicators as the list's stand right before 分别. */
function pairedLevel(context: IndicatorContext, u: number, list: { at: number; before: number }): Stated | null {
  const units = context.units;
  const unit = units[u] as Unit;
  let m = list.before + 1;
  for (let j = u + 1; j < units.length && (units[j] as Unit).clause === unit.clause; j++) {
    if (j > u + WINDOW) return null;
    if (isFigure((units[j] as Unit).quantity)) m++;
  }
  const history = context.history;
  const levels = history.length - list.before - m;
  if (m < 2 || levels < 0) return null;
  for (let t = levels; t < levels + m; t++) {
    const { fact, sentence } = history[t] as History;
    if (fact.indicator === undefined || sentence !== unit.sentence || fact.value.start >= (units[list.at] as Unit).start) return null;
  }
  return (history[history.length - m] as History).fact;
}
