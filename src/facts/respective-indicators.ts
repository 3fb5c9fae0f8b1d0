import type { FactLexicon } from '../lexicon/facts.js';
import { hasRole, isFigure, isNominal, isRespectively, UnitKind, type Unit } from './units.js';
import { BETWEEN, type Run } from './indicator.js';
import { isListSeparator } from './respective.js';


/** How far the list may reach, in units, and how many words one of its phrases may have. */
const WINDOW = 24;
const MAX_WORDS = 8;

/**
 * 规上工业增加值、固定资产投资、社会消费品零售总额分别增长a、b和c: a figure of the list right after
 * 分别 (only link and change words between) measures the phrase of a list of as many noun phrases
 * before 分别, in order (b of 固定资产投资). Null when there is no such list.
 */
export function respectivePhrase(text: string, units: readonly Unit[], u: number, from: number, lex: FactLexicon): Run | null {
  const clause = (units[u] as Unit).clause;
  let k = u - 1;
  let index = 0;
  for (; k >= from && k > u - WINDOW && !isRespectively(units[k] as Unit); k--) if (isFigure((units[k] as Unit).quantity)) index++;
  if (k < from || k <= u - WINDOW) return null;
  // Nothing but link and change words between 分别 and the first figure of the list.
  let first = k + 1;
  while (first < u && !isFigure((units[first] as Unit).quantity)) {
    if (!hasRole(units[first], BETWEEN)) return null;
    first++;
  }
  let count = 0;
  for (let j = first; j < units.length && j < first + WINDOW && (units[j] as Unit).clause === clause; j++) if (isFigure((units[j] as Unit).quantity)) count++;
  const phrases = listBefore(text, units, k, from, lex);
  return phrases.length === count && count >= 2 ? (phrases[index] as Run) : null;
}

/**
 * The noun phrases joined by 、 and 和 that end right before unit `k` (after its link words), in order;
 * a known indicator widens a phrase over words the tables make boundaries (一般公共|预算|收入).
 */
function listBefore(text: string, units: readonly Unit[], k: number, from: number, lex: FactLexicon): Run[] {
  const phrases: Run[] = [];
  let j = k - 1;
  while (j >= from && hasRole(units[j], BETWEEN) && !isNominal(units[j])) j--;
  while (j >= from && j > k - WINDOW) {
    const end = j + 1;
    while (j >= from && end - j <= MAX_WORDS && isNominal(units[j])) j--;
    if (j + 1 === end) return [];
    const last = (units[end - 1] as Unit).end;
    for (let t = j; t >= from && t > j - 4 && (units[t] as Unit).kind === UnitKind.Word; t--) {
      if (last - (units[t] as Unit).start > lex.longestIndicator) break;
      if (lex.indicators.has(text.slice((units[t] as Unit).start, last))) j = t - 1;
    }
    phrases.unshift({ start: j + 1, end });
    if (isListSeparator(units, j)) j--;
    else break;
  }
  return phrases;
}
