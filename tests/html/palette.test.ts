// The HTML view's colours: quantity kinds people with common colour-vision deficiencies can tell
// apart (simulated after Machado et al. 2009), underlines visible on the white page, entity
// backgrounds that keep the text readable (WCAG 2 contrast ratios).
import { describe, expect, it } from 'vitest';
import { ENTITY_SWATCHES, QUANTITY_SWATCHES } from '../../src/html/palette.js';
import { contrast, difference, simulate, type Vision } from './colour.js';

const here = '[html/palette] ';
const VISIONS: readonly Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];
const PAGE = '#ffffff';
const TEXT = '#1d1d1f';
const q = (kind: keyof typeof QUANTITY_SWATCHES): string => QUANTITY_SWATCHES[kind].colour;

describe('the palette of the HTML view', () => {
  it(`${here}the simulation behaves: red and green collapse for protanopia and deuteranopia, not for tritanopia`, () => {
    expect(difference('#d62728', '#2ca02c', 'normal')).toBeGreaterThan(80);
    expect(difference('#d62728', '#2ca02c', 'deuteranopia')).toBeLessThan(40);
    expect(difference('#d62728', '#2ca02c', 'protanopia')).toBeLessThan(50);
    expect(difference('#d62728', '#2ca02c', 'tritanopia')).toBeGreaterThan(60);
    expect(simulate('#808080', 'deuteranopia').map((c) => c.toFixed(2))).toEqual(simulate('#808080', 'normal').map((c) => c.toFixed(2)));
  });

  it.each(VISIONS)(`${here}money and percent, date and count are far apart (CIE ΔE ≥ 35) with %s vision`, (vision) => {
    expect(difference(q('money'), q('percent'), vision)).toBeGreaterThanOrEqual(35);
    expect(difference(q('date'), q('count'), vision)).toBeGreaterThanOrEqual(35);
  });

  it.each(VISIONS)(`${here}no two quantity kinds look alike (ΔE ≥ 15) with %s vision`, (vision) => {
    const kinds = Object.keys(QUANTITY_SWATCHES) as (keyof typeof QUANTITY_SWATCHES)[];
    for (const a of kinds) for (const b of kinds) if (a < b) expect(difference(q(a), q(b), vision), `${a} / ${b}`).toBeGreaterThanOrEqual(15);
  });

  it(`${here}every underline has a contrast of at least 3:1 with the page; text on every entity colour at least 4.5:1`, () => {
    for (const [kind, swatch] of Object.entries(QUANTITY_SWATCHES)) expect(contrast(swatch.colour, PAGE), kind).toBeGreaterThanOrEqual(3);
    for (const [type, swatch] of Object.entries(ENTITY_SWATCHES)) expect(contrast(swatch.colour, TEXT), type).toBeGreaterThanOrEqual(4.5);
  });
});
