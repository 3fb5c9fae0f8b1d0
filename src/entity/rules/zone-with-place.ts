// A dictionary zone written after its city: 广州 + 南沙经济技术开发区, 珠海 + 横琴粤澳深度合作区.
// One zone, as the dictionary writes 广州南沙新区 and 重庆两江新区 (the longest name wins); its canonical
// name is the zone's. Only cities and counties of China (places-cn.tsv) open such a name: a province (广东省 +
// 广州经济技术开发区) or a country (中国 + 横琴) stays apart, as the zone is then named by its city. And
// only a zone written out to its head (…区): before a bare nickname the city is a name of its own, the two
// side by side (贵阳 + 贵安, the city and the new area, like 兰白).
import type { Candidate, EntityRule, Unit } from '../types.js';

const DIVISIONS = 'places-cn.tsv';
/** A zone's name written out ends with 区 (新区, 开发区, 合作区, 片区). */
const ZONE_HEAD = '区';
/** The endings of a province's full name: 甘肃省, 新疆维吾尔自治区, 香港特别行政区. */
const PROVINCE = /(?:省|自治区|特别行政区)$/;

export const zoneWithPlace: EntityRule = {
  name: 'zone-with-place',
  find(ctx) {
    const out: Candidate[] = [];
    const { units } = ctx;
    for (let k = 1; k < units.length; k++) {
      const zone = (units[k] as Unit).record;
      const place = units[k - 1] as Unit;
      if (zone === undefined || zone.type !== 'zone' || zone.notName || place.record?.type !== 'place' || place.record.file !== DIVISIONS || PROVINCE.test(place.record.canonical)) continue;
      if (place.end !== (units[k] as Unit).start || !(units[k] as Unit).text.endsWith(ZONE_HEAD)) continue;
      out.push({ start: place.start, end: (units[k] as Unit).end, type: 'zone', source: 'rule', rule: 'zone-with-place', canonical: zone.canonical });
    }
    return out;
  },
};
