// What choosing an indicator reads: the units, the word tables, and the figures stated so far.
import { WordRole, type FactLexicon } from '../lexicon/facts.js';
import type { Entity, Fact, Indicator, Quantity } from '../types.js';
import { withoutReferringNoun } from './company-anaphora.js';
import type { Run } from './indicator.js';
import { toIndicator } from './indicator-surface.js';
import { hasRole, isNominal, UnitKind, type Unit } from './units.js';

export interface IndicatorContext {
  readonly text: string;
  readonly units: readonly Unit[];
  readonly lex: FactLexicon;
  /** The facts of the text so far, and the levels (bare numbers, ranks) with an indicator, with their sentence and paragraph. */
  readonly history: History[];
  /** The sentences that hold 分别 (respectiveSentences): only a figure of one may take its indicator from a 分别 list. */
  readonly respectively: Uint8Array | null;
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
  /** A figure's owner (a 分别 list's rates take it: 甲X，乙Y，分别增长a和b); a level has none. */
  readonly subject?: Entity;
}

/** How far the stage looks for a word before a figure, and how many earlier figures it asks, at most. */
export const WINDOW = 24;
export const HISTORY = 64;

/** A phrase of units as an indicator, its canonical name looked up from the clause's start on. */
export function make(context: IndicatorContext, written: Run, from: number): Indicator {
  const units = context.units;
  const run = withoutReferringNoun(units, written);
  // A known indicator may start earlier, but not before the clause or an entity, quantity or mark in it,
  // nor into a word that refers back (该项目 + 总投资 is no 项目总投资).
  let floor = run.start;
  while (floor > from && (units[floor - 1] as Unit).kind === UnitKind.Word && !refersBack(units[floor - 1] as Unit)) floor--;
  const start = (units[run.start] as Unit).start;
  const end = (units[run.end - 1] as Unit).end;
  const indicator = toIndicator(context.text, start, end, (units[floor] as Unit).start, context.lex);
  if (indicator.start >= start) return indicator;
  // 农牧民|人均|可|支配|收入: the nouns right before a known indicator that widened the phrase qualify it too,
  // and so do the words of the tables that qualify a noun (平均|每户|可|支配|所得).
  let k = run.start - 1;
  while (k >= floor && (units[k] as Unit).end > indicator.start) k--;
  let wide = indicator.start;
  for (; k >= floor && (units[k] as Unit).end === wide && qualifies(units[k] as Unit); k--) wide = (units[k] as Unit).start;
  return wide < indicator.start ? toIndicator(context.text, wide, end, wide, context.lex) : indicator;
}

/** A noun of two units or more, or a word that qualifies a noun (每户, 平均), before a widened known indicator. */
function qualifies(unit: Unit): boolean {
  return (isNominal(unit) && unit.text.length >= 2) || (unit.flags & WordRole.Attributive) !== 0;
}

/** A word that only refers back (该, 该项目), never a noun of a phrase. */
function refersBack(unit: Unit): boolean {
  return (unit.flags & WordRole.Anaphora) !== 0 && (unit.flags & WordRole.Nominal) === 0;
}

/** Does a comparison (比, 较, 高于) open the phrase, maybe after a generic holder (比全省平均水平)? */
export function comparedAt(units: readonly Unit[], start: number, from: number): boolean {
  let j = start - 1;
  while (j >= from && hasRole(units[j], WordRole.Generic)) j--;
  return j >= from && hasRole(units[j], WordRole.Compare);
}
