import { readCalendarWords, type CalendarWords } from './calendar-words.js';
import { dictPath } from './paths.js';
import { readContextWords, type ContextWords } from './quantity-context-words.js';
import { badRow as bad, integerCell, type QuantityDictReader } from './quantity-rows.js';
import { readSuffixWords, type SuffixWords } from './quantity-suffixes.js';
import { CharTrie } from './quantity-trie.js';
import { readTsv } from './tsv.js';
import { addUnitBit, newUnitBits, type UnitBits } from './unit-bits.js';

export { CharTrie };
export type { QuantityDictReader };
export type { License, PrefixEntry, SuffixEntry, SuffixKind } from './quantity-suffixes.js';
export type { MarkRole } from './quantity-context-words.js';

/** Role of a numeral character: a digit (一, 壹), a unit inside a section (十 百 千), a magnitude (万 亿 兆). */
export const NumeralRole = Object.freeze({ None: 0, Digit: 1, Unit: 2, Magnitude: 3 } as const);
export type NumeralRole = (typeof NumeralRole)[keyof typeof NumeralRole];

/** Units, currencies, classifiers, numerals, qualifiers and set phrases for the quantities stage. */
export interface QuantityLexicon extends CalendarWords, SuffixWords, ContextWords {
  /** NumeralRole by UTF-16 unit. */
  readonly role: Uint8Array;
  /** The digit, or the power of ten of a unit or magnitude, by UTF-16 unit. */
  readonly numeralValue: Int8Array;
  /** 1 for the upper-case financial forms (壹 贰 ... 拾 佰 仟). */
  readonly formal: Uint8Array;
  /**
   * Every UTF-16 unit at which the scanner may have something to do (numerals, signs, 第, prefixes, set
   * phrases), one bit a unit: bit `c & 31` of word `c >>> 5` (8 KB, so that the scan of a text's
   * other characters stays in the CPU's nearest cache).
   */
  readonly triggers: UnitBits;
  /** `triggers`, plus the first characters of the relative time words (for an analyzer with a reference date). */
  readonly relativeTriggers: UnitBits;
}

let memo: QuantityLexicon | undefined;

/** Reads dict/quantity/*.tsv once per process. */
export function loadQuantityLexicon(): QuantityLexicon {
  memo ??= buildLexicon((name, min, max) => readTsv(dictPath('quantity', name), min, max));
  return memo;
}

/** Builds the lexicon from the files a reader gives (the built-in files, or test data). */
export function buildQuantityLexicon(read: QuantityDictReader): QuantityLexicon {
  return buildLexicon(read);
}

function buildLexicon(read: QuantityDictReader): QuantityLexicon {
  const role = new Uint8Array(0x10000);
  const numeralValue = new Int8Array(0x10000);
  const formal = new Uint8Array(0x10000);
  const roles: Record<string, NumeralRole> = { digit: NumeralRole.Digit, unit: NumeralRole.Unit, magnitude: NumeralRole.Magnitude };
  for (const { columns, line } of read('numerals.tsv', 4, 4)) {
    const [ch, r, v, style] = columns as [string, string, string, string];
    if (ch.length !== 1 || !(r in roles)) bad('numerals.tsv', line, 'expected one character and a role digit | unit | magnitude');
    const c = ch.charCodeAt(0);
    role[c] = roles[r] as NumeralRole;
    numeralValue[c] = integerCell('numerals.tsv', line, v);
    formal[c] = style === 'formal' ? 1 : 0;
  }
  const suffixWords = readSuffixWords(read);
  const contextWords = readContextWords(read);
  const calendar = readCalendarWords(read);
  const triggers = newUnitBits();
  for (let c = 0; c < 0x10000; c++) {
    if (role[c] !== NumeralRole.None || contextWords.setPhrases.hasEdge(c) || suffixWords.prefixes.hasEdge(c) || calendar.periodWords.hasEdge(c)) addUnitBit(triggers, c);
  }
  for (const ch of '0123456789-负第') addUnitBit(triggers, ch.charCodeAt(0));
  const relativeTriggers = triggers.slice();
  for (let c = 0; c < 0x10000; c++) if (calendar.relativeTimes.hasEdge(c)) addUnitBit(relativeTriggers, c);
  return { ...calendar, ...suffixWords, ...contextWords, triggers, relativeTriggers, role, numeralValue, formal };
}
