import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { expectInvariants } from '../helpers/invariants.js';

// The entity runner (entity.test.ts) leaves places out; the place fixtures (places-*.json) are checked
// here on places alone: the places found, in order, must be exactly the expected ones.
const here = '[entity/places] ';
const dir = join(__dirname, '..', 'fixtures', 'entity');

interface Fixture {
  input: string;
  expected: Record<string, unknown>[];
  skip?: string;
}

for (const file of readdirSync(dir).filter((f) => f.startsWith('places-') && f.endsWith('.json'))) {
  const cases = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Fixture[];
  describe(`${here}${file}`, () => {
    for (const c of cases) {
      const run = c.skip ? it.skip : it;
      run(`${here}${c.input}`, () => {
        const result = analyze(c.input);
        expectInvariants(result, c.input);
        const places = result.entities.filter((e) => e.type === 'place');
        const wanted = c.expected.filter((e) => e.type === 'place');
        expect(places.map((e) => e.text)).toEqual(wanted.map((e) => e.text));
        wanted.forEach((w, i) => expect(places[i]).toMatchObject(w));
      });
    }
  });
}
