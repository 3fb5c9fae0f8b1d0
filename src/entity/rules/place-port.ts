// A port named by its city or cities: 天津港, 宁波舟山港, 北部湾港. One place, not the cities apart:
// one or two dictionary places written right before the token 港, or a token that is a place + 港
// (天津港, as the segmenter often writes it), or a city the segmenter cut before 港 (唐 + 山港). 连云港 and
// 香港 are dictionary places of their own.
import type { EntityRule, Unit } from '../types.js';

const PORT = '港';
/** The most places a port's name joins (宁波 + 舟山). */
const MAX_PLACES = 2;

export const placePort: EntityRule = {
  name: 'place-port',
  marks: PORT,
  find(ctx, out) {
    const { text, units } = ctx;
    // Most texts have no 港: one native scan, and no walk over the units.
    if (!text.includes(PORT)) return out;
    for (let k = 0; k < units.length; k++) {
      const u = units[k] as Unit;
      if (u.record !== undefined || !u.han || text.charAt(u.end - 1) !== PORT) continue;
      if (u.end - u.start >= 3) {
        if (ctx.isPlace(text.slice(u.start, u.end - 1))) out.push({ start: u.start, end: u.end, type: 'place', source: 'rule', rule: 'place-port' });
        continue;
      }
      if (u.end - u.start === 2) {
        const before = units[k - 1];
        if (before !== undefined && before.record === undefined && before.han && before.end === u.start && ctx.isPlace(before.text + text.charAt(u.start))) {
          out.push({ start: before.start, end: u.end, type: 'place', source: 'rule', rule: 'place-port' });
        }
        continue;
      }
      if (u.end - u.start !== 1) continue;
      let first = k;
      while (first > 0 && k - first < MAX_PLACES) {
        const v = units[first - 1] as Unit;
        if (v.record === undefined || v.record.type !== 'place' || v.end !== (units[first] as Unit).start || v.end - v.start < 2) break;
        first--;
      }
      if (first < k) out.push({ start: (units[first] as Unit).start, end: u.end, type: 'place', source: 'rule', rule: 'place-port' });
    }
    return out;
  },
};
