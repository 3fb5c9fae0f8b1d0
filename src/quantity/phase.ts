import { NumeralRole, type QuantityLexicon } from '../lexicon/quantities.js';
import type { Draft } from './draft.js';

const TWO = 0x4e24; // 两: 两期 counts two phases

/**
 * 二期工程, 三期项目: a one-character Chinese numeral before a phase classifier (dict/quantity/
 * classifiers.tsv, group `phase`) numbers the phase as 第 would, so the count becomes an ordinal.
 * 两期, 3期 and 三四期 stay counts.
 */
export function numberPhases(text: string, drafts: Draft[], lex: QuantityLexicon): void {
  if (lex.phases.size === 0) return;
  for (const d of drafts) {
    if (d.kind !== 'count' || d.unit === null || !lex.phases.has(d.unit)) continue;
    const num = d.numeral;
    if (!num.chinese || num.length !== 1 || num.upper !== null || d.upper !== undefined || d.approx !== undefined) continue;
    const c = text.charCodeAt(num.start);
    if (d.magnitude !== 0 || c === TWO || lex.role[c] !== NumeralRole.Digit || d.start !== num.start) continue;
    d.kind = 'ordinal';
  }
}
