// A place written before an agency's short form makes one agency: 山东 + 省委组织部, 湖北 + 省科技厅
// (a short form opening with 省/市/县 alone would name Gansu's), and a city or county written with its
// level before a department's short form: 合肥市 + 发展改革委, 某县 + 商务局; a special administrative region
// written short before one of its bodies: 香港 + 政府统计处, 澳门 + 统计暨普查局.
import type { EntityRule, RuleContext, Unit } from '../types.js';
import { namesWithPlaceBefore } from './place-before.js';

/** The last character of a place written with its administrative level (…省, …市, …县, …区 …). */
const LEVELS = new Set([...'\u7701\u5e02\u53bf\u533a\u5dde\u76df\u65d7']);
/** 特别行政区: the end of the canonical name of 香港 and 澳门. */
const SPECIAL_REGION = '\u7279\u522b\u884c\u653f\u533a';

/** Does the agency open with an anchor word (国家…, 国务院…, 省…): a central body, not a local one? */
function opensWithAnchor(ctx: RuleContext, text: string): boolean {
  for (let cut = Math.min(text.length - 1, 4); cut >= 1; cut--) if (ctx.tables.anchors.has(text.slice(0, cut))) return true;
  return false;
}

/** Does the place before agency `u` make one agency with it (a short form, or a place written with its level or a special region)? */
function accepts(ctx: RuleContext, place: Unit, u: Unit): boolean {
  const short = ctx.tables.anchors.has(u.text.slice(0, 1));
  const region = (place.record?.canonical ?? place.text).endsWith(SPECIAL_REGION);
  return short || ((region || LEVELS.has(place.text.slice(-1))) && !opensWithAnchor(ctx, u.text));
}

export const agencyWithPlace: EntityRule = {
  name: 'agency-with-place',
  find: (ctx, out) => namesWithPlaceBefore(ctx, out, 'agency', 'agency-with-place', accepts),
};
