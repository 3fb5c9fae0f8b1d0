import { WordRole } from '../lexicon/facts.js';
import { firstEndingAfter } from '../spans.js';
import type { DateQuantity, Quantity } from '../types.js';
import { isOwner } from './topics.js';
import { hasRole, UnitKind, type Unit } from './units.js';

/** A date quantity with where it stands: its sentence and paragraph, and whether it frames what follows. */
export interface DateMark {
  readonly date: DateQuantity;
  /** The date's end (marks are searched like spans). */
  readonly end: number;
  readonly sentence: number;
  readonly paragraph: number;
  /** It opens its clause (2024年，… / 截至2024年底，…): it governs the sentences after it too. */
  readonly frame: boolean;
  /** It is the base of a comparison (相较2023年, 比2020年, 与2023年相比): the time of nothing. */
  readonly base: boolean;
}

/** How many units before a date may open its clause, and how many dates before a figure are asked. */
const WINDOW = 24;

/** The texts after a date that make it a comparison base (all of two units). */
const BASE_AFTER = ['相比', '相较', '同期', '比较'];

/** Where every date stands (dates inside entities too: 2024年…工作要点 dates what follows it). */
export function markDates(text: string, units: readonly Unit[], dates: readonly DateQuantity[]): DateMark[] {
  const marks: DateMark[] = [];
  for (const date of dates) {
    const k = firstEndingAfter(units, date.start);
    const unit = units[k];
    if (unit === undefined) continue;
    const own = unit.quantity === date;
    // Is everything before the date in its clause a connector or a mark (or another date), and at
    // most the topic's name (江苏省1—10月进出口…: the date governs the sentences after it too)?
    let frame = own;
    let names = 0;
    for (let j = k - 1; frame && j >= 0 && (units[j] as Unit).clause === unit.clause; j--) {
      if (k - j > WINDOW) {
        frame = false;
        break;
      }
      const before = units[j] as Unit;
      if (isOwner(before) && ++names === 1) continue;
      frame = before.kind === UnitKind.Punct || before.kind === UnitKind.Quantity || hasRole(before, WordRole.Connector);
    }
    const previous = own ? units[k - 1] : null;
    let base = hasRole(previous ?? undefined, WordRole.Compare) && previous?.clause === unit.clause;
    for (let w = 0; w < BASE_AFTER.length && !base; w++) base = text.startsWith(BASE_AFTER[w] as string, date.end);
    marks.push({ date, end: date.end, sentence: unit.sentence, paragraph: unit.paragraph, frame, base });
  }
  return marks;
}

/**
 * The time of a figure: the nearest date before it in its sentence, or else the nearest date that
 * opens a clause of an earlier sentence of the paragraph, unless the figure's sentence states its own
 * time in words (`ownPeriod`: 今年…, 去年…). Comparison bases are skipped.
 */
export function timeOf(marks: readonly DateMark[], figure: Quantity, sentence: number, paragraph: number, ownPeriod = false): DateQuantity | null {
  const last = firstEndingAfter(marks, figure.start) - 1;
  for (let k = last; k >= 0 && k > last - WINDOW; k--) {
    const mark = marks[k] as DateMark;
    if (mark.paragraph !== paragraph) return null;
    if (mark.base) continue;
    if (mark.sentence === sentence) return mark.date;
    if (ownPeriod) return null;
    if (mark.frame) return mark.date;
  }
  return null;
}
