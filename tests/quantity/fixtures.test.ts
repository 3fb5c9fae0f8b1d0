import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type Quantity } from '../../src/index.js';
import { expectInvariants } from '../helpers/invariants.js';

interface Fixture {
  input: string;
  expected: (Partial<Quantity> & { text: string; start: number; end: number })[];
  skip?: string;
}

const dir = join(__dirname, '..', 'fixtures', 'quantity');

for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const here = `[quantity/${file.replace(/\.json$/, '')}] `;
  const cases = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Fixture[];
  describe(here, () => {
    for (const fixture of cases) {
      const run = fixture.skip ? it.skip : it;
      run(`${here}${JSON.stringify(fixture.input).slice(0, 60)}${fixture.skip ? ` (${fixture.skip})` : ''}`, () => {
        const result = analyze(fixture.input);
        expectInvariants(result, fixture.input);
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
