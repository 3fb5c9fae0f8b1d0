// A city's or county's old town, named by the place: 阆中古城, 大理古城, 青州古城, 丽江古城. One place, not
// the city alone. The place is a dictionary place written right before the word 古城 (a token of its own;
// 古城墙 is another word). A project in the old town (平遥古城夜游项目) is longer and wins.
import type { EntityRule, Unit } from '../types.js';

const OLD_TOWN = '古城';

export const placeOldTown: EntityRule = {
  name: 'place-old-town',
  marks: OLD_TOWN.charAt(0),
  find(ctx, out) {
    const { units } = ctx;
    // Most texts name no old town: one native scan of the text, and no walk over its units.
    if (!ctx.text.includes(OLD_TOWN)) return out;
    for (let k = 1; k < units.length; k++) {
      const u = units[k] as Unit;
      const before = units[k - 1] as Unit;
      if (u.text !== OLD_TOWN || before.end !== u.start) continue;
      if (before.record?.type !== 'place') continue;
      out.push({ start: before.start, end: u.end, type: 'place', source: 'rule', rule: 'place-old-town' });
    }
    return out;
  },
};
