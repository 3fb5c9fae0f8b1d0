import { NumeralRole, type QuantityLexicon } from '../lexicon/quantities.js';
import type { NormalizedDoc } from '../normalize/index.js';
import type { RawToken } from '../segment/index.js';
import type { ReferenceDate } from '../reference-date.js';
import type { Entity, Quantity } from '../types.js';
import { hasUnitBit, type UnitBits } from '../lexicon/unit-bits.js';
import { readNumericDate, readYearPair } from './date.js';
import { completeNumeral, type Draft } from './draft.js';
import { acceptDraft, startsCleanly } from './guards.js';
import { wantsUnit } from './suffix.js';
import { shareListUnits } from './list-unit.js';
import { localCurrency } from './local-currency.js';
import { numberPhases } from './phase.js';
import { isAsciiDigit, scanNumeral, startsNumeral, type Numeral, type ScanOptions } from './numeral.js';
import { joinDateLists } from './date-list.js';
import { joinPeriods } from './join-periods.js';
import { readCountedPeriod, readPeriodWord } from './period.js';
import { readRelative } from './relative.js';
import { readOrdinal } from './ordinal.js';
import { readPrefixed } from './prefixed.js';
import { toQuantity } from './to-quantity.js';
import { addQualifiers } from './qualifiers.js';
import { WordBoundaries } from './words.js';
import { newDraft } from './new-draft.js';

const ORDINAL_MARK = 0x7b2c; // 第
const MINUS = 0x2d;
const NEGATIVE_CHAR = 0x8d1f; // 负
const FULLWIDTH_COMMA = 0xff0c;
const ONE = 0x4e00; // 一
const MONTH = 0x6708; // 月

/**
 * Stage 3: quantities in normalized offsets, `text` the normalized slice; `names` are entities whose
 * insides are not counts or bare numbers; `reference` (the analyzer's reference date) resolves 今年,
 * 去年 … One left-to-right scan: every position is looked at a bounded number of times, so the stage
 * is linear in the length of the text.
 */
export function recognizeQuantities(
  doc: NormalizedDoc,
  tokens: readonly RawToken[],
  lex: QuantityLexicon,
  names: readonly Entity[],
  reference: ReferenceDate | null = null,
): Quantity[] {
  const text = doc.text;
  const n = text.length;
  const triggers = reference === null ? lex.triggers : lex.relativeTriggers;
  let i = skipToTrigger(text, 0, triggers);
  if (i >= n) return [];
  const sortedNames = isSortedByStart(names) ? names : [...names].sort((a, b) => a.start - b.start);
  const words = new WordBoundaries(tokens, n);
  const wideComma = text === doc.original ? undefined : (k: number) => isClauseComma(doc, k);
  const opts: ScanOptions = { wideComma };
  const afterPrefix: ScanOptions = { wideComma, loneOk: true };
  const drafts: Draft[] = [];
  const plain: ScanOptions = { wideComma, wantsUnitAt: (k) => wantsUnit(text, k, lex) };
  const afterQualifier: ScanOptions = { wideComma, wantsUnitAt: plain.wantsUnitAt, loneOk: true };
  for (;;) {
    i = skipToTrigger(text, i, triggers);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (lex.setPhrases.hasEdge(c)) {
      const phrase = lex.setPhrases.end(text, i);
      if (phrase >= 0) {
        i = phrase;
        continue;
      }
    }
    if (lex.periodWords.hasEdge(c)) {
      const period = readPeriodWord(text, i, lex, words);
      if (period !== null) {
        drafts.push(period);
        i = period.end;
        continue;
      }
    }
    if (reference !== null && lex.relativeTimes.hasEdge(c)) {
      const relative = readRelative(text, i, lex, words, reference);
      if (relative !== null) {
        drafts.push(relative);
        i = relative.end;
        continue;
      }
    }
    if (c === ORDINAL_MARK) {
      i = readOrdinal(text, i, lex, words, sortedNames, drafts, opts);
      continue;
    }
    if (lex.prefixes.hasEdge(c)) {
      const next = readPrefixed(text, i, lex, drafts, opts, afterPrefix);
      if (next > i) {
        i = next;
        continue;
      }
    }
    if (isAsciiDigit(c)) {
      const pair = readYearPair(text, i, lex);
      if (pair !== null) {
        const num = scanNumeral(text, i, lex) as Numeral;
        drafts.push(newDraft(i, pair.end, 'date', pair.value, null, num, 0, pair.end));
        i = pair.end;
        continue;
      }
      const date = readNumericDate(text, i);
      if (date !== null && date.value === null) {
        i = date.end;
        continue;
      }
      if (date !== null && date.value !== null) {
        const num = scanNumeral(text, i, lex) as Numeral;
        drafts.push(newDraft(i, date.end, 'date', date.value, null, num, 0, date.end));
        i = date.end;
        continue;
      }
    }
    // 近万人, 逾千家: a lone magnitude after a qualifier; not after a word that only ends like one (签约亿元以上项目).
    const qualifier = lex.role[c] !== NumeralRole.None ? lex.qualifiersBefore.find(text, i) : 0;
    const lone = qualifier !== 0 && lex.qualifiersBefore.valueOf(qualifier) !== 'none';
    if (!lone && !startsNumeral(text, i, lex) && !((c === MINUS || c === NEGATIVE_CHAR) && startsNumeral(text, i + 1, lex))) {
      i++;
      continue;
    }
    const num = scanNumeral(text, i, lex, lone ? afterQualifier : plain);
    if (num === null) {
      i++;
      continue;
    }
    if ('skip' in num) {
      i = num.skip;
      continue;
    }
    const period = readCountedPeriod(text, num, lex, words);
    if (period !== null) {
      drafts.push(period);
      i = period.end;
      continue;
    }
    if (!startsCleanly(text, num.start, lex, words) || isBareOne(text, num, lex)) {
      i = Math.max(num.end, i + 1);
      continue;
    }
    const draft = completeNumeral(text, num, lex, words, true, true);
    if (draft.none === true && draft.kind === 'date') {
      i = draft.end; // a date the calendar does not have: none of it is a quantity
      continue;
    }
    if (acceptDraft(text, draft, lex, words, sortedNames, num.start)) {
      addQualifiers(text, draft, lex);
      drafts.push(draft);
      i = Math.max(draft.end, i + 1);
    } else {
      i = Math.max(num.end, i + 1);
    }
  }
  shareListUnits(text, drafts);
  numberPhases(text, drafts, lex);
  localCurrency(doc, drafts, lex, sortedNames, words);
  const out: Quantity[] = [];
  for (const d of joinPeriods(text, joinDateLists(text, drafts, lex), lex)) {
    const q = toQuantity(text, d);
    if (q !== null) out.push(q);
  }
  return out;
}

/** The first offset from `i` at which `triggers` (a bit a UTF-16 unit) has the text's unit, or the text's length. */
function skipToTrigger(text: string, i: number, triggers: UnitBits): number {
  const n = text.length;
  while (i < n && !hasUnitBit(triggers, text.charCodeAt(i))) i++;
  return i;
}

/** A full-width comma written after an ASCII digit (20，300) separates clauses rather than thousands. */
function isClauseComma(doc: NormalizedDoc, k: number): boolean {
  const at = doc.map.start(k);
  return doc.original.charCodeAt(at) === FULLWIDTH_COMMA && isAsciiDigit(doc.original.charCodeAt(at - 1));
}

/** The lone 一 of 一个, 一些, 一起: only a quantity before a unit, currency, percent or 月 (checked cheaply, first). */
function isBareOne(text: string, num: Numeral, lex: QuantityLexicon): boolean {
  if (num.length !== 1 || num.upper !== null || text.charCodeAt(num.start) !== ONE) return false;
  const next = text.charCodeAt(num.end);
  if (next === MONTH || text.charCodeAt(num.start - 1) === ORDINAL_MARK || lex.marks.range.has(next)) return false;
  const suffix = lex.suffixes.find(text, num.end);
  return suffix === 0 || lex.suffixes.valueOf(suffix).kind === 'count';
}

/** The entities stage hands its names over sorted: no copy is needed then. */
function isSortedByStart(names: readonly Entity[]): boolean {
  for (let k = 1; k < names.length; k++) if ((names[k - 1] as Entity).start > (names[k] as Entity).start) return false;
  return true;
}
