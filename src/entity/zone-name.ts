// Where a zone's name starts when its walk stopped at a word that stands inside zones' names though it ends
// other names: a verb of the zone's programme (淄博新旧动能 + 转换 + 创新示范区, 日喀则珠峰文化旅游 + 创意 + 产业园区,
// 粤桂合作 + 特别 + 试验区: zone-inner-words.tsv), 国家 farther from the ending than the walk looks (鄂尔多斯 + 国家 +
// 可持续发展议程创新示范区), the first word of a zone's ending of several words (深汕 + 特别 + 合作 + 区 +
// 新能源汽车产业园: a zone inside the name), and a town in brackets after its county (勐腊（磨憨）重点开发开放试验区).
// The part taken before such a word must hold a place (or a province's short form: 遂潼川渝毗邻…先行区), so a verb of
// running text names nothing (推动 + 新旧动能 + 转换 + 示范区); before a zone's ending inside the name a distinctive
// word is enough (深汕).
import type { RuleContext, Unit } from './types.js';
import { adjacentGap, groupOpen, walkLeft, type WalkOptions } from './walk.js';
import { isPlaceUnit } from './place-unit.js';
import { isNamePart } from './suffix-rule.js';
import { isCount } from './rules/counts.js';

/** At most this many such words in one name. */
const MAX_BRIDGES = 3;
/** A zone's name so extended is at most this long. */
const LONGEST = 26;
/** How many units after a word a zone's ending that opens with it may end. */
const ENDING_REACH = 3;
const CLOSING = ')';
const TOWN_LEVELS = ['\u9547', '\u4e61'];

/** The unit where a zone's name that the walk took from unit `left` to its ending in unit `head` starts. */
export function zoneNameLeft(ctx: RuleContext, left: number, head: number, options: WalkOptions): number {
  let start = left;
  for (let n = 0; n < MAX_BRIDGES && start > 0; n++) {
    const i = start - 1;
    if (adjacentGap(ctx, i)) break;
    const u = ctx.units[i] as Unit;
    let bridge = -1;
    let needsPlace = true;
    if (u.record === undefined && opensZoneEnding(ctx, i, head)) {
      bridge = i;
      needsPlace = false;
    } else if (u.record === undefined && (ctx.tables.zoneInnerWords.has(u.text) || placeBefore(ctx, i, ctx.tables.zoneWords.has(u.text)))) bridge = i;
    else if (u.text === CLOSING) bridge = townInBrackets(ctx, i);
    if (bridge < 0) break;
    const from = walkLeft(ctx, bridge, options);
    if (from === bridge || (ctx.units[head] as Unit).end - (ctx.units[from] as Unit).start > LONGEST) break;
    if (!(needsPlace ? holdsPlace(ctx, from, bridge) : holdsNamePart(ctx, from, bridge))) break;
    start = from;
  }
  return start;
}

/** Is `ok` true and unit i (国家, 国家级) right after a place (鄂尔多斯 + 国家)? */
function placeBefore(ctx: RuleContext, i: number, ok: boolean): boolean {
  const before = ctx.units[i - 1];
  return ok && before !== undefined && !adjacentGap(ctx, i - 1) && isPlaceUnit(ctx, before);
}

/** Does a zone's ending of several words open at unit i and end within the name (特别 + 合作 + 区)? */
function opensZoneEnding(ctx: RuleContext, i: number, head: number): boolean {
  const start = (ctx.units[i] as Unit).start;
  for (let j = i + 1; j < head && j <= i + ENDING_REACH; j++) {
    const u = ctx.units[j] as Unit;
    const found = u.suffixes?.[0];
    if (found !== undefined && found.type === 'zone' && u.end - found.suffix.length === start) return true;
  }
  return false;
}

/** The opening bracket of a town written in brackets right after a place (勐腊 + （磨憨）), or -1. */
function townInBrackets(ctx: RuleContext, close: number): number {
  const open = groupOpen(ctx, close);
  if (open < 1 || open + 1 === close) return -1;
  const town = ctx.text.slice((ctx.units[open] as Unit).end, (ctx.units[close] as Unit).start);
  const before = ctx.units[open - 1] as Unit;
  if (adjacentGap(ctx, open - 1) || !isPlaceUnit(ctx, before)) return -1;
  const isTown = ctx.isPlace(town) || TOWN_LEVELS.some((level) => ctx.tables.towns.has(town + level));
  return isTown ? open : -1;
}

/** Does a unit in [from, to) name a place: a place, a zone, or a province's one-character short form (渝)? */
function holdsPlace(ctx: RuleContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const u = ctx.units[k] as Unit;
    if (isPlaceUnit(ctx, u) || u.record?.type === 'zone' || (u.record === undefined && shortForms(ctx, u.text))) return true;
  }
  return false;
}

/** Is `text` made of provinces' one-character short forms (渝, 粤桂, 京津冀)? */
function shortForms(ctx: RuleContext, text: string): boolean {
  if (text.length > MAX_SHORT_FORMS) return false;
  for (const c of text) if (!ctx.tables.placePairs.regions.has(c)) return false;
  return true;
}

const MAX_SHORT_FORMS = 4;

/** Does a unit in [from, to) tell which zone: a name or a distinctive word (深汕)? */
function holdsNamePart(ctx: RuleContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const u = ctx.units[k] as Unit;
    if (u.record !== undefined || (u.han && isNamePart(ctx, u.text))) return true;
  }
  return false;
}

/**
 * Does the name of an area (…片区, …生态区: suffixes.tsv needs=place) from unit `start` hold a place or a name of the
 * dictionaries (郑州 + 片区, 钦州港 + 片区, 西安 + 浐灞 + 生态区)? An area named by a common word is a part of a town's
 * plan (老城片区, 核心片区) or a kind of land (湿地生态区), no zone.
 */
export function namesPlace(ctx: RuleContext, start: number, head: number, before: string): boolean {
  for (let i = start; i < head; i++) {
    const u = ctx.units[i] as Unit;
    if (u.record !== undefined || isPlaceUnit(ctx, u) || placeOpening(ctx, u.text)) return true;
  }
  return placeOpening(ctx, before);
}

const LONGEST_PLACE = 4;

/** Does `text` open with a place of the dictionaries (钦州港: 钦州)? */
function placeOpening(ctx: RuleContext, text: string): boolean {
  for (let cut = Math.min(LONGEST_PLACE, text.length); cut >= 2; cut--) if (ctx.isPlace(text.slice(0, cut))) return true;
  return false;
}

/** Is a unit in [start, head) a count (辖下 + 三个 + 工业邨, 该市 + 5个 + 工业园区)? The words after it name a kind of zone. */
export function holdsCount(ctx: RuleContext, start: number, head: number): boolean {
  for (let i = start; i < head; i++) if (isCount(ctx, (ctx.units[i] as Unit).text)) return true;
  return false;
}

const GRADE = '\u7ea7';

/** Are the units in [start, head) grades alone (五星级 + 园区, 省级 + 示范区), `before` empty? Then the zone is a kind. */
export function gradesOnly(ctx: RuleContext, start: number, head: number, before: string): boolean {
  if (before !== '' || start >= head) return false;
  for (let i = start; i < head; i++) if (!(ctx.units[i] as Unit).text.endsWith(GRADE)) return false;
  return true;
}
