import type { KeywordLexicon } from '../lexicon/keywords.js';
import type { NormalizedDoc } from '../normalize/index.js';
import type { RawToken } from '../segment/index.js';
import type { Entity, Keyword, KeywordsSetting, Quantity } from '../types.js';
import { tallyTerms, topKeywords } from './tally.js';
import { termUnits } from './terms.js';
import { isRankable, weighTextRank } from './text-rank.js';
import { weighTfIdf } from './tf-idf.js';

/**
 * Keywords stage: the text's top terms, an entity counted as one term under its canonical name,
 * quantities, single characters and stop words never. TF-IDF needs nothing but the tokens; TextRank
 * needs jieba's tags on them. Spans are in normalized offsets (assemble/ maps them to the input).
 */
export function extractKeywords(
  doc: NormalizedDoc,
  tokens: readonly RawToken[],
  entities: readonly Entity[],
  quantities: readonly Quantity[],
  lex: KeywordLexicon,
  setting: KeywordsSetting,
): Keyword[] {
  const units = termUnits(doc.text, tokens, entities, quantities, lex);
  if (setting.method === 'textrank') {
    return topKeywords(doc.text, tallyTerms(units, isRankable), weighTextRank(units), setting.top);
  }
  const tallies = tallyTerms(units);
  return topKeywords(doc.text, tallies, weighTfIdf(tallies, lex), setting.top);
}
