import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, parseNumber } from '../../src/index.js';
import { expectInvariants } from '../helpers/invariants.js';

const here = '[quantity/properties] ';
const DIGITS = '零一二三四五六七八九';

/** Writes an integer the way a Chinese text spells it out (一亿零一, 二千零三十). */
function spellOut(n: number): string {
  if (n === 0) return '零';
  const groups: number[] = [];
  for (let x = n; x > 0; x = Math.floor(x / 10000)) groups.unshift(x % 10000);
  const names = ['', '万', '亿'];
  let out = '';
  let gap = false;
  groups.forEach((g, i) => {
    if (g === 0) {
      if (out) gap = true;
      return;
    }
    if (gap || (out && g < 1000)) out += '零';
    gap = false;
    out += spellGroup(g) + names[groups.length - 1 - i];
  });
  return out;
}

function spellGroup(g: number): string {
  let out = '';
  let gap = false;
  for (const [place, unit] of [[1000, '千'], [100, '百'], [10, '十'], [1, '']] as const) {
    const d = Math.floor(g / place) % 10;
    if (d === 0) {
      if (out) gap = true;
      continue;
    }
    if (gap) out += '零';
    gap = false;
    out += DIGITS[d] + unit;
  }
  return out;
}

describe('quantities, properties', () => {
  it(`${here}parseNumber reads back every spelled-out integer below 10^12`, () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => parseNumber(spellOut(n)) === n), { numRuns: 2000 });
  });

  it(`${here}Arabic amounts with thousands separators and magnitudes are exact`, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const grouped = whole.toLocaleString('en-US');
        const text = `收入${grouped}.${String(cents).padStart(2, '0')}万元。`;
        const [q] = analyze(text).quantities;
        const expected = Number(`${whole}${String(cents).padStart(2, '0')}00`);
        return q !== undefined && q.kind === 'money' && q.value === expected && q.text === `${grouped}.${String(cents).padStart(2, '0')}万元`;
      }),
      { numRuns: 500 },
    );
  });

  it(`${here}any mix of numeral characters gives finite values and spans into the input`, () => {
    const alphabet = [...'0123456789.,%-一二两三四五六七八九十百千万亿兆零〇第点余多约近超元吨个年月日至到、（“ 亿元'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const input = chars.join('');
        const result = analyze(input);
        expectInvariants(result, input);
        for (const q of result.quantities) {
          if (typeof q.value === 'number') expect(Number.isFinite(q.value)).toBe(true);
          if (q.upper !== undefined) expect(Number.isFinite(q.upper)).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
