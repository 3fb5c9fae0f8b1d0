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
import { type NormalizedDoc, normalizeText } from './normalize/index.js';
import { mergeOptions } from './options.js';
import { recognizeQuantities } from './quantity/index.js';
import { referenceDateOf } from './reference-date.js';
import { loadSegmenter, type RawToken, segmentWords } from './segment/index.js';
import type { Analysis, Analyzer, AnalyzerOptions, Entity, Fact, Keyword, Quantity } from './types.js';

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
 * The stages of one analyzer, each a pure function over the previous stages' results. analyze() runs
 * them in this order; the benchmark times them one by one. Stages that are off return no results.
 */
export interface Stages {
  normalize(text: string): NormalizedDoc;
  segment(doc: NormalizedDoc): RawToken[];
  entities(doc: NormalizedDoc, tokens: readonly RawToken[]): Entity[];
  quantities(doc: NormalizedDoc, tokens: readonly RawToken[], entities: readonly Entity[]): Quantity[];
  facts(doc: NormalizedDoc, tokens: readonly RawToken[], quantities: readonly Quantity[], entities: readonly Entity[]): Fact[];
  /** The keywords when the option asks for them, else undefined. */
  keywords(doc: NormalizedDoc, tokens: readonly RawToken[], entities: readonly Entity[], quantities: readonly Quantity[]): Keyword[] | undefined;
  assemble(
    doc: NormalizedDoc, tokens: readonly RawToken[], quantities: readonly Quantity[], entities: readonly Entity[], facts: Fact[], keywords?: Keyword[],
  ): Analysis;
}

/**
 * Loads what the stages of `opts` need, once: the built-in data is shared by every analyzer of the
 * process, user dictionaries belong to this analyzer alone.
 */
export function createStages(opts: Analyzer['options']): Stages {
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
  return {
    normalize: (text) => normalizeText(text, scripts),
    segment: (doc) => segmentWords(doc.text, segmenter, segmentLexicon, tagged, words),
    entities: (doc, tokens) => (entityLexicon ? tagEntities(doc, tokens, entityLexicon) : []),
    quantities: (doc, tokens, entities) =>
      quantityLexicon ? recognizeQuantities(doc, tokens, quantityLexicon, entities, reference) : [],
    facts: (doc, tokens, quantities, entities) =>
      factLexicon && entityLexicon ? linkFacts(doc, tokens, quantities, entities, factLexicon, entityLexicon.isPlace) : [],
    keywords: (doc, tokens, entities, quantities) =>
      keywords !== false && keywordLexicon !== null ? extractKeywords(doc, tokens, entities, quantities, keywordLexicon, keywords) : undefined,
    assemble: (doc, tokens, quantities, entities, facts, found) =>
      found === undefined
        ? assembleResult(doc, tokens, quantities, entities, facts)
        : assembleResult(doc, tagged && !opts.pos ? withoutTags(tokens) : tokens, quantities, entities, facts, found),
  };
}

/** Creates an analyzer that owns its dictionaries; see createStages for what is loaded when. */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const opts = mergeOptions(options, DEFAULT_OPTIONS);
  const stages = createStages(opts);

  function analyze(text: string): Analysis {
    if (typeof text !== 'string') throw new InputError(text);
    const doc = stages.normalize(text);
    const tokens = stages.segment(doc);
    const entities = stages.entities(doc, tokens);
    const quantities = stages.quantities(doc, tokens, entities);
    const facts = stages.facts(doc, tokens, quantities, entities);
    return stages.assemble(doc, tokens, quantities, entities, facts, stages.keywords(doc, tokens, entities, quantities));
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
