import type { Entity } from '../types.js';
import { isOwner } from './topics.js';
import type { Unit } from './units.js';

/**
 * The place written right before the reporting agency of a report frame (据台湾|经济部统计): the
 * figures reported are about it; the agency itself owns none of them.
 */
export function reportedPlace(units: readonly Unit[], i: number, end: number): Entity | null {
  for (let k = i; k + 1 < end && k < i + 4; k++) {
    const place = units[k] as Unit;
    const agency = units[k + 1] as Unit;
    if (isOwner(place) && place.entity.type === 'place' && isOwner(agency) && agency.entity.type === 'agency' && agency.start === place.end) return place.entity;
  }
  return null;
}
