import { WordRole, type FactLexicon } from '../lexicon/facts.js';
import { hasRole, isFigure, isMark, isNominal, isRespectively, UnitKind, type Unit } from './units.js';
import { BETWEEN, type Run } from './indicator.js';
import { isListedNumber, isListSeparator } from './respective.js';
import { isQualifier, sharedHead, type Listed } from './shared-head.js';

/** How far the list may reach, in units, and how many words one of its phrases may have. */
const WINDOW = 24;
const MAX_WORDS = 8;

/**
 * 规上工业增加值、固定资产投资、社会消费品零售总额分别增长a、b和c: a figure of the list right after
 * 分别 (only link and change words between) measures the phrase of a list of as many noun phrases
 * before 分别, in order (b of 固定资产投资); items that share the head written once after the last
 * one (电子信息、装备制造、食品饮料产业增加值) reach to its end. With `share`, 分别 stands right before
 * 占 (甲、乙分别占全省的a、b). Null when there is no such list.
 */
export function respectivePhrase(text: string, units: readonly Unit[], u: number, from: number, lex: FactLexicon, share = false): Listed | null {
  const clause = (units[u] as Unit).clause;
  let k = u - 1;
  let index = 0;
  for (; k >= from && k > u - WINDOW && !isRespectively(units[k] as Unit); k--) if (isSlot(units, k)) index++;
  if (k < from || k <= u - WINDOW) return null;
  // Nothing but link and change words between 分别 and the first figure of the list.
  let first = k + 1;
  while (first < u && !isSlot(units, first)) {
    // 分别占地区生产总值的a、b和c: for a share, the whole (占…的) stands between too.
    if (!share && !hasRole(units[first], BETWEEN)) return null;
    first++;
  }
  let count = 0;
  for (let j = first; j < units.length && j < first + WINDOW && (units[j] as Unit).clause === clause; j++) if (isSlot(units, j)) count++;
  const phrases = joinedLastItem(units, listBefore(text, units, k, from, lex), count);
  if (phrases.length !== count || count < 2) return null;
  return sharedHead(text, units, phrases, index, lex) ?? { run: phrases[index] as Run };
}

/**
 * 黑色金属冶炼和压延加工业、石油和天然气开采业分别增长a和b: one item more than figures, the last two joined by 和
 * after a 、: the joiner stands inside the last item (a list of three would join its last two the same way, so this
 * is read only when the figures tell).
 */
function joinedLastItem(units: readonly Unit[], phrases: Run[], count: number): Run[] {
  const n = phrases.length;
  if (n !== count + 1 || count < 2) return phrases;
  const last = phrases[n - 1] as Run;
  const before = phrases[n - 2] as Run;
  if (before.end !== last.start - 1 || isMark(units[before.end], '、') || !isMark(units[(phrases[n - 3] as Run).end], '、')) return phrases;
  return [...phrases.slice(0, n - 2), { start: before.start, end: last.end }];
}

/** A figure, or a bare number listed before one (提高1.1和2.4个百分点), holds a place of the list after 分别. */
function isSlot(units: readonly Unit[], k: number): boolean {
  return isFigure((units[k] as Unit).quantity) || isListedNumber(units, k);
}

/**
 * The noun phrases joined by 、 and 和 that end right before unit `k` (after its link words), in order;
 * a known indicator widens a phrase over words the tables make boundaries (一般公共|预算|收入). An item
 * may hold a verb after a noun (装备制造) and ordinals (第一、二、三产业); the last one only when the list
 * goes on before it.
 */
function listBefore(text: string, units: readonly Unit[], k: number, from: number, lex: FactLexicon): Run[] {
  const phrases: Run[] = [];
  let j = k - 1;
  while (j >= from && hasRole(units[j], BETWEEN) && !isNominal(units[j])) j--;
  let marked = false;
  let joined = false;
  while (j >= from && j > k - WINDOW) {
    const end = j + 1;
    const inner = phrases.length > 0;
    let nouns = j;
    while (nouns >= from && end - nouns <= MAX_WORDS && isNominal(units[nouns])) nouns--;
    // The last item holds a verb (装备制造产业营业收入) only when the list goes on before it.
    const wide = itemStart(units, j, end, from);
    j = inner || isListSeparator(units, wide) ? wide : nouns;
    if (j + 1 === end) return [];
    const last = (units[end - 1] as Unit).end;
    for (let t = j; t >= from && t > j - 4 && (units[t] as Unit).kind === UnitKind.Word; t--) {
      if (last - (units[t] as Unit).start > lex.longestIndicator) break;
      if (lex.indicators.has(text.slice((units[t] as Unit).start, last))) j = t - 1;
    }
    // 新增|授信、贷款余额: a verb glued before the first item qualifies it alone.
    if (inner && !isListSeparator(units, j) && j >= from && isQualifier(units[j] as Unit)) j--;
    // 电气机械和器材制造业、汽车制造业: a joiner joins only the last two items, so one before a 、 of the
    // list stands inside an item; the item before it is the start of the one after it.
    if (joined) phrases[0] = { start: j + 1, end: (phrases[0] as Run).end };
    else phrases.unshift({ start: j + 1, end });
    if (!isListSeparator(units, j)) break;
    joined = marked && !isMark(units[j], '、');
    if (isMark(units[j], '、')) marked = true;
    j--;
  }
  return phrases;
}

/** Where an item that ends before unit `end` starts: one unit before its first noun or ordinal (推动|电子信息、…). */
function itemStart(units: readonly Unit[], j: number, end: number, from: number): number {
  while (j >= from && end - j <= MAX_WORDS && (isNominal(units[j]) || isItemPart(units[j] as Unit))) j--;
  while (j + 1 < end && (units[j + 1] as Unit).kind === UnitKind.Word && !isNominal(units[j + 1])) j++;
  return j;
}

/**
 * A unit an item before the last may hold besides nouns: a verb of two characters or more with no
 * other role (装备制造, 石油加工; not 中 or 均), or an ordinal or bare number (第一、二).
 */
function isItemPart(unit: Unit): boolean {
  if (unit.kind === UnitKind.Quantity) return unit.quantity?.kind === 'ordinal' || unit.quantity?.kind === 'number';
  return unit.kind === UnitKind.Word && unit.text.length >= 2 && (unit.flags & ~(WordRole.Verb | WordRole.Boundary)) === 0;
}
