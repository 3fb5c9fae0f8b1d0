import { describe, expect, it } from 'vitest';
import families from '../fixtures/pathological.json';
import { analyze } from '../../src/index.js';

const here = '[robustness/pathological] ';
const SIZE = 1_000_000;

interface Family { name: string; unit?: string; open?: string; close?: string; depth?: number }

/** The family's input of about `size` UTF-16 units (nested brackets: `depth` levels, whatever the size). */
export function build(family: Family, size: number): string {
  if (family.unit !== undefined) return family.unit.repeat(Math.ceil(size / family.unit.length)).slice(0, size);
  const depth = family.depth ?? 0;
  return (family.open ?? '').repeat(depth) + '兰州' + (family.close ?? '').repeat(depth);
}

// How fast each family runs is measured by `npm run bench`; here each must simply run to completion.
describe('pathological inputs run to completion', () => {
  it.each(families as Family[])(`${here}$name at 1 MB`, (family) => {
    const input = build(family, SIZE);
    const result = analyze(input);
    expect(result.text.length).toBe(input.length);
    const last = result.tokens[result.tokens.length - 1];
    expect(last?.end).toBe(input.trimEnd().length);
    for (const q of result.quantities) {
      if (typeof q.value === 'number') expect(Number.isFinite(q.value)).toBe(true);
    }
    for (const f of result.facts) expect(f.value.end).toBeGreaterThan(f.value.start);
  }, 300_000);

  it(`${here}a 20 MB string in one call`, () => {
    const unit = '2024年，兰州新区完成地区生产总值400亿元，同比增长6.5%。\n';
    const input = unit.repeat(Math.ceil(20_000_000 / unit.length));
    const result = analyze(input);
    expect(result.tokens.length).toBeGreaterThan(input.length / 10);
    expect(result.tokens[result.tokens.length - 1]?.end).toBe(input.length - 1);
  }, 600_000);
});
