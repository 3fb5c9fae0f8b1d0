import { WordRole } from '../lexicon/facts.js';
import type { Entity } from '../types.js';
import { GENERIC, isOwner, type Topic } from './topics.js';
import { hasRole, type Unit } from './units.js';

/** Is a surface a place name (the entity stage's place dictionary)? */
export type PlaceTest = (surface: string) => boolean;

/** The longest place name looked for at the start of an agency's name, in UTF-16 units. */
const LONGEST_PLACE = 8;

/**
 * The place a report frame is about: the place written right before the reporting agency
 * (据台湾|经济部统计), or the agency itself when its name opens with a place (澳门统计暨普查局公布,
 * 浙江省统计局数据显示, 台南市政府统计): the figures reported are about that place. A national or
 * generic body (国家统计局, 省统计局, 财政部) names none. `known` keeps what was found for the agencies of
 * the text so far (a text names the same few again and again; each test slices and looks up its name up to 7 times).
 */
export function reportedPlace(units: readonly Unit[], i: number, end: number, isPlace: PlaceTest, known: Map<string, boolean>): Entity | null {
  for (let k = i; k < end && k < i + 4; k++) {
    const unit = units[k] as Unit;
    if (!isOwner(unit)) continue;
    const agency = units[k + 1];
    if (unit.entity.type === 'place' && isOwner(agency) && agency.entity.type === 'agency' && agency.start === unit.end) return unit.entity;
    if (unit.entity.type !== 'agency') continue;
    let opens = known.get(unit.text);
    if (opens === undefined) {
      opens = opensWithPlace(unit.text, isPlace);
      known.set(unit.text, opens);
    }
    return opens ? unit.entity : null;
  }
  return null;
}

/** Does the name open with a place name and go on after it (浙江省|统计局, 香港|金融管理局)? */
function opensWithPlace(name: string, isPlace: PlaceTest): boolean {
  for (let cut = Math.min(name.length - 1, LONGEST_PLACE); cut >= 2; cut--) if (isPlace(name.slice(0, cut))) return true;
  return false;
}

/**
 * A generic holder after the verb of saying in a report frame (四川省统计局预估全省粮食产量…): the
 * figures reported are the whole province's, not the frame's place. Returns its index and topic, or null.
 */
export function reportedHolder(units: readonly Unit[], i: number, end: number): { at: number; topic: Topic } | null {
  let said = false;
  for (let k = i; k < end; k++) {
    if (hasRole(units[k], WordRole.Speech)) said = true;
    else if (said && hasRole(units[k], WordRole.Generic)) return { at: k, topic: GENERIC };
  }
  return null;
}
