import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairFilter } from '../../src/lexicon/pair-filter.js';

const here = '[entity/pair-filter] ';
const unit = fc.integer({ min: 0, max: 0xffff });

describe('PairFilter', () => {
  it(`${here}never forgets a pair it was given, and a copy keeps them apart from later additions`, () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(unit, unit), { maxLength: 200 }), fc.tuple(unit, unit), (pairs, extra) => {
        const filter = new PairFilter();
        for (const [a, b] of pairs) filter.add(a, b);
        const copy = filter.copy();
        copy.add(...extra);
        for (const [a, b] of pairs) {
          expect(filter.mayHave(a, b)).toBe(true);
          expect(copy.mayHave(a, b)).toBe(true);
        }
        expect(copy.mayHave(...extra)).toBe(true);
      }),
    );
  });

  it(`${here}bit is mayHave as 1 or 0`, () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(unit, unit), { maxLength: 200 }), fc.array(fc.tuple(unit, unit), { maxLength: 200 }), (given, asked) => {
        const filter = new PairFilter();
        for (const [a, b] of given) filter.add(a, b);
        for (const [a, b] of [...given, ...asked]) expect(filter.bit(a, b)).toBe(filter.mayHave(a, b) ? 1 : 0);
      }),
    );
  });

  it(`${here}says no to most pairs it was not given`, () => {
    const filter = new PairFilter();
    for (let k = 0; k < 20000; k++) filter.add(0x4e00 + (k % 3000), 0x4e00 + Math.floor(k / 3000) * 7);
    let yes = 0;
    for (let k = 0; k < 10000; k++) if (filter.mayHave(0x6000 + (k % 1000), 0x7000 + Math.floor(k / 1000))) yes++;
    expect(yes / 10000).toBeLessThan(0.2);
  });
});
