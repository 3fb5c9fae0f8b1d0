import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, InputError, OptionsError } from '../src/index.js';
import { expectInvariants } from './helpers/invariants.js';

const here = '[analyze] ';

describe('analyze()', () => {
  it(`${here}gives empty arrays for the empty string`, () => {
    expect(analyze('')).toEqual({ text: '', tokens: [], quantities: [], entities: [], facts: [] });
  });

  it.each([
    [42, /a number \(42\)/],
    [null, /null/],
    [undefined, /undefined/],
    [{}, /an object/],
    [['a'], /an array/],
    [Buffer.from('x'), /Buffer/],
  ])(`${here}throws a TypeError naming what it got: %s`, (input, message) => {
    expect(() => analyze(input as unknown as string)).toThrow(TypeError);
    expect(() => analyze(input as unknown as string)).toThrow(InputError);
    expect(() => analyze(input as unknown as string)).toThrow(message);
  });

  it(`${here}throws an InputError, never the caller's own error, for a revoked Proxy or a throwing getter`, () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const hostile = Object.defineProperty({}, 'constructor', {
      get() {
        throw new RangeError('the caller’s own error');
      },
    });
    const throwingString = { toString: () => { throw new RangeError('no'); } };
    for (const input of [proxy, hostile, throwingString]) {
      expect(() => analyze(input as unknown as string)).toThrow(InputError);
    }
  });

  it(`${here}returns the input unchanged and spans that point into it`, () => {
    const input = '２０２４年，蘭州新區完成投資１２３億元。\r\n  Lanzhou　New Area 😀';
    const result = analyze(input);
    expectInvariants(result, input);
  });

  it(`${here}rejects unknown and mistyped options`, () => {
    expect(() => createAnalyzer({ colour: true } as never)).toThrow(OptionsError);
    expect(() => createAnalyzer({ pos: 'yes' } as never)).toThrow(/must be a boolean/);
    expect(() => createAnalyzer({ dictionaries: 'x' } as never)).toThrow(/array/);
  });

  it(`${here}exposes the merged options`, () => {
    const az = createAnalyzer({ pos: true });
    expect(az.options.pos).toBe(true);
    expect(az.options.traditional).toBe(true);
    expect(Object.isFrozen(az.options)).toBe(true);
  });
});
