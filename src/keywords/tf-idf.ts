import type { KeywordLexicon } from '../lexicon/keywords.js';
import type { TermTally } from './tally.js';

/**
 * jieba's TF-IDF: a term's weight is its count over the count of all terms, times its IDF (the
 * table's median for a term the table lacks: most entities and new words).
 */
export function weighTfIdf(tallies: ReadonlyMap<string, TermTally>, lex: KeywordLexicon): Map<string, number> {
  let total = 0;
  for (const t of tallies.values()) total += t.count;
  const weights = new Map<string, number>();
  for (const t of tallies.values()) weights.set(t.term, (t.count / total) * (lex.idf.get(t.term) ?? lex.unknownIdf));
  return weights;
}
