// A dictionary zone written after its city: 广州 + 南沙经济技术开发区, 珠海 + 横琴粤澳深度合作区.
// One zone, as the dictionary writes 广州南沙新区 and 重庆两江新区 (the longest name wins); its canonical
// name is the zone's. Only cities and counties of China (places-cn.tsv) open such a name: a province (广东省 +
// 广州经济技术开发区) or a country (中国 + 横琴) stays apart, as the zone is then named by its city. And
// only a zone written out to its head (…区): before a bare nickname the city is a name of its own, the two
// side by side (贵阳 + 贵安, the city and the new area, like 兰白).
import type { EntityRule } from '../types.js';
import { namesWithPlaceBefore } from './place-before.js';

const DIVISIONS = 'places-cn.tsv';
/** A zone's name written out ends with 区 (新区, 开发区, 合作区, 片区). */
const ZONE_HEAD = '区';
/** The endings of a province's full name: 甘肃省, 新疆维吾尔自治区, 香港特别行政区. */
const PROVINCE = /(?:省|自治区|特别行政区)$/;

export const zoneWithPlace: EntityRule = {
  name: 'zone-with-place',
  find: (ctx) =>
    namesWithPlaceBefore(
      ctx,
      'zone',
      'zone-with-place',
      (place, zone) => !zone.record?.notName && place.record?.file === DIVISIONS && !PROVINCE.test(place.record.canonical) && zone.text.endsWith(ZONE_HEAD),
      true,
    ),
};
