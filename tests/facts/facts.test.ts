import { describe, expect } from 'vitest';
import type { Fact } from '../../src/index.js';
import { fixtureFiles, fixtureTest } from '../helpers/fixtures.js';

const here = '[facts] ';

/** A fact as a fixture writes it: the texts of its parts, null where a part must be absent. */
interface ExpectedFact {
  value: string;
  indicator?: string | null;
  subject?: string | null;
  time?: string | null;
  change?: 'up' | 'down' | null;
  /** The canonical name, null where the indicator must have none. */
  canonical?: string | null;
}

/** The fact in the fixture's terms; a part the fixture does not state is not compared. */
function brief(fact: Fact, wanted: ExpectedFact): ExpectedFact {
  const out: ExpectedFact = { value: fact.value.text };
  if ('indicator' in wanted) out.indicator = fact.indicator?.text ?? null;
  if ('subject' in wanted) out.subject = fact.subject?.text ?? null;
  if ('time' in wanted) out.time = fact.time?.text ?? null;
  if ('change' in wanted) out.change = fact.change ?? null;
  if ('canonical' in wanted) out.canonical = fact.indicator?.canonical ?? null;
  return out;
}

for (const [file, cases] of fixtureFiles<ExpectedFact>('facts')) {
  describe(`${here}${file}`, () => {
    for (const c of cases) {
      fixtureTest(`${here}${c.input}`, c, (result) => {
        expect(result.facts.map((f) => f.value.text)).toEqual(c.expected.map((f) => f.value));
        result.facts.forEach((fact, i) => expect(brief(fact, c.expected[i] as ExpectedFact)).toEqual(c.expected[i]));
      });
    }
  });
}
