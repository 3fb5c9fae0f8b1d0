import type { EntityLexicon, NameRecord } from '../lexicon/entities.js';
import type { RawToken } from '../segment/index.js';
import type { Candidate } from './types.js';

/** Names at least this long are taken even where the segmenter cut differently. */
const FREE_LENGTH = 4;

export type NameCandidate = Candidate & { record: NameRecord };

/**
 * Every dictionary name in the text: user names and built-in names. A short name (< 4 characters)
 * counts only where it starts and ends on token boundaries, so that 白银 is not found in 白银行业,
 * and a place only so, whatever its length.
 */
export function matchNames(text: string, tokens: readonly RawToken[], lex: EntityLexicon): NameCandidate[] {
  const boundary = new Uint8Array(text.length + 1);
  for (const t of tokens) {
    boundary[t.start] = 1;
    boundary[t.end] = 1;
  }
  const found: NameCandidate[] = [];
  let i = 0;
  const take = (end: number, record: NameRecord): void => {
    const free = end - i >= FREE_LENGTH && record.type !== 'place';
    if (!free && (boundary[i] !== 1 || boundary[end] !== 1)) return;
    // A name opening with 省/市/县 … (省科技厅) must start on a boundary: not inside 湖北省科技厅.
    if (boundary[i] !== 1 && lex.rules.anchors.has(text.charAt(i))) return;
    found.push({ start: i, end, type: record.type, source: record.source, rule: record.file, canonical: record.canonical, record });
  };
  const { user, builtin } = lex;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (user !== null && user.startsWith(c)) user.scan(text, i, take);
    if (builtin !== null && builtin.startsWith(c)) builtin.scan(text, i, take);
  }
  return found;
}
