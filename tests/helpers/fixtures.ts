import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { analyze, type Analysis } from '../../src/index.js';
import { expectInvariants } from './invariants.js';

/** One case of a fixture file: an input, what is expected of it, and why it is skipped (a known gap). */
export interface FixtureCase<E> {
  input: string;
  expected: E[];
  skip?: string;
}

/** The JSON files of tests/fixtures/<stage>/, sorted, each with its cases. */
export function fixtureFiles<E>(stage: string): [file: string, cases: FixtureCase<E>[]][] {
  const dir = join(__dirname, '..', 'fixtures', stage);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as FixtureCase<E>[]]);
}

/** A test of one case (skipped when the case says why): analyze its input, check the invariants, then `check`. */
export function fixtureTest<E>(name: string, c: FixtureCase<E>, check: (result: Analysis) => void): void {
  (c.skip ? (process.env.FIXTURE_GAPS === 'fail' ? it.fails : it.skip) : it)(name, () => {
    const result = analyze(c.input);
    expectInvariants(result, c.input);
    check(result);
  });
}
