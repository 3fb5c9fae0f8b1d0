// A place written before an agency's short form makes one agency: 山东 + 省委组织部, 湖北 + 省科技厅
// (a short form opening with 省/市/县 alone would name Gansu's), and a city or county written with its
// level before a department's short form: 合肥市 + 发展改革委, 某县 + 商务局.
import type { Candidate, EntityRule, RuleContext, Unit } from '../types.js';

/** The last character of a place written with its administrative level (…省, …市, …县, …区 …). */
const LEVELS = new Set([...'\u7701\u5e02\u53bf\u533a\u5dde\u76df\u65d7']);

/** Does the agency open with an anchor word (国家…, 国务院…, 省…): a central body, not a local one? */
function opensWithAnchor(ctx: RuleContext, text: string): boolean {
  for (let cut = Math.min(text.length - 1, 4); cut >= 1; cut--) if (ctx.tables.anchors.has(text.slice(0, cut))) return true;
  return false;
}

export const agencyWithPlace: EntityRule = {
  name: 'agency-with-place',
  find(ctx) {
    const out: Candidate[] = [];
    const { units, tables } = ctx;
    for (let k = 1; k < units.length; k++) {
      const u = units[k] as Unit;
      if (u.record?.type !== 'agency') continue;
      const place = units[k - 1] as Unit;
      if (place.end !== u.start || place.record?.type !== 'place') continue;
      const short = tables.anchors.has(u.text.slice(0, 1));
      if (!short && !(LEVELS.has(place.text.slice(-1)) && !opensWithAnchor(ctx, u.text))) continue;
      out.push({ start: place.start, end: u.end, type: 'agency', source: 'rule', rule: 'agency-with-place' });
    }
    return out;
  },
};
