import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, type Keyword } from '../../src/index.js';
import { expectInvariants } from '../helpers/invariants.js';

const here = '[keywords/fixtures] ';

interface Case {
  name: string;
  input: string;
  /** The term ranked first. */
  first?: string;
  /** Keywords that must be among the top 10; only the fields given are compared. */
  expected?: Partial<Keyword>[];
  /** Terms that must not be keywords at all. */
  absent?: string[];
  skip?: string;
}

const cases = JSON.parse(readFileSync(new URL('../fixtures/keywords/tfidf.json', import.meta.url), 'utf8')) as Case[];
const az = createAnalyzer({ keywords: 10 });
// Every term of the text, to check what never counts.
const all = createAnalyzer({ keywords: 1000 });

describe('keywords (tfidf): fixtures', () => {
  for (const c of cases) {
    (c.skip ? it.skip : it)(`${here}${c.name}`, () => {
      const result = az.analyze(c.input);
      expectInvariants(result, c.input);
      const keywords = result.keywords as Keyword[];
      expect(keywords.length).toBeLessThanOrEqual(10);
      if (c.first !== undefined) expect(keywords[0]?.term).toBe(c.first);
      for (const want of c.expected ?? []) {
        const got = keywords.find((k) => k.term === want.term);
        expect(got, `${here}${want.term} missing from ${keywords.map((k) => k.term).join(' ')}`).toBeDefined();
        expect(got).toMatchObject(want);
      }
      if (c.expected?.length === 0) expect(keywords).toEqual([]);
      const terms = new Set((all.analyze(c.input).keywords as Keyword[]).map((k) => k.term));
      for (const term of c.absent ?? []) expect(terms.has(term), `${here}${term} should never count`).toBe(false);
    });
  }
});
