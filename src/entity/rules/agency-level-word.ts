// A level word written alone right before a dictionary agency that news also uses for local bodies makes
// the local body's short form: 市 + 发改委, 自治区 + 发展改革委, 县 + 国资委, 旗 + 发展改革委 (the body of the
// city, region or county the text is about, not the national one). A place right before the level word is
// taken too (兰州 + 市 + 发改委). A body opening with an anchor of its own (国家发改委, 省委组织部) stays as it is.
import type { EntityRule, RuleContext, Unit } from '../types.js';

/** Does the agency open with an anchor word (国家…, 国务院…, 省…): a body whose level is written already? */
function opensWithAnchor(ctx: RuleContext, text: string): boolean {
  for (let cut = Math.min(text.length - 1, 4); cut >= 1; cut--) if (ctx.tables.anchors.has(text.slice(0, cut))) return true;
  return false;
}

export const agencyLevelWord: EntityRule = {
  name: 'agency-level-word',
  find(ctx, out) {
    const { units } = ctx;
    for (let k = 1; k < units.length; k++) {
      const name = units[k] as Unit;
      if (name.record?.type !== 'agency') continue;
      const level = units[k - 1] as Unit;
      if (level.record !== undefined || level.end !== name.start || !ctx.tables.levelWords.has(level.text)) continue;
      // A body that is an anchor itself (国务院, 全国人大) has no local counterpart.
      if (ctx.tables.anchors.has(name.text) || opensWithAnchor(ctx, name.text)) continue;
      const place = units[k - 2];
      const start = place !== undefined && place.end === level.start && place.record?.type === 'place' ? place.start : level.start;
      out.push({ start, end: name.end, type: 'agency', source: 'rule', rule: 'agency-level-word' });
    }
    return out;
  },
};
