// …厅 / 局 / 委 / 委员会 / 部 / 办公室 / 管委会 / 人民政府 after a place or 省 / 市 / 县 / 国家:
// 四川省经济和信息化厅, 成都市科技局, 国家发展和改革委员会; and offices written with their parent
// agency (省科技厅兰白工作处). A title in the walk ends what comes before it (…副部长 + 某某和委员会 is none).
// The segmenter may glue the level word to the department's first character (市住 + 建局).
import type { EntityType } from '../../types.js';
import { isAnchor, isNamePart, startWithDistinctPart, suffixRule } from '../suffix-rule.js';
import { zoneBodyStart } from './zone-suffix.js';
import type { RuleContext, Unit } from '../types.js';

/**
 * Is unit u a level word (省, 市, 区, 县) and one more character, no word of its own (市住, 区住)? Not two levels
 * (市区, 省市) nor a level word + 级 (乡级人民政府 is a kind).
 */
function gluedLevelWord(ctx: RuleContext, u: Unit): boolean {
  const { tables } = ctx;
  if (u.record !== undefined || u.text.length !== 2 || !tables.levelWords.has(u.text.charAt(0))) return false;
  const second = u.text.charAt(1);
  if (second === GRADE || tables.levelWords.has(second)) return false;
  return !tables.breakOrGeneric.has(u.text) && !tables.commonWords.has(u.text);
}

/** The unit a zone's name written before the agency's ending starts at (its ending in unit head - 1), or -1. */
function zoneNameStart(ctx: RuleContext, left: number, head: number): number {
  const last = ctx.units[head - 1];
  if (head - 1 <= left || last === undefined || last.record !== undefined || !(last.suffixes?.some((r) => r.type === 'zone') ?? false)) return -1;
  for (let i = left; i < head - 1; i++) if (!isNamePart(ctx, (ctx.units[i] as Unit).text)) return -1;
  return left;
}

/**
 * Is the unit before anchor unit i a place written without its level, the level opening the anchor
 * (永济 + 市委: 永济市 is a county-level city whose short form no place list holds)? Only a city's or a county's
 * level: a district's name alone is often an area's or a zone's (南沙 + 区委书记 is left alone).
 */
export function placeWithoutLevel(ctx: RuleContext, i: number): boolean {
  const u = ctx.units[i] as Unit;
  const before = ctx.units[i - 1];
  if (before === undefined || before.end !== u.start || before.record !== undefined || !before.han || before.text.length < 2) return false;
  const level = u.text.charAt(0);
  return CITY_OR_COUNTY.includes(level) && !ctx.tables.levelWords.has(before.text.slice(-1)) && ctx.isPlace(before.text + level);
}

/** 市 and 县: the levels a place is written without before its committee or government. */
const CITY_OR_COUNTY = '\u5e02\u53bf';

/** 级, of a level (乡级, 省级). */
const GRADE = '\u7ea7';

const THROUGH: ReadonlySet<EntityType> = new Set(['place', 'zone', 'agency']);

export const agencySuffix = suffixRule('agency-suffix', {
  type: 'agency',
  maxLength: 22,
  through: THROUGH,
  joiners: true,
  start(ctx, left, head, before, suffix) {
    // A title that ends like an agency (主委, 副主委: Taiwan's chairs of a council) is no agency's ending.
    if (ctx.tables.titles.has((ctx.units[head] as Unit).text)) return -1;
    let parent = false;
    let anchor = -1;
    // A title ends what comes before it (外交部副部长 + 某某和委员会): the agency starts after it.
    for (let i = head - 1; i > left; i--) {
      if (ctx.tables.titles.has((ctx.units[i] as Unit).text)) {
        left = i + 1;
        break;
      }
    }
    for (let i = left; i < head; i++) {
      const u = ctx.units[i] as Unit;
      // The parent: a dictionary agency, or a word ending like one (科技厅 in 湖北省科技厅成果转化处).
      if (u.record?.type === 'agency' || (u.suffixes?.some((r) => r.type === 'agency' && !r.needsParent) ?? false)) parent = true;
      if (anchor < 0 && isAnchor(ctx, u)) anchor = i;
    }
    // A zone's own body (钦州港 + 片区 + 管委会): a zone ending with a name part before it is the anchor.
    if (anchor < 0 && !suffix.needsParent) anchor = zoneNameStart(ctx, left, head);
    // The zone as its own rule reads it (周口港口物流产业 + 集聚 + 区 + 管委会, 正定 + 高新区 + 管委会): from where it starts.
    if (!suffix.needsParent && head > 0) {
      const zone = zoneBodyStart(ctx, head - 1);
      if (zone >= 0 && (anchor < 0 || zone < anchor)) anchor = zone;
    }
    // A level word glued to the department's first character by the segmenter: 市住 + 建局, 区住 + 建局.
    if (anchor < 0 && left < head && gluedLevelWord(ctx, ctx.units[left] as Unit)) anchor = left;
    if (suffix.needsParent) return parent ? anchor : -1;
    if (anchor > left && placeWithoutLevel(ctx, anchor)) return anchor - 1;
    if (anchor >= 0) return anchor;
    // A customs office is named after its port or district, no place list needed (黄埔海关, 新港海关): needs=named.
    if (suffix.named) return startWithDistinctPart(ctx, left, head, before);
    // The anchor glued to the department by the segmenter: 市政府, 县委, 福建省人民政府.
    if (before === '') return -1;
    for (let cut = Math.min(before.length, 4); cut >= 1; cut--) {
      if (ctx.tables.anchors.has(before.slice(0, cut))) return head > left && placeWithoutLevel(ctx, head) ? head - 1 : head;
    }
    for (let cut = Math.min(before.length, 8); cut >= 2; cut--) if (ctx.isPlace(before.slice(0, cut))) return head;
    return -1;
  },
});
