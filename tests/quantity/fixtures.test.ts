import { describe, expect } from 'vitest';
import type { Quantity } from '../../src/index.js';
import { fixtureFiles, fixtureTest } from '../helpers/fixtures.js';

type Expected = Partial<Quantity> & { text: string; start: number; end: number };

for (const [file, cases] of fixtureFiles<Expected>('quantity')) {
  const here = `[quantity/${file.replace(/\.json$/, '')}] `;
  describe(here, () => {
    for (const fixture of cases) {
      fixtureTest(`${here}${JSON.stringify(fixture.input).slice(0, 60)}${fixture.skip ? ` (${fixture.skip})` : ''}`, fixture, (result) => {
        const got = result.quantities;
        expect(got.map((q) => q.text), `${here}quantity spans`).toEqual(fixture.expected.map((e) => e.text));
        fixture.expected.forEach((want, k) => {
          const q = got[k] as Quantity;
          for (const [key, value] of Object.entries(want)) {
            expect((q as unknown as Record<string, unknown>)[key], `${here}${want.text}.${key}`).toEqual(value);
          }
          for (const key of ['per', 'upper', 'approx', 'exact'] as const) {
            if (!(key in want)) expect(q[key], `${here}${want.text}.${key} is not set`).toBeUndefined();
          }
          if (typeof q.value === 'number') expect(Number.isFinite(q.value)).toBe(true);
        });
      });
    }
  });
}
