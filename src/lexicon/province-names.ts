import type { NameRecord } from './entity-dict.js';
import type { NameTrie } from './name-trie.js';
import { addUnitBit, hasUnitBit, newUnitBits, type UnitBits } from './unit-bits.js';

/** The division list, whose provinces (甘肃 -> 甘肃省) may open a token the segmenter glued to another place. */
export const DIVISIONS_FILE = 'places-cn.tsv';
/** Canonical names of province-level divisions: 省, 自治区, 特别行政区, and the four municipalities. */
const PROVINCE_ENDINGS = ['\u7701', '\u81ea\u6cbb\u533a', '\u7279\u522b\u884c\u653f\u533a'];
const MUNICIPALITIES = new Set(['\u5317\u4eac\u5e02', '\u5929\u6d25\u5e02', '\u4e0a\u6d77\u5e02', '\u91cd\u5e86\u5e02']);

/** Does `canonical` end with 省, 自治区 or 特别行政区 (a loop: a callback reading `record` gave every call a context object)? */
function endsWithProvinceEnding(canonical: string): boolean {
  for (let k = 0; k < PROVINCE_ENDINGS.length; k++) if (canonical.endsWith(PROVINCE_ENDINGS[k] as string)) return true;
  return false;
}

/**
 * Is `record`, stored in `trie` for `surface`, a province (甘肃 -> 甘肃省), or a short form that is a
 * province's as well as a city's (吉林: 吉林省, 吉林市)?
 */
export function isProvince(record: NameRecord, surface: string, trie: NameTrie<NameRecord>): boolean {
  if (record.type !== 'place' || record.notName || record.file !== DIVISIONS_FILE) return false;
  if (MUNICIPALITIES.has(record.canonical) || endsWithProvinceEnding(record.canonical)) return true;
  return record.canonical === surface && trie.get(surface + PROVINCE_ENDINGS[0])?.type === 'place';
}

/**
 * Where provinces start: one bit per UTF-16 unit (UnitBits), set for the first unit of every surface of
 * `surfaces` that `trie` holds as a province. A table of its own, not a bit of the char flags: those
 * are copied into objects (a unit's flags), where a value of 2^31 or more would need a number box.
 */
export function provinceStarts(surfaces: Iterable<string>, trie: NameTrie<NameRecord>): UnitBits {
  const bits = newUnitBits();
  for (const surface of surfaces) {
    const record = trie.get(surface);
    if (record === undefined || !isProvince(record, surface, trie)) continue;
    addUnitBit(bits, surface.charCodeAt(0));
  }
  return bits;
}

/** Does some province start with the UTF-16 unit `c` (a table `provinceStarts` made)? */
export function opensProvince(bits: UnitBits, c: number): boolean {
  return hasUnitBit(bits, c);
}
