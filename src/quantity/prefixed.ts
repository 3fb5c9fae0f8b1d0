import type { PrefixEntry, QuantityLexicon } from '../lexicon/quantities.js';
import { compare, scale } from './decimal.js';
import { takeTrailingQualifier, type Draft } from './draft.js';
import { newDraft } from './new-draft.js';
import { scanNumeral, type ScanOptions } from './numeral.js';
import { addQualifiers } from './qualifiers.js';

const DASH = 0x2014; // —

/**
 * 百分之十二, 百分之百, 千分之五, ￥300, US$20: a surface before the number gives its kind and unit.
 * `lone` is `opts` with loneOk set: after a prefix a lone place word is a number (百分之百).
 */
export function readPrefixed(text: string, i: number, lex: QuantityLexicon, drafts: Draft[], opts: ScanOptions, lone: ScanOptions): number {
  const node = lex.prefixes.find(text, i);
  if (node === 0) return i;
  const at = lex.prefixes.endOf(node, i);
  const num = scanNumeral(text, at, lex, lone);
  if (num === null || 'skip' in num || num.start !== at) return i;
  const prefix = lex.prefixes.valueOf(node);
  const { unit, factor } = prefix;
  const kind = prefix.kind === 'none' ? 'number' : prefix.kind;
  const draft: Draft = newDraft(i, num.end, kind, scale(num.value, factor), unit, num, 0, num.end);
  if (num.approx !== null) draft.approx = num.approx;
  if (kind === 'money') {
    const written = lex.suffixes.find(text, num.end);
    if (written !== 0 && lex.suffixes.valueOf(written).kind === 'money') draft.end = lex.suffixes.endOf(written, num.end);
  }
  if (num.upper === null && num.approx === null && lex.marks.range.has(text.charCodeAt(draft.end))) joinPrefixedRange(text, draft, prefix, lex, opts);
  takeTrailingQualifier(text, draft, lex);
  addQualifiers(text, draft, lex);
  drafts.push(draft);
  return draft.end;
}

/**
 * 百分之三十至百分之三十五, 百分之三十至三十五, ￥300至￥500: the upper bound of a range whose lower bound
 * was written after a prefix; the second number repeats the prefix, or stands bare (no unit after it).
 */
function joinPrefixedRange(text: string, draft: Draft, prefix: PrefixEntry, lex: QuantityLexicon, opts: ScanOptions): void {
  const from = draft.end + (text.charCodeAt(draft.end) === DASH && text.charCodeAt(draft.end + 1) === DASH ? 2 : 1);
  const again = lex.prefixes.find(text, from);
  if (again !== 0 && (lex.prefixes.valueOf(again).unit !== prefix.unit || lex.prefixes.valueOf(again).factor !== prefix.factor)) return;
  const at = again === 0 ? from : lex.prefixes.endOf(again, from);
  const num = scanNumeral(text, at, lex, opts);
  if (num === null || 'skip' in num || num.start !== at || num.upper !== null || num.approx !== null) return;
  if (again === 0 && lex.suffixes.find(text, num.end) !== 0) return;
  const upper = scale(num.value, prefix.factor);
  if (typeof draft.value === 'string' || compare(draft.value, upper) >= 0) return;
  draft.upper = upper;
  draft.end = num.end;
}
