import { describe, expect, it } from 'vitest';
import { createAnalyzer, DEFAULT_OPTIONS, DictFormatError, OptionsError } from '../../src/index.js';

const here = '[robustness/options] ';

/** createAnalyzer must refuse these with an OptionsError before loading anything. */
const REFUSED: [string, unknown, RegExp][] = [
  ['toString', { toString: 5 }, /unknown option "toString"/],
  ['constructor', { constructor: null }, /unknown option "constructor"/],
  ['hasOwnProperty', { hasOwnProperty: true }, /unknown option "hasOwnProperty"/],
  ['valueOf', { valueOf: () => 1 }, /unknown option "valueOf"/],
  ['isPrototypeOf', { isPrototypeOf: true }, /unknown option "isPrototypeOf"/],
  ['__proto__ from JSON.parse', JSON.parse('{"__proto__": {"pos": true}}'), /unknown option "__proto__"/],
  ['a symbol key', { [Symbol('pos')]: true }, /unknown option Symbol\(pos\)/],
  ['an array', [], /options must be a plain object, got an array/],
  ['a Map', new Map([['pos', true]]), /options must be a plain object, got a Map/],
  ['a Date', new Date(0), /options must be a plain object, got a Date/],
  ['a class instance', new (class Settings {})(), /options must be a plain object, got a Settings/],
  ['an object inheriting options', Object.create({ pos: true }), /options must be a plain object/],
  ['a string', 'pos', /options must be a plain object, got a string/],
  ['null', null, /options must be a plain object, got null/],
  ['a revoked Proxy', revoked(), /options object cannot be read/],
  ['a mistyped boolean', { pos: 'yes' }, /option "pos" must be a boolean, got a string/],
  ['dictionaries: null', { dictionaries: null }, /option "dictionaries" must be an array .* got null/],
  ['dictionaries: a string', { dictionaries: 'names.tsv' }, /option "dictionaries" must be an array/],
  ['dictionaries: [5]', { dictionaries: [5] }, /option "dictionaries" \[0\] must be one of .* got a number/],
  ['dictionaries: [null]', { dictionaries: [null] }, /option "dictionaries" \[0\] must be one of .* got null/],
  ['dictionaries: [""]', { dictionaries: [''] }, /option "dictionaries" \[0\] is an empty file path/],
  ['dictionaries: [[]]', { dictionaries: [[]] }, /option "dictionaries" \[0\] must be one of .* got an array/],
  ['entries missing', { dictionaries: [{ name: 'x' }] }, /option "dictionaries" \[0\] must have an "entries" array, got undefined/],
  ['a numeric dictionary name', { dictionaries: [{ name: 5, entries: [] }] }, /"name" must be a string, got a number/],
  ['keywords: a string', { keywords: 'ten' }, /option "keywords" must be a boolean, a positive whole number or/],
  ['keywords: 0', { keywords: 0 }, /option "keywords" must be a positive whole number, got 0/],
  ['keywords: an unknown method', { keywords: { method: 'lda' } }, /"method" must be one of 'tfidf', 'textrank'/],
];

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

describe('createAnalyzer options', () => {
  it.each(REFUSED)(`${here}refuses %s with an OptionsError`, (_, options, message) => {
    let thrown: unknown;
    try {
      createAnalyzer(options as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(OptionsError);
    expect((thrown as Error).message).toMatch(message);
    expect((thrown as Error).message).not.toMatch(/line 0/);
  });

  const plain = REFUSED.filter(([name, o]) => !name.includes('Proxy') && o !== null && typeof o === 'object' && Object.getPrototypeOf(o) === Object.prototype);
  it.each(plain)(
    `${here}refuses %s also when the entities stage is off`,
    (_, options) => {
      const withStagesOff = Object.assign(Object.create(null) as object, options, { entities: false });
      if (Object.hasOwn(options as object, '__proto__')) Object.defineProperty(withStagesOff, '__proto__', { value: 1, enumerable: true });
      expect(() => createAnalyzer(withStagesOff as never)).toThrow(OptionsError);
    },
  );

  it.each(Object.keys(DEFAULT_OPTIONS))(`${here}every option accepts its own default given explicitly: %s`, (key) => {
    const value = (DEFAULT_OPTIONS as Record<string, unknown>)[key];
    expect(createAnalyzer({ [key]: value }).options).toEqual(DEFAULT_OPTIONS);
  });

  it(`${here}a getter that throws is an OptionsError, with the caller's error as the reason`, () => {
    const options = {
      get pos(): boolean {
        throw new Error('no access');
      },
    };
    expect(() => createAnalyzer(options as never)).toThrow(/no access/);
    expect(() => createAnalyzer(options as never)).toThrow(OptionsError);
  });

  it(`${here}accepts a null-prototype object and undefined values, and exposes sound merged options`, () => {
    const options = Object.assign(Object.create(null) as object, { pos: true, quantities: undefined, dictionaries: [{ entries: [] }] });
    const az = createAnalyzer(options);
    expect(az.options).toEqual({ ...DEFAULT_OPTIONS, pos: true, dictionaries: [{ entries: [] }] });
    expect(Object.isFrozen(az.options) && Object.isFrozen(az.options.dictionaries)).toBe(true);
    expect(Object.keys(az.options).sort()).toEqual(Object.keys(DEFAULT_OPTIONS).sort());
    expect(String(az.options)).toBe('[object Object]');
  });

  it(`${here}bad entries inside a well-formed dictionary are still DictFormatErrors with the entry index`, () => {
    expect(() => createAnalyzer({ dictionaries: [{ name: 'mine', entries: [{ name: '甲乙公司', type: 'enterprise' }, { name: 5 } as never] }] })).toThrow(
      DictFormatError,
    );
  });
});
