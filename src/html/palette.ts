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

/** Quantities are drawn with a coloured underline and a light tint, one colour per kind. */
export const QUANTITY_SWATCHES: Readonly<Record<QuantityKind, Swatch>> = Object.freeze({
  money: { label: 'money', colour: '#c0392b' },
  percent: { label: 'percent', colour: '#d35400' },
  pp: { label: 'percentage points', colour: '#b7950b' },
  measure: { label: 'measure', colour: '#1e8449' },
  count: { label: 'count', colour: '#2471a3' },
  ordinal: { label: 'ordinal', colour: '#7d3c98' },
  date: { label: 'date', colour: '#5d6d7e' },
  number: { label: 'number', colour: '#909497' },
});

export const ENTITY_TYPES = Object.keys(ENTITY_SWATCHES) as EntityType[];
export const QUANTITY_KINDS = Object.keys(QUANTITY_SWATCHES) as QuantityKind[];
