// A dictionary zone written after its city: 广州 + 南沙经济技术开发区, 珠海 + 横琴粤澳深度合作区.
// One zone, as the dictionary writes 广州南沙新区 and 重庆两江新区 (the longest name wins); its canonical
// name is the zone's. Only cities and counties of China (places-cn.tsv) open such a name: a province (广东省 +
// 广州经济技术开发区) or a country (中国 + 横琴) stays apart, as the zone is then named by its city. And
// only a zone written out to its head (…区): before a bare nickname the city is a name of its own, the two
// side by side (贵阳 + 贵安, the city and the new area, like 兰白). A zone named by a place of its own (满洲里…,
// 珲春…) is named by it: the prefecture written with its level before it (呼伦贝尔市 + 满洲里综合保税区) stays apart.
import type { EntityRule, RuleContext, Unit } from '../types.js';
import { namesWithPlaceBefore } from './place-before.js';

const DIVISIONS = 'places-cn.tsv';
/** A zone's name written out ends with 区 (新区, 开发区, 合作区, 片区). */
const ZONE_HEAD = '区';
/** The endings of a province's full name: 甘肃省, 新疆维吾尔自治区, 香港特别行政区. */
const PROVINCE = /(?:省|自治区|特别行政区)$/;

const LONGEST_PLACE = 4;

/**
 * Is the place written with its level (呼伦贝尔市, 延边州), not by its short form (绍兴 + 滨海新区 is one zone; so is
 * 锦州 + 滨海新区, the city's short form ending in 州 like a prefecture's level)?
 */
function writtenWithLevel(ctx: RuleContext, place: Unit): boolean {
  return ctx.tables.levelWords.has(place.text.charAt(place.text.length - 1)) && place.record?.canonical === place.text;
}

/** Does the zone's name open with a place of the dictionaries (满洲里 + 综合保税区)? */
function namedByPlace(ctx: RuleContext, text: string): boolean {
  for (let cut = 2; cut <= LONGEST_PLACE && cut < text.length; cut++) if (ctx.isPlace(text.slice(0, cut))) return true;
  return false;
}

/** Does `canonical` open with a place that is not `place` nor its short form (天津滨海新区 after 绍兴)? */
function openedByOtherPlace(ctx: RuleContext, canonical: string, place: string): boolean {
  if (canonical.startsWith(place) || canonical.startsWith(place.slice(0, -1))) return false;
  return namedByPlace(ctx, canonical);
}

/** Does the city before the zone make one zone with it (a city or county of China, the zone written out to its head)? */
function accepts(ctx: RuleContext, place: Unit, zone: Unit): boolean {
  return !zone.record?.notName && place.record?.file === DIVISIONS && !PROVINCE.test(place.record.canonical) && zone.text.endsWith(ZONE_HEAD) && !(writtenWithLevel(ctx, place) && namedByPlace(ctx, zone.text));
}

/** 绍兴 + 滨海新区 is Shaoxing's own new area, not 天津滨海新区: the canonical name only where it opens with no other place. */
function keepsCanonical(ctx: RuleContext, place: Unit, zone: Unit): boolean {
  return !openedByOtherPlace(ctx, zone.record?.canonical ?? '', place.text);
}

export const zoneWithPlace: EntityRule = {
  name: 'zone-with-place',
  find: (ctx, out) => namesWithPlaceBefore(ctx, out, 'zone', 'zone-with-place', accepts, keepsCanonical),
};
