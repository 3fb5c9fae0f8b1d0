import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type Fact } from '../../src/index.js';
import { expectInvariants } from '../helpers/invariants.js';

const here = '[facts] ';
const dir = join(__dirname, '..', 'fixtures', 'facts');

/** A fact as a fixture writes it: the texts of its parts, null where a part must be absent. */
interface ExpectedFact {
  value: string;
  indicator?: string | null;
  subject?: string | null;
  time?: string | null;
  change?: 'up' | 'down' | null;
  canonical?: string;
}

interface Fixture {
  input: string;
  expected: ExpectedFact[];
  skip?: string;
}

/** The fact in the fixture's terms; a part the fixture does not state is not compared. */
function brief(fact: Fact, wanted: ExpectedFact): ExpectedFact {
  const out: ExpectedFact = { value: fact.value.text };
  if ('indicator' in wanted) out.indicator = fact.indicator?.text ?? null;
  if ('subject' in wanted) out.subject = fact.subject?.text ?? null;
  if ('time' in wanted) out.time = fact.time?.text ?? null;
  if ('change' in wanted) out.change = fact.change ?? null;
  if ('canonical' in wanted) out.canonical = fact.indicator?.canonical;
  return out;
}

for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const cases = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Fixture[];
  describe(`${here}${file}`, () => {
    for (const c of cases) {
      const run = c.skip ? it.skip : it;
      run(`${here}${c.input}`, () => {
        const result = analyze(c.input);
        expectInvariants(result, c.input);
        expect(result.facts.map((f) => f.value.text)).toEqual(c.expected.map((f) => f.value));
        result.facts.forEach((fact, i) => expect(brief(fact, c.expected[i] as ExpectedFact)).toEqual(c.expected[i]));
      });
    }
  });
}
