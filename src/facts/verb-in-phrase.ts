// Verbs that stay inside an indicator phrase: before a word that names an amount (离岛免税销售额, 签约额).
import { WordRole } from '../lexicon/facts.js';
import { hasRole, isNominal, UnitKind, type Unit } from './units.js';

/**
 * 离岛|免税|销售额, 青稞|种植|面积: a verb between two nouns, before the noun that heads the phrase and
 * names an amount, qualifies that noun and stays in the phrase (企业|获得|补贴 does not: 补贴 names no amount).
 */
export function isInnerVerb(units: readonly Unit[], j: number, last: number, from: number, u: number): boolean {
  const unit = units[j] as Unit;
  if (j >= last || j <= from || unit.text.length < 2 || !isNominal(units[j - 1]) || !isNominal(units[j + 1]) || j + 1 !== last) return false;
  // 户籍|登记|人口|为…: the subject of a copula keeps any verb inside it.
  if (isCopulaSubject(units, j, last, u)) return true;
  return isPlainVerb(unit) && (unit.flags & WordRole.Create) === 0 && isAmountHead(units[last] as Unit);
}

/** A word that names an amount: an aspect or a share of the tables (金额, 比例), or one ending in 额 量 值 率 积 数 (销售额, 面积, 家数). */
export function isAmountHead(unit: Unit): boolean {
  return isAmount(unit) || hasRole(unit, WordRole.ShareWord) || (unit.text.length >= 2 && AMOUNT_ENDS.includes(unit.text[unit.text.length - 1] as string));
}

/**
 * One-character amounts (签约|额) and the aspect words that name an amount (总金额, 金额, 总额); also a one-character
 * amount the segmenter glued to the link word after it (签约|额为).
 */
function isAmount(unit: Unit): boolean {
  const text = unit.text;
  return AMOUNTS.includes(text) || hasRole(unit, WordRole.Aspect) || (text.length === 2 && AMOUNTS.includes(text[0] as string) && GLUED_LINKS.includes(text[1] as string));
}

/** Link words of one character the segmenter glues to an amount before them (额为, 量达). */
const GLUED_LINKS = '为达';

/** The last characters of a word that names an amount (销售额, 产量, 产值, 增长率, 面积, 家数). */
const AMOUNT_ENDS = '额量值率积数';

/**
 * 签约|额, 成交|额, 签约|总金额: an amount alone after a plain verb at unit `j` is the amount of what the verb does;
 * so is a two-character amount after a one-character verb the segmenter cut off (售|水量, 售|气量).
 */
export function isVerbAmount(units: readonly Unit[], j: number, last: number): boolean {
  const verb = units[j] as Unit;
  const amount = units[last] as Unit;
  if (!isPlainVerb(verb)) return false;
  return isAmount(amount) || (verb.text.length === 1 && amount.kind === UnitKind.Word && amount.text.length === 2 && AMOUNT_ENDS.includes(amount.text[1] as string));
}

/** One-character words that name the amount of what the verb before them does (签约额, 用电量, 解决率). */
const AMOUNTS = ['额', '量', '率'];

/** A verb with no role but that of a verb or a creation verb (签约, 成交), as the tables mark it. */
function isPlainVerb(unit: Unit): boolean {
  return unit.kind === UnitKind.Word && (unit.flags & WordRole.Verb) !== 0 && (unit.flags & ~(WordRole.Verb | WordRole.Boundary | WordRole.Create)) === 0;
}

/**
 * 退税|商店数量|达到…, 招商|引资金额|为…: a plain verb right before a noun phrase that names an amount qualifies it
 * when it is no predicate: a link word alone stands between the phrase, which ends at unit `last`, and its figure
 * at `u` (涉及|投资额|2150亿元 has none: 涉及 is the predicate). A verb that creates or admits (引进, 建成) stays the predicate.
 */
export function opensAmountPhrase(units: readonly Unit[], j: number, last: number, u: number): boolean {
  const verb = units[j] as Unit;
  if (j >= last || verb.text.length < 2 || !isPlainVerb(verb) || (verb.flags & WordRole.Create) !== 0 || !isAmountHead(units[last] as Unit)) return false;
  if (last + 1 >= u) return false;
  for (let k = last + 1; k < u; k++) if (!hasRole(units[k], WordRole.Link) || hasRole(units[k], WordRole.Up | WordRole.Down | WordRole.Compare)) return false;
  return true;
}

/** The copulas: the phrase right before one, and before its figure, is the subject of 为 or 是. */
const COPULAS: readonly string[] = ['为', '是'];

/** The roles a verb inside the subject of a copula may have: a verb, a creation or admission verb, a pivot (核准, 设立, 归属, 服务). */
const SUBJECT_VERB = WordRole.Verb | WordRole.Boundary | WordRole.Create | WordRole.Pivot;

/**
 * 核准|侨外|投资|金额|为…, 归属|母公司|业主|净利|为…, 新|设立|公司|为…: the phrase that ends at unit `last`, right before a
 * copula and its figure at `u`, is the subject of the copula; a verb that opens it (at `j`) is no predicate but
 * qualifies it. A level verb (实现, 完成), a verb of saying, a change or a comparison stays out, and so does a verb alone
 * before one word (合并|营收 reads 营收), unless a noun opens the phrase before it (新|设立|公司).
 */
export function isCopulaSubject(units: readonly Unit[], j: number, last: number, u: number): boolean {
  const verb = units[j] as Unit;
  if (j >= last || last + 2 !== u || !COPULAS.includes(units[last + 1]?.text ?? '')) return false;
  // 合并|营收|为…: a verb alone before one word names a kind of it (the revenue), as the phrase after 为 does elsewhere.
  if (j + 1 === last && !isNominal(units[j - 1])) return false;
  return verb.kind === UnitKind.Word && verb.text.length >= 2 && (verb.flags & (WordRole.Verb | WordRole.Create | WordRole.Pivot)) !== 0 && (verb.flags & ~SUBJECT_VERB) === 0;
}
