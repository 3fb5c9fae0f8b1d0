import { WordRole } from '../lexicon/facts.js';
import { hasRole, UnitKind, type Unit } from './units.js';

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
    if (unit.kind === UnitKind.Quantity && unit.quantity?.kind !== 'date') return null;
    if (unit.kind !== UnitKind.Word) continue;
    // 提高到75%, 下降至3%: the level reached, no change.
    if (unit.flags & (WordRole.Up | WordRole.Down) && LEVEL_MARKS.has(units[j + 1]?.text ?? '')) return null;
    if (unit.flags & WordRole.Up) return 'up';
    if (unit.flags & WordRole.Down) return 'down';
    if (unit.flags & (WordRole.CompareUp | WordRole.CompareDown) && comparedBefore(units, j, floor)) {
      return unit.flags & WordRole.CompareUp ? 'up' : 'down';
    }
  }
  return null;
}

function comparedBefore(units: readonly Unit[], j: number, from: number): boolean {
  for (let k = j - 1; k >= from; k--) if (hasRole(units[k], WordRole.Compare)) return true;
  return false;
}
