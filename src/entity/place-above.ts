// Of two places written with their level before a name (郴州市 + 资兴市…, 南通市 + 如东县…), or of a place
// written with its level before a zone (红河州 + 蒙自经济技术开发区…, 黔南州 + 都匀经济开发区…), the first tells where the name lies and
// stays a place of its own; a district written short stays in (金昌市 + 金川 + …). The zone rule reads its
// own copy of this; the project rule reads this one.
import { isPlaceUnit } from './place-unit.js';
import type { RuleContext, Unit } from './types.js';

/** Does the unit end with a level word (湖北省, 湖口县, 红河州)? */
function withLevel(ctx: RuleContext, u: Unit): boolean {
  return ctx.tables.levelWords.has(u.text.charAt(u.text.length - 1));
}

const AUTONOMOUS_PREFECTURE = '\u81ea\u6cbb\u5dde';

/**
 * Is the unit a place written out with its level (郴州市, 湖南省) or an autonomous prefecture's short form + 州
 * (红河州)? A city whose name ends like a level (儋州, 郑州) is not: written short, it joins the name after it.
 */
function placeWithLevel(ctx: RuleContext, u: Unit): boolean {
  const record = u.record;
  if (record?.type !== 'place' || !withLevel(ctx, u)) return false;
  return record.canonical === u.text || record.canonical.endsWith(AUTONOMOUS_PREFECTURE);
}

/**
 * Is unit i an autonomous prefecture's short form + 州 (黔南州, 昌吉州) before a zone's ending the rules read (黔南州 +
 * 都匀经济开发区 + 新能源…项目)? No zone's name opens with one, as the zone rule reads it.
 */
function prefectureAboveZone(ctx: RuleContext, i: number, head: number): boolean {
  const u = ctx.units[i] as Unit;
  const record = u.record;
  if (record === undefined || record.canonical === u.text || !record.canonical.endsWith(AUTONOMOUS_PREFECTURE)) return false;
  for (let k = i + 2; k < head; k++) if ((ctx.units[k] as Unit).suffixes?.some((r) => r.type === 'zone') ?? false) return true;
  return false;
}

/**
 * The start of a name that starts at unit s and ends before unit head, with the places written with their
 * level that stand above the next place or zone left out (郴州市 + 资兴市东江湖数据中心二期项目).
 */
export function afterPlacesAbove(ctx: RuleContext, s: number, head: number): number {
  if (s < 0) return s;
  let i = s;
  for (;;) {
    const u = ctx.units[i] as Unit;
    const next = ctx.units[i + 1];
    if (i + 1 >= head || next === undefined || next.start !== u.end || !placeWithLevel(ctx, u)) return i;
    const below = next.record?.type === 'zone' || (withLevel(ctx, next) && isPlaceUnit(ctx, next)) || prefectureAboveZone(ctx, i, head);
    if (!below) return i;
    i++;
  }
}
