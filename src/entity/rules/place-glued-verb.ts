// A place the segmenter glued to the first character of the verb after it: 在高雄兴 + 建新厂, 在福清投 + 产.
// The place is taken without the verb's character (and the person-name rule takes no name there).
import { placeGluedToVerb } from '../place-verb.js';
import type { EntityRule, Unit } from '../types.js';

export const placeGluedVerb: EntityRule = {
  name: 'place-glued-verb',
  find(ctx, out) {
    for (const u of ctx.units as readonly Unit[]) {
      if (placeGluedToVerb(ctx, u)) out.push({ start: u.start, end: u.end - 1, type: 'place', source: 'rule', rule: 'place-glued-verb' });
    }
    return out;
  },
};
