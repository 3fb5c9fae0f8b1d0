// A city and the district or county after it, where the segmenter glued the city's level word to the
// second place: 昌都 + 市卡若区 is 昌都市 + 卡若区, 林芝 + 市巴宜区 is 林芝市 + 巴宜区. Both halves must be places of
// the dictionaries (昌都市, 卡若区), and the first one written right before the glued token.
import { ANCHOR_FIRST } from '../../lexicon/entity-char-flags.js';
import type { EntityRule, Unit } from '../types.js';
import { isPlaceUnit } from '../place-unit.js';

/** A level word and a place of at least two characters. */
const MIN_TOKEN = 3;

export const placeGluedLevel: EntityRule = {
  name: 'place-glued-level',
  find(ctx, out) {
    const { units, tables } = ctx;
    // A level word opens anchors (市, 县: anchors.tsv): a text with no unit opening like one, or with no
    // dictionary name to stand before it, has nothing to look at.
    if ((ctx.firstFlags & ANCHOR_FIRST) === 0 || ctx.nameCount === 0) return out;
    for (let k = 1; k < units.length; k++) {
      const u = units[k] as Unit;
      if ((u.firstFlags & ANCHOR_FIRST) === 0 || u.end - u.start < MIN_TOKEN || u.record !== undefined || !u.han || !tables.levelWords.has(u.text.charAt(0))) continue;
      const before = units[k - 1] as Unit;
      if (before.end !== u.start || !isPlaceUnit(ctx, before)) continue;
      const level = u.text.charAt(0);
      const rest = u.text.slice(1);
      if (!ctx.isPlace(before.text + level) || !ctx.isPlace(rest)) continue;
      out.push({ start: before.start, end: u.start + 1, type: 'place', source: 'rule', rule: 'place-glued-level' });
      out.push({ start: u.start + 1, end: u.end, type: 'place', source: 'rule', rule: 'place-glued-level' });
    }
    return out;
  },
};
