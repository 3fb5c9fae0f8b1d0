// A place the segmenter glued to the word after it: 亚太地区, 东亚各国, 中华民族, 神州大地, 两岸关系,
// 芬兰人. The token is a dictionary place followed by a head word (dict/entities/rules/place-heads.tsv);
// the place is taken without the head. Only tokens ending like a head are looked at.
import { HEAD_ALONE, HEAD_FIRST, HEAD_LAST } from '../../lexicon/entity-char-flags.js';
import type { EntityRule, Unit } from '../types.js';

/** The place before the head has at least two characters (not 中 + 人). */
const MIN_PLACE = 2;

export const placeHead: EntityRule = {
  name: 'place-head',
  find(ctx, out) {
    const { text, units } = ctx;
    const t = ctx.tables.placePairs;
    const flags = ctx.tables.charFlags;
    if ((ctx.lastFlags & (HEAD_ALONE | HEAD_LAST)) === 0) return out;
    for (let k = 0; k < units.length; k++) {
      const u = units[k] as Unit;
      const last = u.lastFlags;
      if ((last & (HEAD_ALONE | HEAD_LAST)) === 0 || u.end - u.start <= MIN_PLACE || !u.han || u.record !== undefined) continue;
      // A two-character head (地区) is looked up only where its first character stands.
      let head = 0;
      if ((last & HEAD_LAST) !== 0 && u.end - u.start - 2 >= MIN_PLACE && ((flags[text.charCodeAt(u.end - 2)] as number) & HEAD_FIRST) !== 0 && t.placeHeads.has(text.slice(u.end - 2, u.end))) head = 2;
      else if ((last & HEAD_ALONE) !== 0) head = 1;
      if (head === 0 || !ctx.isPlace(text.slice(u.start, u.end - head))) continue;
      out.push({ start: u.start, end: u.end - head, type: 'place', source: 'rule', rule: 'place-head' });
    }
    return out;
  },
};
