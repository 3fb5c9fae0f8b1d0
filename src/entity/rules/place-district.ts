// A district of Taiwan written without its level right after its city or county: 新北 + 淡水, 台南 + 六甲,
// 桃园 + 观音, 嘉义县 + 太保. Alone these names are ordinary words (淡水, 观音) or other places, so they are no
// dictionary names (district-short-forms.tsv); after the place they belong to they are places. The district is
// a whole token written next to the city, which is a place of the dictionaries whose canonical name is its parent.
import type { EntityRule, Unit } from '../types.js';

export const placeDistrict: EntityRule = {
  name: 'place-district',
  find(ctx, out) {
    const { units, tables } = ctx;
    if (ctx.nameCount === 0) return out;
    for (let k = 1; k < units.length; k++) {
      const before = units[k - 1] as Unit;
      // Most places before a unit are no parent of a district (one small set says so, before the district's lookup).
      if (before.record?.type !== 'place' || !tables.districtParents.has(before.record.canonical)) continue;
      const u = units[k] as Unit;
      if (u.record !== undefined || u.start !== before.end || !u.han) continue;
      const parents = tables.districtShortForms.get(u.text);
      if (parents === undefined || !parents.includes(before.record.canonical)) continue;
      out.push({ start: u.start, end: u.end, type: 'place', source: 'rule', rule: 'place-district' });
    }
    return out;
  },
};
