import * as OpenCC from 'opencc-js';
import { DependencyError } from '../errors.js';

/** flags[c]: the conversion never changes unit c. */
export const KEEP = 0;
/** flags[c]: a character the conversion may change, but that Simplified text uses too (著 乾 么). */
export const AMBIGUOUS = 1;
/** flags[c]: a Traditional-only character: its clause is converted. */
export const TRADITIONAL = 2;

/** What the normalize stage needs to turn Traditional text into Simplified. */
export interface ScriptTables {
  /** Traditional (Taiwan, Hong Kong and OpenCC standard forms) to Simplified, phrase-aware. */
  readonly convert: (text: string) => string;
  /** KEEP, AMBIGUOUS or TRADITIONAL for every UTF-16 unit (a surrogate stands for its astral keys). */
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
    const all = groups.flat(2) as OpenCC.DictLike[];
    const simplified = valuesOf(Locale.to.cn?.flat(1) as OpenCC.DictLike[]);
    memo = { convert, flags: flagChars(all, simplified, convert) };
    return memo;
  } catch (cause) {
    throw new DependencyError('opencc-js failed to load its conversion tables', cause);
  }
}

function pairsOf(dict: OpenCC.DictLike): readonly (readonly string[])[] {
  return typeof dict === 'string' ? dict.split('|').map((pair) => pair.split(' ')) : dict;
}

/** Every character that a Traditional-to-Simplified table produces: these are Simplified characters. */
function valuesOf(dicts: readonly OpenCC.DictLike[]): Set<string> {
  const chars = new Set<string>();
  for (const dict of dicts) for (const [, ...values] of pairsOf(dict)) for (const v of values) for (const ch of v) chars.add(ch);
  return chars;
}

/**
 * Flags the characters the whole conversion chain really changes (alone, or inside a phrase key).
 * Those that a Simplified text may also contain (a Simplified output of the tables, or kept as is
 * inside some phrase) are AMBIGUOUS; the rest are TRADITIONAL. Text
 * without TRADITIONAL characters is passed through untouched, so Simplified 显著 never becomes 显着.
 */
function flagChars(dicts: readonly OpenCC.DictLike[], simplified: Set<string>, convert: (text: string) => string): Uint8Array {
  const keys = new Set<string>();
  for (const dict of dicts) for (const [key] of pairsOf(dict)) if (key) keys.add(key);
  const chars = new Set<string>();
  for (const key of keys) for (const ch of key) chars.add(ch);
  const flags = new Uint8Array(0x10000);
  const kept = new Set(simplified);
  const flagDiffering = (sources: readonly string[], single: boolean): void => {
    const targets = convert(sources.join('\n')).split('\n');
    if (targets.length !== sources.length) throw new Error('conversion changed the number of lines');
    sources.forEach((source, n) => {
      const a = [...source];
      const b = [...(targets[n] as string)];
      a.forEach((ch, k) => {
        if (ch === b[k] && a.length === b.length) {
          if (!single) kept.add(ch);
          return;
        }
        const unit = ch.charCodeAt(0);
        const flag = single && !kept.has(ch) ? TRADITIONAL : AMBIGUOUS;
        if ((flags[unit] as number) < flag) flags[unit] = flag;
      });
    });
  };
  // Phrases first: a character that some phrase keeps as it is (著 in 著名) is used in Simplified too.
  flagDiffering([...keys].filter((key) => [...key].length > 1), false);
  flagDiffering([...chars], true);
  return flags;
}
