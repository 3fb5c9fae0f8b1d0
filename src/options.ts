import { describe } from './describe.js';
import { OptionsError } from './errors.js';
import { checkKeywords } from './keywords-option.js';
import { checkReferenceDate } from './reference-date.js';
import type { Analyzer } from './types.js';

type MergedOptions = Analyzer['options'];

/** Checks one option's value (never undefined: that means the default) and returns what the analyzer keeps. */
type OptionCheck = (value: unknown, name: string) => unknown;

/**
 * One line per option. A boolean option whose default is a boolean needs no line: `boolean` is its
 * check unless one is given here. Every option of DEFAULT_OPTIONS is known; nothing else is.
 */
const CHECKS: Readonly<Record<string, OptionCheck>> = Object.freeze({
  dictionaries: dictionaryList,
  builtinDictionary: boolean,
  pos: boolean,
  quantities: boolean,
  entities: boolean,
  traditional: boolean,
  facts: boolean,
  referenceDate: checkReferenceDate,
  keywords: checkKeywords,
});

/**
 * Validates `options` against the defaults and returns them merged and frozen. Refused: anything but
 * a plain object (arrays, Maps, Dates, class instances), a key that is not an own key of `defaults`
 * (so `toString`, `constructor` or a `__proto__` from JSON.parse are unknown options), a symbol key,
 * and a value of the wrong type. Values are read once. Undefined means the default.
 */
export function mergeOptions(options: unknown, defaults: MergedOptions): MergedOptions {
  const own = ownEntries(options);
  const known = Object.keys(defaults);
  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, value] of own) {
    if (typeof key === 'symbol' || !Object.hasOwn(defaults, key)) {
      throw new OptionsError(`unknown option ${typeof key === 'symbol' ? key.toString() : JSON.stringify(key)}; known: ${known.join(', ')}`);
    }
    if (value === undefined) continue;
    const check = CHECKS[key] ?? (typeof (defaults as Record<string, unknown>)[key] === 'boolean' ? boolean : null);
    if (check === null) throw new OptionsError(`option ${JSON.stringify(key)} has no check in src/options.ts`);
    try {
      merged[key] = check(value, key);
    } catch (error) {
      if (error instanceof OptionsError) throw error;
      throw new OptionsError(`option ${JSON.stringify(key)} cannot be read (${(error as Error)?.message ?? String(error)})`);
    }
  }
  settleFacts(merged, own);
  return Object.freeze(merged) as MergedOptions;
}

/**
 * Facts link what the quantities and entities stages find: they are on by default only where both
 * stages are, and asking for them with either stage off is an error.
 */
function settleFacts(merged: Record<string, unknown>, own: readonly [string | symbol, unknown][]): void {
  if (merged.quantities !== false && merged.entities !== false) return;
  if (own.some(([key, value]) => key === 'facts' && value === true)) {
    throw new OptionsError('option "facts" needs the quantities and entities stages, but one of them is off');
  }
  merged.facts = false;
}

/** The own enumerable (string or symbol) keys of a plain object, with their values read once. */
function ownEntries(options: unknown): [string | symbol, unknown][] {
  if (options === null || typeof options !== 'object') throw new OptionsError(`options must be a plain object, got ${describe(options)}`);
  try {
    const proto = Object.getPrototypeOf(options) as unknown;
    if (proto !== Object.prototype && proto !== null) throw new OptionsError(`options must be a plain object, got ${describe(options)}`);
    return Reflect.ownKeys(options)
      .filter((key) => Object.getOwnPropertyDescriptor(options, key)?.enumerable)
      .map((key) => [key, (options as Record<string | symbol, unknown>)[key]]);
  } catch (error) {
    if (error instanceof OptionsError) throw error;
    throw new OptionsError(`the options object cannot be read (${(error as Error)?.message ?? String(error)})`);
  }
}

function boolean(value: unknown, name: string): boolean {
  if (typeof value !== 'boolean') throw new OptionsError(`option "${name}" must be a boolean, got ${describe(value)}`);
  return value;
}

/** File paths (non-empty strings) or `{ name?, entries: [...] }`; the entries themselves are read (and checked) by the dictionary loader. */
function dictionaryList(value: unknown, name: string): readonly unknown[] {
  const expected = 'file paths or { name?, entries: [...] } objects';
  if (!Array.isArray(value)) throw new OptionsError(`option "${name}" must be an array of ${expected}, got ${describe(value)}`);
  const list = [...(value as unknown[])];
  list.forEach((source, i) => {
    const at = `option "${name}" [${i}]`;
    if (typeof source === 'string') {
      if (source === '') throw new OptionsError(`${at} is an empty file path`);
      return;
    }
    if (source === null || typeof source !== 'object' || Array.isArray(source)) throw new OptionsError(`${at} must be one of ${expected}, got ${describe(source)}`);
    const { name: label, entries } = source as { name?: unknown; entries?: unknown };
    if (!Array.isArray(entries)) throw new OptionsError(`${at} must have an "entries" array, got ${describe(entries)}`);
    if (label !== undefined && typeof label !== 'string') throw new OptionsError(`${at}: "name" must be a string, got ${describe(label)}`);
  });
  return Object.freeze(list);
}
