// A place written before an agency's short form that opens with 省/市/县 …: 山东 + 省委组织部,
// 湖北 + 省科技厅 make one agency (the short form alone would name Gansu's).
import type { Candidate, EntityRule, Unit } from '../types.js';

export const agencyWithPlace: EntityRule = {
  name: 'agency-with-place',
  find(ctx) {
    const out: Candidate[] = [];
    const { units, tables } = ctx;
    for (let k = 1; k < units.length; k++) {
      const u = units[k] as Unit;
      if (u.record?.type !== 'agency' || !tables.anchors.has(u.text.slice(0, 1))) continue;
      const place = units[k - 1] as Unit;
      if (place.end !== u.start || place.record?.type !== 'place') continue;
      out.push({ start: place.start, end: u.end, type: 'agency', source: 'rule', rule: 'agency-with-place' });
    }
    return out;
  },
};
