import { WordRole } from '../lexicon/facts.js';
import { hasRole, isNominal, UnitKind, type Unit } from './units.js';

export type Change = 'up' | 'down';

/** After a change word, the level reached follows (提高到, 降至). */
const LEVEL_MARKS: ReadonlySet<string> = new Set(['到', '至']);

/** How far before a figure a change word is looked for, in units. */
const WINDOW = 24;

/**
 * The change a figure states: the nearest change word before it in its clause, after any figure
 * before it (同比增长6.5%, 下降2.1个百分点, 高于全国1.5个百分点). 高 / 低 / 多 / 少 count only after a
 * comparison opened in the clause (比全国高1.5个百分点).
 */
export function changeOf(units: readonly Unit[], u: number, from: number): Change | null {
  const floor = Math.max(from, u - WINDOW);
  for (let j = u - 1; j >= floor; j--) {
    const unit = units[j] as Unit;
    // A bare number listed before the figure shares its unit (高于全省1.1和2.4个百分点): it stops nothing.
    if (unit.kind === UnitKind.Quantity && unit.quantity?.kind !== 'date' && !isListedNumber(units, j)) return null;
    if (unit.kind !== UnitKind.Word) continue;
    // 对工业增长的贡献率28.5%: a change word before 的 and a noun qualifies the noun; the figure measures it.
    if (unit.flags & WordRole.De && isNominal(units[j + 1])) return null;
    // 提高到75%, 下降至3%: the level reached, no change.
    if (unit.flags & (WordRole.Up | WordRole.Down) && LEVEL_MARKS.has(units[j + 1]?.text ?? '')) return null;
    // 负|成长, 负|增长 (the segmenter cut 负增长 apart): a negative growth is a decrease.
    if (unit.flags & WordRole.Up) return isNegated(units, j) ? 'down' : 'up';
    if (unit.flags & WordRole.Down) return 'down';
    if (unit.flags & (WordRole.CompareUp | WordRole.CompareDown) && comparedBefore(units, j, floor)) {
      return unit.flags & WordRole.CompareUp ? 'up' : 'down';
    }
  }
  return null;
}

/** 负 right before a growth word (负|成长): the growth is negative. */
const NEGATIVE = '负';

function isNegated(units: readonly Unit[], j: number): boolean {
  const before = units[j - 1];
  return before !== undefined && before.text === NEGATIVE && before.end === (units[j] as Unit).start;
}

function isListedNumber(units: readonly Unit[], j: number): boolean {
  const next = units[j + 1];
  return (units[j] as Unit).quantity?.kind === 'number' && next !== undefined && (next.text === '和' || next.text === '、' || next.text === '及');
}

function comparedBefore(units: readonly Unit[], j: number, from: number): boolean {
  for (let k = j - 1; k >= from; k--) if (hasRole(units[k], WordRole.Compare)) return true;
  return false;
}

/**
 * A rate that a change word follows (保持10%以上增长, 实现6.5%的增长, 有3%的下降): the change written
 * right after it (after one 的), at the end of its clause.
 */
export function changeAfter(units: readonly Unit[], u: number): Change | null {
  const kind = (units[u] as Unit).quantity?.kind;
  if (kind !== 'percent' && kind !== 'pp') return null;
  let j = u + 1;
  if (hasRole(units[j], WordRole.De)) j++;
  const word = units[j];
  if (word === undefined || word.kind !== UnitKind.Word || word.clause !== (units[u] as Unit).clause) return null;
  const next = units[j + 1];
  if (next !== undefined && next.clause === word.clause && next.kind !== UnitKind.Punct) return null;
  if (word.flags & WordRole.Up) return 'up';
  if (word.flags & WordRole.Down) return 'down';
  return null;
}
