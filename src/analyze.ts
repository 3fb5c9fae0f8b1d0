import { assembleResult } from './assemble/index.js';
import { tagEntities } from './entity/index.js';
import { linkFacts } from './facts/index.js';
import { InputError } from './errors.js';
import { extractKeywords } from './keywords/index.js';
import { builtinSegmenterWords, loadEntityLexicon } from './lexicon/entities.js';
import { loadFactLexicon } from './lexicon/facts.js';
import { loadKeywordLexicon } from './lexicon/keywords.js';
import { loadQuantityLexicon } from './lexicon/quantities.js';
import { loadScriptTables } from './lexicon/script-tables.js';
import { loadSegmentLexicon } from './lexicon/segment-words.js';
import { loadUserWords } from './lexicon/user-words.js';
import { normalizeText } from './normalize/index.js';
import { mergeOptions } from './options.js';
import { recognizeQuantities } from './quantity/index.js';
import { referenceDateOf } from './reference-date.js';
import { loadSegmenter, segmentWords, type RawToken } from './segment/index.js';
import type { Analysis, Analyzer, AnalyzerOptions } from './types.js';

/** Every option's default. */
export const DEFAULT_OPTIONS: Analyzer['options'] = Object.freeze({
  dictionaries: Object.freeze([]),
  builtinDictionary: true,
  pos: false,
  quantities: true,
  entities: true,
  traditional: true,
  facts: true,
  referenceDate: undefined,
  keywords: false,
});

/**
 * Creates an analyzer that owns its dictionaries. Loading happens here, once: the built-in data is
 * shared by every analyzer of the process, user dictionaries belong to this analyzer alone.
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const opts = mergeOptions(options, DEFAULT_OPTIONS);
  const segmenter = loadSegmenter(builtinSegmenterWords());
  const segmentLexicon = loadSegmentLexicon();
  const scripts = opts.traditional ? loadScriptTables() : null;
  const entityLexicon = opts.entities ? loadEntityLexicon(opts.builtinDictionary, opts.dictionaries) : null;
  // The user dictionaries' plain words steer segmentation, also with the entities stage off.
  const words = entityLexicon ? entityLexicon.words : loadUserWords(opts.dictionaries);
  const quantityLexicon = opts.quantities ? loadQuantityLexicon() : null;
  const factLexicon = opts.facts ? loadFactLexicon() : null;
  const reference = referenceDateOf(opts.referenceDate);
  const keywords = opts.keywords;
  const keywordLexicon = keywords ? loadKeywordLexicon() : null;
  // TextRank reads jieba's tags; they are taken off the tokens again when the pos option is off.
  const tagged = opts.pos || (keywords !== false && keywords.method === 'textrank');

  function analyze(text: string): Analysis {
    if (typeof text !== 'string') throw new InputError(text);
    const doc = normalizeText(text, scripts);
    let tokens = segmentWords(doc.text, segmenter, segmentLexicon, tagged, words);
    const entities = entityLexicon ? tagEntities(doc, tokens, entityLexicon) : [];
    const quantities = quantityLexicon ? recognizeQuantities(doc, tokens, quantityLexicon, entities, reference) : [];
    const facts = factLexicon ? linkFacts(doc, tokens, quantities, entities, factLexicon) : [];
    if (keywords === false || keywordLexicon === null) return assembleResult(doc, tokens, quantities, entities, facts);
    const found = extractKeywords(doc, tokens, entities, quantities, keywordLexicon, keywords);
    if (tagged && !opts.pos) tokens = withoutTags(tokens);
    return assembleResult(doc, tokens, quantities, entities, facts, found);
  }

  return { analyze, options: opts };
}

/** The tokens without their tags (new objects: the stages may hold the tagged ones). */
function withoutTags(tokens: readonly RawToken[]): RawToken[] {
  return tokens.map((t) => ({ text: t.text, start: t.start, end: t.end }));
}

let defaultAnalyzer: Analyzer | undefined;

/** Analyzes `text` with the default analyzer (built-in dictionary, all stages on), created on first use. */
export function analyze(text: string): Analysis {
  if (typeof text !== 'string') throw new InputError(text);
  defaultAnalyzer ??= createAnalyzer();
  return defaultAnalyzer.analyze(text);
}
