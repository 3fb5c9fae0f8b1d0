import { describe } from './describe.js';
import { OptionsError } from './errors.js';
import type { KeywordMethod, KeywordsSetting } from './types.js';

/** The top count `keywords: true` and an object without `top` ask for. */
export const DEFAULT_KEYWORD_COUNT = 10;
const METHODS: readonly KeywordMethod[] = ['tfidf', 'textrank'];
const KEYS = ['top', 'method'];

/**
 * The `keywords` option: false (off), true (the top 10 by TF-IDF), a positive whole number N (the
 * top N by TF-IDF) or `{ top?, method? }`. Returns false or a frozen setting.
 */
export function checkKeywords(value: unknown, name: string): KeywordsSetting | false {
  if (value === false) return false;
  if (value === true) return Object.freeze({ top: DEFAULT_KEYWORD_COUNT, method: 'tfidf' });
  if (typeof value === 'number') return Object.freeze({ top: count(value, `option "${name}"`), method: 'tfidf' });
  const expected = 'a boolean, a positive whole number or { top?, method? }';
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !isPlain(value)) {
    throw new OptionsError(`option "${name}" must be ${expected}, got ${describe(value)}`);
  }
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key === 'symbol' || !KEYS.includes(key)) {
      throw new OptionsError(`option "${name}" has an unknown key ${typeof key === 'symbol' ? key.toString() : JSON.stringify(key)}; known: ${KEYS.join(', ')}`);
    }
  }
  const { top, method } = value as { top?: unknown; method?: unknown };
  if (method !== undefined && !METHODS.includes(method as KeywordMethod)) {
    throw new OptionsError(`option "${name}": "method" must be one of ${METHODS.map((m) => `'${m}'`).join(', ')}, got ${typeof method === 'string' ? JSON.stringify(method) : describe(method)}`);
  }
  return Object.freeze({
    top: top === undefined ? DEFAULT_KEYWORD_COUNT : count(top, `option "${name}": "top"`),
    method: (method ?? 'tfidf') as KeywordMethod,
  });
}

function count(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new OptionsError(`${what} must be a positive whole number, got ${typeof value === 'number' ? String(value) : describe(value)}`);
  }
  return value;
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
