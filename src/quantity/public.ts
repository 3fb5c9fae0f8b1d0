import { loadQuantityLexicon, type QuantityLexicon } from '../lexicon/quantities.js';
import { loadScriptTables } from '../lexicon/script-tables.js';
import { normalizeText } from '../normalize/index.js';
import { isAbsurd, toNumber, toPlainString } from './decimal.js';
import { scanNumeral, startsNumeral, type Numeral } from './numeral.js';
import { isHan } from './suffix.js';

const ORDINAL_MARK = 0x7b2c; // 第
const ONE = 0x4e00; // 一
const DATE_MARKS = new Set([0x5e74, 0x6708, 0x65e5, 0x53f7]); // 年 月 日 号

/**
 * Parses a whole numeral string to a number: 十三万九千二百六十 -> 139260, 2.3万亿 -> 2300000000000,
 * 壹仟玖佰 -> 1900, 二〇二四 -> 2024, 1,234.5 -> 1234.5; Traditional and full-width forms too.
 * Returns null when the string is not one numeral, or its value is not finite.
 */
export function parseNumber(text: string): number | null {
  if (typeof text !== 'string') return null;
  const lex = loadQuantityLexicon();
  const s = normalizeText(text.trim(), loadScriptTables()).text;
  if (s === '') return null;
  const num = scanNumeral(s, 0, lex);
  if (num === null || 'skip' in num || num.end !== s.length || num.upper !== null || num.approx !== null) return null;
  if (isAbsurd(num.value)) return null;
  const { value } = toNumber(num.value);
  return Number.isFinite(value) ? value : null;
}

/**
 * Rewrites the Chinese numerals of a text with Arabic digits: 增长百分之十二 -> 增长百分之12,
 * 十三万九千二百六十元 -> 139260元, 二〇二四年 -> 2024年. Set phrases (十四五, 一带一路) and a lone numeral
 * character inside a word (统一, 这一, 一些) are left as they are. Other characters are unchanged.
 */
export function toArabicNumerals(text: string): string {
  if (typeof text !== 'string') return text;
  const lex = loadQuantityLexicon();
  const doc = normalizeText(text, loadScriptTables());
  const s = doc.text;
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < s.length) {
    const phrase = lex.setPhrases.hasEdge(s.charCodeAt(i)) ? lex.setPhrases.end(s, i) : -1;
    if (phrase >= 0) {
      i = phrase;
      continue;
    }
    if (!startsNumeral(s, i, lex)) {
      i++;
      continue;
    }
    const num = scanNumeral(s, i, lex);
    if (num === null || 'skip' in num) {
      i = num === null ? i + 1 : num.skip;
      continue;
    }
    if (num.chinese && rewritable(s, num, lex)) {
      const from = doc.map.start(num.start);
      out += text.slice(copied, from) + digitsOf(num);
      copied = doc.map.end(num.end);
    }
    i = Math.max(num.end, i + 1);
  }
  return out + text.slice(copied);
}

function rewritable(s: string, num: Numeral, lex: QuantityLexicon): boolean {
  if (isAbsurd(num.value)) return false;
  if (num.length > 1 || num.upper !== null) return true;
  const c = s.charCodeAt(num.start);
  if (lex.formal[c] === 1) return false;
  const before = s.charCodeAt(num.start - 1);
  if (c === ONE && isHan(before) && before !== ORDINAL_MARK && lex.qualifiersBefore.find(s, num.start) === 0) return false;
  const after = s.charCodeAt(num.end);
  return !isHan(after) || DATE_MARKS.has(after) || lex.suffixes.find(s, num.end) !== 0;
}

function digitsOf(num: Numeral): string {
  if (num.spelled !== null) return num.spelled;
  const lower = toPlainString(num.value);
  return num.upper === null ? lower : `${lower}-${toPlainString(num.upper)}`;
}
