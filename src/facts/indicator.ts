import { WordRole } from '../lexicon/facts.js';
import { noteOpening, quoteOpening } from './enclosed.js';
import { partnerStart } from './partner.js';
import { perQualifierLink } from './per-qualifier.js';
import { isOriginPlace, isVisitVerb } from './origin-place.js';
import { isCopulaSubject, isInnerVerb, isVerbAmount, opensAmountPhrase } from './verb-in-phrase.js';
import { hasRole, isMark, isNominal, UnitKind, type Unit } from './units.js';

/** Words an indicator phrase may have at most. */
const MAX_WORDS = 8;

/** The roles a verb opening the phrase after a figure may have (扶持资金, 发放补贴). */
const LEADING_VERB = WordRole.Verb | WordRole.Boundary | WordRole.Pivot;

/** A run of units [start, end). */
export interface Run {
  readonly start: number;
  readonly end: number;
}

/** The words that may stand between an indicator and its figure: 达到, 同比, 比上年增长 ... */
export const BETWEEN = WordRole.Link | WordRole.Up | WordRole.Down | WordRole.CompareUp | WordRole.CompareDown | WordRole.Compare;

/** How far around a figure its clause is read, in units (keeps the stage linear on any input). */
const REACH = 32;

/** Index of the first unit of the figure's clause (at most REACH units back). */
export function clauseStart(units: readonly Unit[], u: number): number {
  const clause = (units[u] as Unit).clause;
  let k = u;
  while (k > 0 && u - k < REACH && (units[k - 1] as Unit).clause === clause) k--;
  return k;
}

/** Index one past the last unit of the figure's clause (at most REACH units on). */
export function clauseEnd(units: readonly Unit[], u: number): number {
  const clause = (units[u] as Unit).clause;
  let k = u;
  while (k < units.length && k - u < REACH && (units[k] as Unit).clause === clause) k++;
  return k;
}

/**
 * The words between the noun phrase before unit `u` and `u` (达到, 同比增长 ...), skipped backwards,
 * with a time written after the phrase (出口额|2024年|为…, 毛收入|上月|为…: the time is read by time.ts).
 */
export function skipBetween(units: readonly Unit[], u: number, from: number): number {
  let j = u - 1;
  while (j >= from && j >= u - MAX_WORDS && ((hasRole(units[j], BETWEEN) && !isNominal(units[j])) || isCutBase(units, j, u) || isInnerTime(units, j, u))) j--;
  return j;
}

/** Range marks, also link words: a date before them opens a span of time (自…九月到九十年六月), no phrase. */
const RANGE_LINKS: readonly string[] = ['到', '至'];

/** A date between a phrase and the link word or change before the figure (生产总值|2024年|达到). */
function isInnerTime(units: readonly Unit[], j: number, u: number): boolean {
  const unit = units[j] as Unit;
  if (unit.kind !== UnitKind.Quantity || unit.quantity?.kind !== 'date' || j + 1 >= u || j === 0) return false;
  const next = units[j + 1] as Unit;
  return hasRole(next, BETWEEN) && !RANGE_LINKS.includes(next.text) && isNominal(units[j - 1]);
}

/** 较|上|月, 比|上|季: one character the segmenter cut from the base of a comparison, between the comparison word and a link word. */
function isCutBase(units: readonly Unit[], j: number, u: number): boolean {
  const unit = units[j] as Unit;
  return unit.kind === UnitKind.Word && unit.text.length === 1 && unit.flags === 0 && j + 1 < u && hasRole(units[j + 1], WordRole.Link) && hasRole(units[j - 1], WordRole.Compare);
}

/**
 * The noun phrase that ends right before unit `u` (after the words allowed between): a run of words
 * no table makes a boundary, stopping at a verb, a particle, a mark, an entity or a quantity.
 */
export function phraseBefore(units: readonly Unit[], u: number, from: number): Run | null {
  // 平均成交价为每平方米9.2万元: the rate after the link word is the figure's, the phrase stands before the link word.
  const perLink = perQualifierLink(units, u, from);
  let last = skipBetween(units, perLink >= 0 ? perLink + 1 : u, from);
  // 中期股息每股0.62港元: a word that qualifies the figure itself (per share) is no part of the phrase.
  if (last === u - 1 && last > from && hasRole(units[last], WordRole.Attributive) && !isNominal(units[last])) last = skipBetween(units, last, from);
  // 零售业总销货价值的临时估计为307亿元: a 的 before the link words joins the phrase to them.
  if (last > from && last < u - 1 && hasRole(units[last], WordRole.De)) last = skipBetween(units, last, from);
  // A note in brackets between the phrase and its figure (固定资产投资（不含农户）同比下降) is skipped.
  const note = noteOpening(units, last, from);
  if (note >= 0) last = skipBetween(units, note, from);
  let j = last;
  while (j >= from && last - j < MAX_WORDS) {
    if (isNominal(units[j]) || isInnerBound(units, j, last, from) || isInnerAttributive(units, j, last) || isInnerVerb(units, j, last, from, u)) {
      j--;
      continue;
    }
    // 股东|应|占|基础盈利: what is attributable to a holder (应占) is measured with its holder, not a share.
    if (isAttributable(units, j, last, from)) {
      j -= ATTRIBUTABLE.length;
      continue;
    }
    // A quoted label inside the phrase (专精特新“小巨人”企业) is passed over whole.
    const quote = j < last ? quoteOpening(units, j, from) : -1;
    if (quote < 0) break;
    j = quote - 1;
  }
  // An amount alone after a verb (签约|额, 成交|额, 签约|总金额) takes the verb: it is the amount of what the verb does.
  // The nouns before that verb name whose amount it is (国际|业务|签约|额).
  if (j === last - 1 && j >= from && isVerbAmount(units, j, last)) for (j--; j >= from && last - j < MAX_WORDS && isNominal(units[j]); ) j--;
  if (j === last) return null;
  // 退税|商店数量|达到…: a verb before a phrase that names an amount qualifies it when it is no predicate.
  // The nouns before that verb name whose amount it is (建物|买卖|移转|栋数|为…).
  if (j >= from && opensAmountPhrase(units, j, last, u)) for (j--; j >= from && last - j < MAX_WORDS && isNominal(units[j]); ) j--;
  // 新|设立|公司|为…: the verb that opens the subject of a copula, and the nouns before it, belong to the phrase.
  else if (j >= from && isCopulaSubject(units, j, last, u)) for (j--; j >= from && last - j < MAX_WORDS && isNominal(units[j]); ) j--;
  // 对东盟进出口: the partner of a flow belongs to what is measured; so does where visitors come from (日本|旅客).
  const partner = partnerStart(units, j + 1, from);
  if (partner < 0 && j >= from && (isOriginPlace(units, j) || isVisitVerb(units, j))) j--;
  return { start: partner >= 0 ? partner : j + 1, end: last + 1 };
}

/** 应 + 占 between a holder and what is attributable to it (股东应占盈利, 拥有人应占溢利). */
const ATTRIBUTABLE: readonly string[] = ['应', '占'];

/** Does unit `j` end 应|占 inside the phrase, after a noun and before the rest of the phrase? */
function isAttributable(units: readonly Unit[], j: number, last: number, from: number): boolean {
  const k = j - ATTRIBUTABLE.length;
  if (j >= last || k < from || !isNominal(units[k])) return false;
  for (let m = 0; m < ATTRIBUTABLE.length; m++) if (units[k + 1 + m]?.text !== ATTRIBUTABLE[m] || (units[k + 1 + m] as Unit).kind !== UnitKind.Word) return false;
  return true;
}

/** The words that join two kinds of thing measured together (孵化器和众创空间46家, 货物及邮件增加10.2%). */
const NOUN_JOINERS: readonly string[] = ['和', '及'];

/**
 * Two kinds of thing joined by 和 or 及 before their figure (国家级孵化器和众创空间46家, 钟表及珠宝销售额下跌11.5%,
 * 钛及钛合金产业产值586亿元): the phrase before the joiner belongs to what is measured.
 */
export function joinedBefore(units: readonly Unit[], run: Run | null, from: number): Run | null {
  if (run === null || run.start - 2 < from || !NOUN_JOINERS.includes(units[run.start - 1]?.text ?? '')) return run;
  const left = phraseBefore(units, run.start - 1, from);
  return left !== null && left.end === run.start - 1 ? { start: left.start, end: run.end } : run;
}

/**
 * 住户|每月|收入中位数, 私人住宅|平均|呎价, 实质|GDP: a word of the tables that qualifies a noun, before a noun
 * of the phrase or another such word (平均|每户|消费支出).
 */
function isInnerAttributive(units: readonly Unit[], j: number, last: number): boolean {
  return j < last && hasRole(units[j], WordRole.Attributive) && (isNominal(units[j + 1]) || hasRole(units[j + 1], WordRole.Attributive));
}

/** 限额|以上|单位, 规模|以上|工业, 亿元|以上|项目: a bound between two nouns qualifies the phrase it stands in. */
function isInnerBound(units: readonly Unit[], j: number, last: number, from: number): boolean {
  const unit = units[j] as Unit;
  return j < last && j > from && unit.kind === UnitKind.Word && (unit.text === '以上' || unit.text === '以下') && isNominal(units[j - 1]);
}

/**
 * The noun phrase right after unit `u` (836家企业, 3000批次的评价): skips one 的; its first word may be a
 * verb when a noun follows it (扶持资金, 发放补贴). A 、-list closed by 等 gives the head after 等
 * (申报101项甲计划、乙基金等国家级项目 -> 国家级项目).
 */
export function phraseAfter(units: readonly Unit[], u: number, to: number): Run | null {
  let j = u + 1;
  if (hasRole(units[j], WordRole.De)) j++;
  const first = j;
  if (j < to && hasRole(units[j], WordRole.Verb) && !hasRole(units[j], ~LEADING_VERB) && isNominal(units[j + 1])) j++;
  while (j < to && j - first < MAX_WORDS && isNominal(units[j])) j++;
  if (j === first) return null;
  if (isMark(units[j], '、')) {
    const head = headAfterListEnd(units, j, to);
    if (head !== null) return head;
  }
  return { start: first, end: j };
}

/** In `A、B等C`, the phrase C after 等. */
function headAfterListEnd(units: readonly Unit[], from: number, to: number): Run | null {
  for (let j = from; j < to && j < from + 24; j++) {
    const unit = units[j] as Unit;
    if (hasRole(unit, WordRole.ListEnd)) {
      let k = j + 1;
      while (k < to && k - j <= MAX_WORDS && isNominal(units[k])) k++;
      return k > j + 1 ? { start: j + 1, end: k } : null;
    }
    if (unit.kind === UnitKind.Punct && unit.text !== '、' && unit.text !== '“' && unit.text !== '”') return null;
    if (unit.kind === UnitKind.Quantity || hasRole(unit, WordRole.De | WordRole.Link)) return null;
  }
  return null;
}

/** Does a comparison word (比, 较, 相较) stand right before the run? Then it is a benchmark. */
export function isBenchmark(units: readonly Unit[], run: Run): boolean {
  return hasRole(units[run.start - 1], WordRole.Compare);
}
