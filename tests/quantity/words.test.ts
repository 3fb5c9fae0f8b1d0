import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordBoundaries } from '../../src/quantity/words.js';
import type { RawToken } from '../../src/segment/index.js';

const here = '[quantity/words] ';

/** Tokens over a text of `length` units: cut at `cuts`, with the units in `gaps` left out (spaces). */
function tokensOf(length: number, cuts: readonly number[], gaps: ReadonlySet<number>): RawToken[] {
  const tokens: RawToken[] = [];
  let start = 0;
  for (let i = 1; i <= length; i++) {
    if (i < length && !cuts.includes(i) && !gaps.has(i) && !gaps.has(i - 1)) continue;
    if (!gaps.has(start)) tokens.push({ text: '', start, end: i });
    start = i;
  }
  return tokens;
}

describe('WordBoundaries', () => {
  it(`${here}answers like a look at every token, whatever the order of the questions`, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }).chain((length) =>
          fc.tuple(
            fc.constant(length),
            fc.uniqueArray(fc.integer({ min: 1, max: length - 1 < 1 ? 1 : length - 1 }), { maxLength: length }),
            fc.uniqueArray(fc.integer({ min: 0, max: length - 1 }), { maxLength: 5 }),
            fc.array(fc.integer({ min: -1, max: length + 1 }), { maxLength: 60 }),
          ),
        ),
        ([length, cuts, gaps, questions]) => {
          const tokens = tokensOf(length, cuts, new Set(gaps));
          const words = new WordBoundaries(tokens, length);
          for (const i of questions) {
            const crossing = tokens.find((t) => t.start < i && i < t.end);
            expect(words.startsAt(i)).toBe(i <= 0 || i >= length || crossing === undefined);
            expect(words.endsAt(i)).toBe(i <= 0 || i >= length || crossing === undefined);
            expect(words.wordStart(i)).toBe(crossing?.start ?? i);
          }
        },
      ),
    );
  });
});
