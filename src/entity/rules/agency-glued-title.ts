// A party committee the segmenter glued to the title after it, with its place before it: 泉州 + 市委常委,
// 某某 + 县委书记 → the agency 泉州市委, 某某县委. The token is a committee (市委, 省委, 县委 …: anchors.tsv)
// followed by a title (常委, 书记: titles.tsv); without a place before it (市委常委 alone) it is a title. The place may
// be written without the level the committee opens with (永济 + 市委书记: 永济市).
import type { EntityRule, Unit } from '../types.js';
import { placeWithoutLevel } from './agency-suffix.js';

/** The length of a committee word (市委, 县委). */
const COMMITTEE = 2;
/** 委, the committee's last character. */
const WEI = '\u59d4';

export const agencyGluedTitle: EntityRule = {
  name: 'agency-glued-title',
  marks: WEI,
  find(ctx, out) {
    const { units, tables } = ctx;
    // A committee's 委: most texts have none, and no unit is walked over.
    if (!ctx.text.includes(WEI)) return out;
    for (let k = 1; k < units.length; k++) {
      const u = units[k] as Unit;
      if (u.record !== undefined || !u.han || u.text.length <= COMMITTEE || u.text.charAt(1) !== WEI) continue;
      const committee = u.text.slice(0, COMMITTEE);
      const title = u.text.slice(COMMITTEE);
      if (!tables.anchors.has(committee) || !(tables.titles.has(title) || title === STANDING)) continue;
      const place = units[k - 1] as Unit;
      if (place.end !== u.start || (place.record?.type !== 'place' && !placeWithoutLevel(ctx, k))) continue;
      out.push({ start: place.start, end: u.start + COMMITTEE, type: 'agency', source: 'rule', rule: 'agency-glued-title' });
    }
    return out;
  },
};

/** 常委, a member of a committee's standing committee. */
const STANDING = '\u5e38\u59d4';
