// A listed company by its stock code: the name written right before the code in brackets (天润乳业（600419）,
// 腾讯控股(00700.HK), 台积电（2330.TW）, 海亮股份（股票代码：002203）), and a name under special treatment (*ST金泰, ST佳通).
// Words around the code are data (dict/entities/rules/stock-codes.tsv). A six-digit code needs a name that is not places
// alone (兰州市城关区（730030） is a postcode); four or five digits need a market or a label (报告（2023） is a year).
import { SENTENCE_PUNCTUATION } from '../punctuation.js';
import type { EntityRule, RuleContext, Unit } from '../types.js';
import { isPlaceUnit } from '../place-unit.js';

const RULE = 'stock-code';
const OPENING = new Set(['(', '（']);
const OPEN = 0x28;
const FULL_WIDTH_OPEN = 0xff08;
const CLOSING = new Set([')', '）']);
const COLONS = new Set([':', '：']);
/** The longest name taken before a code, and the longest after ST. */
const MAX_NAME = 8;
const MAX_SPECIAL_NAME = 4;
const MIN_NAME = 2;
const MAX_LABEL = 6;

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Colons and spaces closing a label (regular expressions written once: a literal in a function is a new object at every call). */
const TRAILING_COLONS = /[:：\s]+$/;
const LATIN_OR_DIGITS = /^[A-Za-z0-9]+$/;

/** Is the bracket opening at offset `open` a stock code (（600419）, (00700.HK), （股票代码：002203）)? Then the number of its digits, else 0. */
function codeDigits(ctx: RuleContext, open: number): { digits: number; marked: boolean } | null {
  const { text } = ctx;
  const words = ctx.tables.stockCodeWords;
  let i = open + 1;
  // A label or market letters before the digits (股票代码：, SZ).
  while (i < text.length && !isDigit(text.charCodeAt(i)) && !CLOSING.has(text.charAt(i)) && i - open - 1 <= MAX_LABEL) i++;
  // No digits after it (（记者王五）, （见图）): no code, whatever the label.
  if (!isDigit(text.charCodeAt(i))) return null;
  const label = text.slice(open + 1, i);
  const bare = label.replace(TRAILING_COLONS, '');
  const role = words.get(bare.toUpperCase());
  if (bare !== '' && role !== 'prefix' && role !== 'market') return null;
  if (bare !== '' && role === 'prefix' && !COLONS.has(label.charAt(bare.length)) && label !== bare) return null;
  const from = i;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  const digits = i - from;
  let marked = bare !== '';
  // A market after a dot (600419.SH, 00700.HK).
  if (text.charAt(i) === '.') {
    const letters = i + 1;
    let j = letters;
    while (j < text.length && isLetter(text.charCodeAt(j))) j++;
    if (words.get(text.slice(letters, j).toUpperCase()) !== 'market') return null;
    marked = true;
    i = j;
  }
  if (!CLOSING.has(text.charAt(i)) || digits < 4 || digits > 6) return null;
  return { digits, marked };
}

/** May unit u stand in a listed company's short name? */
function namePart(ctx: RuleContext, u: Unit): boolean {
  if (u.record !== undefined) return u.record.type === 'enterprise' || u.record.type === 'place';
  if (!u.han && !LATIN_OR_DIGITS.test(u.text)) return false;
  const { tables } = ctx;
  if (tables.breakOrGeneric.has(u.text) || tables.leadWords.has(u.text) || SENTENCE_PUNCTUATION.has(u.text)) return false;
  return !ctx.brands.cueBits.has(u.text);
}

/** The first unit of the name that ends before unit k, or -1. */
function nameBefore(ctx: RuleContext, k: number, sixDigits: boolean): number {
  const { units } = ctx;
  const end = (units[k] as Unit).start;
  let first = -1;
  for (let i = k - 1; i >= 0; i--) {
    const u = units[i] as Unit;
    if (u.end !== (units[i + 1] as Unit).start) break;
    if (ctx.tables.stockCodeWords.get(u.text) === 'special') return i;
    if (!namePart(ctx, u) || end - u.start > MAX_NAME) break;
    first = i;
    // A company of the dictionaries opens the name (则有 + 交通银行（601328）).
    if (u.record?.type === 'enterprise') break;
  }
  if (first < 0 || end - (units[first] as Unit).start < MIN_NAME) return -1;
  // One dictionary company alone is found already.
  if (first === k - 1 && (units[first] as Unit).record?.type === 'enterprise') return -1;
  // Places alone before six digits are an address and its postcode.
  let placesOnly = true;
  for (let i = first; i < k && placesOnly; i++) placesOnly = isPlaceUnit(ctx, units[i] as Unit);
  return placesOnly && sixDigits ? -1 : first;
}

/** The last unit of a name written after ST or *ST (at unit k), or -1. */
function nameAfterSpecial(ctx: RuleContext, k: number): number {
  const { units } = ctx;
  const start = (units[k] as Unit).end;
  let last = -1;
  for (let j = k + 1; j < units.length; j++) {
    const u = units[j] as Unit;
    if (u.start !== (units[j - 1] as Unit).end || !u.han || !namePart(ctx, u) || u.end - start > MAX_SPECIAL_NAME) break;
    last = j;
  }
  return last >= 0 && (units[last] as Unit).end - start >= MIN_NAME ? last : -1;
}

/** Does the text hold the first character of a special mark (*ST, ST) at all? Most texts do not. */
function anySpecial(text: string, specialFirst: ReadonlySet<number>): boolean {
  for (const c of specialFirst) if (text.includes(String.fromCharCode(c))) return true;
  return false;
}

export const stockCode: EntityRule = {
  name: RULE,
  find(ctx, out) {
    const { units, text } = ctx;
    const specials = anySpecial(text, ctx.tables.stockSpecialFirst);
    if (!specials && !text.includes('(') && !text.includes('（')) return out;
    for (let k = 0; k < units.length; k++) {
      const u = units[k] as Unit;
      // Most units open with neither a bracket nor a special mark's first character: nothing to look up.
      const c = text.charCodeAt(u.start);
      const special = specials && ctx.tables.stockSpecialFirst.has(c);
      if (!special && c !== OPEN && c !== FULL_WIDTH_OPEN) continue;
      if (special && ctx.tables.stockCodeWords.get(u.text) === 'special') {
        // *ST written as * + ST opens with the star.
        const star = k > 0 && (units[k - 1] as Unit).text === '*' && (units[k - 1] as Unit).end === u.start ? k - 1 : k;
        const last = nameAfterSpecial(ctx, k);
        if (last >= 0) out.push({ start: (units[star] as Unit).start, end: (units[last] as Unit).end, type: 'enterprise', source: 'rule', rule: RULE });
        continue;
      }
      if (u.end - u.start !== 1 || k === 0 || !OPENING.has(text.charAt(u.start))) continue;
      const code = codeDigits(ctx, u.start);
      if (code === null || (code.digits < 6 && !code.marked)) continue;
      const first = nameBefore(ctx, k, code.digits === 6);
      if (first < 0) continue;
      let start = (units[first] as Unit).start;
      if (ctx.tables.stockCodeWords.get((units[first] as Unit).text) === 'special' && first > 0 && (units[first - 1] as Unit).text === '*') start -= 1;
      out.push({ start, end: u.start, type: 'enterprise', source: 'rule', rule: RULE });
    }
    return out;
  },
};
