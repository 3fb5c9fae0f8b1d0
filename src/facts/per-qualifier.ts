// 平均成交价为每平方米9.2万元: the rate word after the link word says what the figure is per, not what it measures.
import { WordRole } from '../lexicon/facts.js';
import { hasRole, UnitKind, type Unit } from './units.js';

/** The word that opens a rate (每平方米, 每|吨, 每平方|呎). */
const PER = '每';

/** How many words a rate written before its figure may have (每平方|呎). */
const PER_WORDS = 3;

/**
 * The index of the link word before a rate that stands right before unit `u` (为|每平方米|9.2万元,
 * 为|每|吨|850元; or of the word the link word is glued to: 价为|每平方米), or -1. Without a link word before it, the 每 phrase is the indicator (每股收益0.5元).
 */
export function perQualifierLink(units: readonly Unit[], u: number, from: number): number {
  for (let k = u - 1; k >= from && k >= u - PER_WORDS; k--) {
    const unit = units[k] as Unit;
    // 平均每人GDP达…: a link word after the 每 phrase makes it the phrase measured.
    if (unit.kind !== UnitKind.Word || hasRole(unit, WordRole.Link)) return -1;
    if (unit.text.startsWith(PER)) return k > from && (hasRole(units[k - 1], WordRole.Link) || gluesLink(units[k - 1] as Unit)) ? k - 1 : -1;
  }
  return -1;
}

/** Link words of one character the segmenter glues to the noun before them (平均呎|价为|每平方米). */
const GLUED_LINKS = '为达';

/** A word of the phrase with a link word glued to its end (价为): the phrase ends inside it. */
function gluesLink(unit: Unit): boolean {
  return unit.kind === UnitKind.Word && unit.text.length === 2 && unit.flags === 0 && GLUED_LINKS.includes(unit.text[1] as string);
}
