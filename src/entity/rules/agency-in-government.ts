// An office written after the government it belongs to makes one agency: 台北市 + 政府 + 主计处,
// 高雄市政府 + 主计处. The office is a dictionary agency (主计处 alone is Taiwan's statistics office);
// written after a city's government it is that city's office. A government the dictionary names as a
// whole (香港特别行政区政府 + 创新科技及工业局) keeps its bureau a name of its own.
import type { EntityRule, RuleContext, Unit } from '../types.js';
import { isPlaceUnit } from '../place-unit.js';

/** 政府: the word a government ends with. */
const GOVERNMENT = '\u653f\u5e9c';

/** Where the government before unit `k` starts (its place included), or -1 when none is there. */
function governmentStart(ctx: RuleContext, k: number): number {
  const gov = ctx.units[k - 1];
  // A government the dictionary names (香港特别行政区政府) and its bureau stay two names.
  if (gov === undefined || gov.record !== undefined || gov.end !== (ctx.units[k] as Unit).start || !gov.text.endsWith(GOVERNMENT)) return -1;
  if (gov.text.length > GOVERNMENT.length) return ctx.isPlace(gov.text.slice(0, -GOVERNMENT.length)) ? gov.start : -1;
  const place = ctx.units[k - 2];
  return place !== undefined && place.end === gov.start && isPlaceUnit(ctx, place) ? place.start : -1;
}

export const agencyInGovernment: EntityRule = {
  name: 'agency-in-government',
  find: (ctx, out) => {
    if (ctx.nameCount === 0) return out;
    for (let k = 1; k < ctx.units.length; k++) {
      const office = ctx.units[k] as Unit;
      if (office.record?.type !== 'agency' || office.text.endsWith(GOVERNMENT)) continue;
      const start = governmentStart(ctx, k);
      if (start >= 0) out.push({ start, end: office.end, type: 'agency', source: 'rule', rule: 'agency-in-government' });
    }
    return out;
  },
};
