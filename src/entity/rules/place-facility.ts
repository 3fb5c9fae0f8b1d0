// An airport or a railway station named by its city: 郑州新郑国际机场, 长春龙嘉国际机场, 大兴机场, 雄安站,
// 郑州东站. One place, not the city alone (and not the airport's own name read as a person, 龙嘉). An
// airport is a place (or a place and a name of at most three characters, 郑州 + 新郑, 昆明 + 长水) followed
// by (国际)机场; a station is a place followed by 站 or by 东站 / 西站 / 南站 / 北站, written as one word
// or apart. A project on the facility (…机场三期扩建工程) or a route to it is longer and wins.
import type { Candidate, EntityRule, RuleContext, Unit } from '../types.js';

const AIRPORT = '机场';
const INTERNATIONAL = '国际';
const STATION = '站';
const STATION_SIDES = new Set(['东', '西', '南', '北']);
/** The longest name written between the city and 机场 (新郑, 贡嘎, 曹家堡). */
const MAX_AIRPORT_NAME = 3;

export const placeFacility: EntityRule = {
  name: 'place-facility',
  // 站, and the first character of 机场.
  marks: STATION + AIRPORT.charAt(0),
  find(ctx, out) {
    const { units } = ctx;
    // Most texts name no station or airport: one native scan of the text, and no walk over its units.
    if (!ctx.text.includes(STATION) && !ctx.text.includes(AIRPORT)) return out;
    for (let k = 0; k < units.length; k++) {
      const u = units[k] as Unit;
      if (gluedFacility(ctx, u)) {
        out.push(place(u.start, u.end));
        continue;
      }
      // Most units are followed by no 机场 or 站: the place is looked up only where one is.
      if (!facilityAhead(units, k) || !isPlaceUnit(ctx, u)) continue;
      const end = airportEnd(ctx, k) ?? stationEnd(ctx, k);
      if (end !== null) out.push(place(u.start, end));
    }
    return out;
  },
};

/** How many units after a place the word 机场 may stand (name, name, 国际, 机场). */
const AIRPORT_REACH = 4;

/** Is 机场 among the next few units after unit k, or a station word right after it? */
function facilityAhead(units: readonly Unit[], k: number): boolean {
  const first = units[k + 1];
  if (first === undefined) return false;
  if (first.text.endsWith(STATION) || STATION_SIDES.has(first.text)) return true;
  for (let i = k + 1; i <= k + AIRPORT_REACH && i < units.length; i++) if ((units[i] as Unit).text.endsWith(AIRPORT)) return true;
  return false;
}

function place(start: number, end: number): Candidate {
  return { start, end, type: 'place', source: 'rule', rule: 'place-facility' };
}

function isPlaceUnit(ctx: RuleContext, u: Unit): boolean {
  if (u.record !== undefined) return u.record.type === 'place' && !ctx.tables.vaguePlaces.has(u.text);
  return u.han && ctx.isPlace(u.text) && !ctx.tables.vaguePlaces.has(u.text);
}

/** Is unit i written right after unit i - 1? */
function next(ctx: RuleContext, i: number): Unit | undefined {
  const u = ctx.units[i];
  const before = ctx.units[i - 1];
  return u !== undefined && before !== undefined && before.end === u.start ? u : undefined;
}

/** The end of 机场 after the place at unit k (and a short name, and 国际), or null. */
function airportEnd(ctx: RuleContext, k: number): number | null {
  let i = k + 1;
  let nameLength = 0;
  for (let u = next(ctx, i); u !== undefined; u = next(ctx, ++i)) {
    if (u.text === AIRPORT || u.text === INTERNATIONAL + AIRPORT) return u.end;
    if (u.text === INTERNATIONAL) {
      const last = next(ctx, i + 1);
      return last?.text === AIRPORT ? last.end : null;
    }
    nameLength += u.end - u.start;
    if (nameLength > MAX_AIRPORT_NAME || !u.han || (u.record !== undefined ? u.record.type !== 'place' : isPlainWord(ctx, u.text))) return null;
  }
  return null;
}

/** The end of a station right after the place at unit k (兰州 + 站, 郑州 + 东站, 西安 + 北 + 站), or null. */
function stationEnd(ctx: RuleContext, k: number): number | null {
  const u = next(ctx, k + 1);
  if (u === undefined) return null;
  if (u.text === STATION || (u.text.length === 2 && STATION_SIDES.has(u.text.charAt(0)) && u.text.charAt(1) === STATION)) return u.end;
  const last = STATION_SIDES.has(u.text) ? next(ctx, k + 2) : undefined;
  return last?.text === STATION ? last.end : null;
}

/** A place and 站, or a place and (国际)机场, written as one word (雄安站, 郑州东站, 澳门国际机场). */
function gluedFacility(ctx: RuleContext, u: Unit): boolean {
  const { text } = u;
  if (u.record !== undefined || !u.han || text.length < 3) return false;
  // 澳门国际机场, 萧山机场 kept whole by the segmenter: a place and (国际)机场.
  if (text.endsWith(AIRPORT)) {
    const place = text.slice(0, text.length - AIRPORT.length);
    return ctx.isPlace(place.endsWith(INTERNATIONAL) ? place.slice(0, place.length - INTERNATIONAL.length) : place);
  }
  if (text.charAt(text.length - 1) !== STATION) return false;
  const side = STATION_SIDES.has(text.charAt(text.length - 2)) ? 1 : 0;
  // Two plain tests, not a callback over [1 + side, 1]: a callback reading `text` gave every call a context object.
  return placeBeforeCut(ctx, text, 1 + side) || placeBeforeCut(ctx, text, 1);
}

/** Is `text` without its last `cut` characters a place of two characters or more? */
function placeBeforeCut(ctx: RuleContext, text: string, cut: number): boolean {
  return text.length - cut >= 2 && ctx.isPlace(text.slice(0, text.length - cut));
}

/**
 * A word that names no airport: a verb that opens names (新建), a one-character function word (的), a
 * generic or common word. A longer word jieba reads as a verb may be the name (正定, 曹家堡).
 */
function isPlainWord(ctx: RuleContext, text: string): boolean {
  const { tables } = ctx;
  if (tables.leadWords.has(text) || tables.genericWords.has(text) || tables.commonWords.has(text)) return true;
  return text.length === 1 && tables.breakWords.has(text);
}
