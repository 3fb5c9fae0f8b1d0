import { WordRole, type FactLexicon } from '../lexicon/facts.js';
import type { Run } from './indicator.js';
import { UnitKind, type Unit } from './units.js';

/**
 * The phrase of one item of a 分别 list. `canonical` is set for an item that shares the head of the
 * last one: the known name of the item and that head (城镇 + 居民人均可支配收入), or null for none.
 */
export interface Listed {
  readonly run: Run;
  readonly canonical?: string | null;
}

/**
 * 电子信息、装备制造、食品饮料产业增加值分别增长a、b、c; 第一、二、三产业增加值…; 城镇和农村居民人均
 * 可支配收入…: the items before the last name only what the head written once after the last item
 * qualifies. Then item `index` measures the run from its start to the end of the list (a span is
 * written text, so 电子信息 + 产业增加值 cannot be one), and its canonical name is that of the item
 * and the head where the table knows it (第一产业增加值, 城镇居民人均可支配收入). Null when the items
 * are phrases of their own (规上工业增加值、固定资产投资…) or `index` is the last item.
 */
export function sharedHead(text: string, units: readonly Unit[], phrases: readonly Run[], index: number, lex: FactLexicon): Listed | null {
  const last = phrases[phrases.length - 1] as Run;
  if (last.end - last.start < 2) return null;
  if (index >= phrases.length - 1) return lastOrdinal(text, units, phrases, lex);
  // 新增授信、贷款余额: the first item has a qualifier of its own, so the items are phrases of their own.
  if (isQualifier(units[(phrases[0] as Run).start] as Unit)) return null;
  const head = units[last.end - 1] as Unit;
  // The last item must end in a head: a known indicator, or a noun the tables name (增加值, 收入, 总额).
  const lastText = spanText(text, units, last);
  if (!endsInIndicator(lastText, lex) && !isHead(head)) return null;
  for (let k = 0; k < phrases.length - 1; k++) {
    const item = spanText(text, units, phrases[k] as Run);
    // An item with a head of its own (高新技术企业、科技型中小企业; 工业增加值、固定资产投资) is a phrase of its own.
    if (item.endsWith(head.text) || item.length >= lastText.length || endsInIndicator(item, lex)) return null;
  }
  const item = spanText(text, units, phrases[index] as Run);
  const first = spanText(text, units, phrases[0] as Run);
  // 第一、二、三产业: the later ordinals are written without their 第.
  const named = first.startsWith('第') && !item.startsWith('第') ? '第' + item : item;
  let canonical: string | null = null;
  for (let cut = 1; cut < lastText.length && canonical === null; cut++) {
    canonical = lex.indicators.get(named + lastText.slice(cut)) ?? null;
  }
  return { run: { start: (phrases[index] as Run).start, end: last.end }, canonical };
}

/** 第一、二、三产业增加值: the last item, written without its 第, takes the name with it (第三产业增加值). */
function lastOrdinal(text: string, units: readonly Unit[], phrases: readonly Run[], lex: FactLexicon): Listed | null {
  const last = phrases[phrases.length - 1] as Run;
  const lastText = spanText(text, units, last);
  if (!spanText(text, units, phrases[0] as Run).startsWith('第') || lastText.startsWith('第')) return null;
  const canonical = lex.indicators.get('第' + lastText);
  return canonical === undefined ? null : { run: last, canonical };
}

/** The last characters of a word that names an amount (用电量, 营业额, 产值, 利用率). */
const AMOUNT_ENDS = '量额值率';

/** A noun the tables name (增加值, 收入, 总额) or a word that names an amount. */
function isHead(unit: Unit): boolean {
  if (unit.kind !== UnitKind.Word) return false;
  return (unit.flags & (WordRole.Nominal | WordRole.Aspect)) !== 0 || (unit.text.length >= 2 && AMOUNT_ENDS.includes(unit.text[unit.text.length - 1] as string));
}

function spanText(text: string, units: readonly Unit[], run: Run): string {
  return text.slice((units[run.start] as Unit).start, (units[run.end - 1] as Unit).end);
}

/** Does the text end in a known indicator (农村居民人均可支配收入 in 人均可支配收入, 规上工业增加值)? */
function endsInIndicator(phrase: string, lex: FactLexicon): boolean {
  for (let length = Math.min(phrase.length, lex.longestIndicator); length >= 2; length--) {
    if (lex.indicators.has(phrase.slice(phrase.length - length))) return true;
  }
  return false;
}

/**
 * 新增|授信、贷款余额: a verb with no other role glued before the first item of a list qualifies that
 * item alone (新增授信 is a phrase of its own), unlike a link word (实现) or a pivot (推动) that takes the list.
 */
export function isQualifier(unit: Unit): boolean {
  return unit.kind === UnitKind.Word && unit.text.length >= 2 && (unit.flags & WordRole.Verb) !== 0 && (unit.flags & ~(WordRole.Verb | WordRole.Boundary)) === 0;
}
