import type { Draft } from './draft.js';
import { LIST_MARK } from './numeral-chars.js';


/**
 * 分别下降0.5、0.8个百分点: a bare number followed by 、 and a number with a unit takes that unit
 * (not its magnitude: 3、5万元 stays ambiguous, so only units written without one are shared).
 */
export function shareListUnits(text: string, drafts: Draft[]): void {
  for (let k = drafts.length - 2; k >= 0; k--) {
    const a = drafts[k] as Draft;
    const b = drafts[k + 1] as Draft;
    if (a.kind !== 'number' || b.kind === 'number' || b.kind === 'date' || b.kind === 'ordinal') continue;
    if (b.start !== a.end + 1 || text.charCodeAt(a.end) !== LIST_MARK) continue;
    if (b.magnitude !== 0 || a.numeral.chinese !== b.numeral.chinese || b.upper !== undefined) continue;
    a.kind = b.kind;
    a.unit = b.unit;
    if (b.per !== undefined) a.per = b.per;
  }
}
