import type { EntityType, QuantityKind } from '../types.js';

export interface Swatch {
  /** Short human label for the legend and the summary. */
  readonly label: string;
  /** Background (entities) or underline and tint (quantities). */
  readonly colour: string;
}

/** Entities are drawn as filled boxes, one colour per type. */
export const ENTITY_SWATCHES: Readonly<Record<EntityType, Swatch>> = Object.freeze({
  agency: { label: 'agency', colour: '#f6c28b' },
  zone: { label: 'zone', colour: '#9fd8a4' },
  enterprise: { label: 'enterprise', colour: '#8ec5f0' },
  project: { label: 'project', colour: '#d6b4f2' },
  organization: { label: 'organization', colour: '#f2a7c3' },
  place: { label: 'place', colour: '#e8e27c' },
  person: { label: 'person', colour: '#a7e3e0' },
  document: { label: 'document', colour: '#d9c7a6' },
});

/**
 * Quantities are drawn with a coloured underline and a light tint, one colour per kind. Chosen (from
 * the Okabe–Ito set and its neighbours) so that money / percent and date / count stay far apart
 * also with protanopia, deuteranopia and tritanopia, and every colour has a contrast of at least 3:1
 * with the white page (tests/html/palette.test.ts checks both).
 */
export const QUANTITY_SWATCHES: Readonly<Record<QuantityKind, Swatch>> = Object.freeze({
  money: { label: 'money', colour: '#0072b2' },
  percent: { label: 'percent', colour: '#d55e00' },
  pp: { label: 'percentage points', colour: '#009e73' },
  measure: { label: 'measure', colour: '#cc79a7' },
  count: { label: 'count', colour: '#b15928' },
  ordinal: { label: 'ordinal', colour: '#000000' },
  date: { label: 'date', colour: '#4d4d4d' },
  number: { label: 'number', colour: '#762a83' },
});

export const ENTITY_TYPES = Object.keys(ENTITY_SWATCHES) as EntityType[];
export const QUANTITY_KINDS = Object.keys(QUANTITY_SWATCHES) as QuantityKind[];
