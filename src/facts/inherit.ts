// Indicators a figure takes from the figures stated before it: of its paragraph, its sentence, or a 分别 list.
import type { Indicator, Quantity } from '../types.js';
import { clauseStart, phraseBefore } from './indicator.js';
import { comparedAt, HISTORY, make, WINDOW, type History, type IndicatorContext } from './indicator-context.js';
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
