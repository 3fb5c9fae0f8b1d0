// A place the segmenter glued to the word after it: 亚太地区, 东亚各国, 中华民族, 神州大地, 两岸关系,
// 芬兰人. The token is a dictionary place followed by a head word (dict/entities/rules/place-heads.tsv);
// the place is taken without the head. Only tokens ending like a head are looked at.
import type { Candidate, EntityRule, Unit } from '../types.js';

/** The place before the head has at least two characters (not 中 + 人). */
const MIN_PLACE = 2;
const LONGEST_HEAD = 2;

export const placeHead: EntityRule = {
  name: 'place-head',
  find(ctx) {
    const out: Candidate[] = [];
    const { text, units } = ctx;
    const t = ctx.tables.placePairs;
    for (let k = 0; k < units.length; k++) {
      const u = units[k] as Unit;
      if (t.isHeadLast[text.charCodeAt(u.end - 1)] !== 1 || u.end - u.start <= MIN_PLACE || !u.han || u.record !== undefined) continue;
      for (let head = 1; head <= LONGEST_HEAD; head++) {
        const end = u.end - head;
        if (end - u.start < MIN_PLACE || !t.placeHeads.has(text.slice(end, u.end))) continue;
        if (!ctx.isPlace(text.slice(u.start, end))) continue;
        out.push({ start: u.start, end, type: 'place', source: 'rule', rule: 'place-head' });
        break;
      }
    }
    return out;
  },
};
