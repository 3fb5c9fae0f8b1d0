import { describe, expect } from 'vitest';
import type { Entity } from '../../src/index.js';
import { fixtureFiles, fixtureTest } from '../helpers/fixtures.js';

const here = '[entity] ';

/** The entities of `type` (or of every other type) found, in order, must be exactly the expected ones. */
function expectExactly(found: readonly Entity[], expected: Record<string, unknown>[], keep: (type: unknown) => boolean): void {
  const entities = found.filter((e) => keep(e.type));
  const wanted = expected.filter((e) => keep(e.type));
  expect(entities.map((e) => e.text)).toEqual(wanted.map((e) => e.text));
  wanted.forEach((w, i) => expect(entities[i]).toMatchObject(w));
}

// Places are checked only in the place fixtures (places-*.json): other fixtures list the names of
// their class and leave the places of their sentences out.
for (const [file, cases] of fixtureFiles<Record<string, unknown>>('entity')) {
  describe(`${here}${file}`, () => {
    for (const c of cases) {
      fixtureTest(`${here}${c.input}`, c, (result) => {
        expectExactly(result.entities, c.expected, (type) => type !== 'place');
        if (file.startsWith('places-')) expectExactly(result.entities, c.expected, (type) => type === 'place');
      });
    }
  });
}
