import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../src/index.js';
import { expectInvariants } from '../helpers/invariants.js';

const here = '[robustness/properties] ';

/** Characters news text is made of: numerals, units, name suffixes, quotes, brackets, both scripts, full width. */
const ALPHABET = [
  ...'零〇一二两三四五六七八九十百千万亿兆壹贰叁拾佰仟点第余多约近超逾以上下左右至到和、',
  ...'元美欧港日英镑人民币%％‰吨千克公斤米平方里亩公顷立升瓦时度/年月日号底个家名项户批次位套',
  ...'兰州白银新区高经开示范试验园省市县委厅局部办公室管会集团有限股份公司厂大学院研究所项目工程行动计划',
  ...'蘭區經濟發展億萬圓臺灣新台幣與為個',
  ...'０１２３４５６７８９ＡＢＣａｂｃ　．，',
  ...'0123456789.,-+eEkKmMNWh ',
  ...'“”‘’"\'《》〈〉【】（）()[]{}；：。！？…—·',
  '\r\n', '\t', '\u0000', '\u200b', '\ufeff', '😀', '👍🏽', '𠀀', '\ud800', '\udc00',
];

const newsLike = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 80 }).map((parts) => parts.join(''));
const anyUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 60 }).map((codes) => String.fromCharCode(...codes));
const anyText = fc.oneof(newsLike, anyUnits, fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 40 }));

describe('analyze() over arbitrary strings', () => {
  it(`${here}never throws, and every span points at what it says`, () => {
    fc.assert(
      fc.property(anyText, (input) => {
        expectInvariants(analyze(input), input);
      }),
      { numRuns: 400 },
    );
  });

  it(`${here}repeated calls and separate analyzers give identical results`, () => {
    const other = createAnalyzer();
    fc.assert(
      fc.property(newsLike, (input) => {
        const first = analyze(input);
        expect(analyze(input)).toEqual(first);
        expect(other.analyze(input)).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it(`${here}long runs of the alphabet keep the invariants`, () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { minLength: 500, maxLength: 2000 }), (parts) => {
        const input = parts.join('');
        expectInvariants(analyze(input), input);
      }),
      { numRuns: 20 },
    );
  });
});
