import { createRequire } from 'node:module';
import type * as OpenCC from 'opencc-js';
import { DependencyError, DictFormatError } from '../errors.js';
import { dictPath } from './paths.js';
import { readTsv } from './tsv.js';
import { addUnitBit, newUnitBits, type UnitBits } from './unit-bits.js';

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
  /** The units flagged TRADITIONAL, as bits: what normalize/ reads at every character of a text. */
  readonly traditional: UnitBits;
}

let memo: ScriptTables | undefined;

/** The flags of dict/normalize/script-flags.tsv by name. */
const FLAG_NAMES: Readonly<Record<string, number>> = Object.freeze({ ambiguous: AMBIGUOUS, traditional: TRADITIONAL });

/**
 * Variant tables only (not the vocabulary tables `twp`/`hkp`, which rewrite words such as 軟體 -> 软件
 * and change the number of characters): Hong Kong and Taiwan variants to OpenCC's standard
 * Traditional, then standard Traditional to Simplified. Loaded once per process. The flags come from
 * dict/normalize/script-flags.tsv (computed from the same tables by scripts/dict/build-script-flags.mjs);
 * the converter is built on the first text that has a Traditional-only character, so Simplified text
 * never pays for its tables. opencc-js itself is loaded then too, and only its Traditional-to-Simplified
 * build (`opencc-js/t2cn`, the same tables as the full one for these locales): the full build would
 * add 6 MB to every process, Simplified text or not.
 */
export function loadScriptTables(): ScriptTables {
  if (memo) return memo;
  let converter: ((text: string) => string) | undefined;
  const convert = (text: string): string => (converter ??= buildConverter())(text);
  const flags = readFlags();
  const traditional = newUnitBits();
  for (let c = 0; c < flags.length; c++) if (flags[c] === TRADITIONAL) addUnitBit(traditional, c);
  memo = { convert, flags, traditional };
  return memo;
}

function buildConverter(): (text: string) => string {
  try {
    const { Locale, ConverterFactory } = localRequire('opencc-js/t2cn') as typeof OpenCC;
    const groups = [Locale.from.hk, Locale.from.tw, Locale.to.cn].map((group, i) => {
      if (!group) throw new Error(`opencc-js has no conversion table #${i}`);
      return group;
    });
    return ConverterFactory(...groups);
  } catch (cause) {
    throw new DependencyError('opencc-js failed to load its conversion tables', cause);
  }
}

/** KEEP, AMBIGUOUS or TRADITIONAL by UTF-16 unit; an astral character flags its high surrogate. */
function readFlags(): Uint8Array {
  const file = dictPath(...FLAGS_FILE);
  const flags = new Uint8Array(0x10000);
  for (const { columns, line } of readTsv(file, 2, 2)) {
    const [ch, name] = columns as [string, string];
    const flag = FLAG_NAMES[name];
    if (flag === undefined) throw new DictFormatError(file, line, `flag must be ambiguous or traditional, got ${JSON.stringify(name)}`);
    const unit = ch.charCodeAt(0);
    if ((flags[unit] as number) < flag) flags[unit] = flag;
  }
  return flags;
}

const localRequire = createRequire(import.meta.url);

const FLAGS_FILE = ['normalize', 'script-flags.tsv'];
