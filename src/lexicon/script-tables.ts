import * as OpenCC from 'opencc-js';
import { DependencyError } from '../errors.js';

/** What the normalize stage needs to turn Traditional text into Simplified. */
export interface ScriptTables {
  /** Traditional (Taiwan, Hong Kong and OpenCC standard forms) to Simplified, phrase-aware. */
  readonly convert: (text: string) => string;
  /** flags[c] === 1 when UTF-16 unit c may start a conversion (a surrogate flags every astral key). */
  readonly flags: Uint8Array;
}

let memo: ScriptTables | undefined;

/**
 * Variant tables only (not the vocabulary tables `twp`/`hkp`, which rewrite words such as 軟體 -> 软件
 * and change the number of characters): Hong Kong and Taiwan variants to OpenCC's standard
 * Traditional, then standard Traditional to Simplified. Loaded once per process.
 */
export function loadScriptTables(): ScriptTables {
  if (memo) return memo;
  try {
    const { Locale, ConverterFactory } = OpenCC;
    const groups = [Locale.from.hk, Locale.from.tw, Locale.to.cn].map((group, i) => {
      if (!group) throw new Error(`opencc-js has no conversion table #${i}`);
      return group;
    });
    const convert = ConverterFactory(...groups);
    memo = { convert, flags: flagConvertible(groups.flat(2) as OpenCC.DictLike[], convert) };
    return memo;
  } catch (cause) {
    throw new DependencyError('opencc-js failed to load its conversion tables', cause);
  }
}

/**
 * Flags every UTF-16 unit that the whole conversion chain really changes: a character whose own
 * conversion differs, or a character that changes inside a phrase key. Simplified text, which
 * contains none of them, is then passed through without calling the converter at all.
 */
function flagConvertible(dicts: readonly OpenCC.DictLike[], convert: (text: string) => string): Uint8Array {
  const keys = new Set<string>();
  for (const dict of dicts) {
    const pairs = typeof dict === 'string' ? dict.split('|').map((pair) => pair.split(' ')) : dict;
    for (const [key] of pairs) if (key) keys.add(key);
  }
  const list = [...keys];
  const chars = new Set<string>();
  for (const key of list) for (const ch of key) chars.add(ch);
  const flags = new Uint8Array(0x10000);
  const flagDiffering = (sources: readonly string[]): void => {
    const targets = convert(sources.join('\n')).split('\n');
    if (targets.length !== sources.length) throw new Error('conversion changed the number of lines');
    sources.forEach((source, n) => {
      const a = [...source];
      const b = [...(targets[n] as string)];
      a.forEach((ch, k) => {
        if (ch !== b[k]) flags[ch.charCodeAt(0)] = 1;
      });
      if (a.length !== b.length) for (const ch of a) flags[ch.charCodeAt(0)] = 1;
    });
  };
  flagDiffering([...chars]);
  flagDiffering(list.filter((key) => [...key].length > 1));
  return flags;
}
