import { assembleResult } from './assemble/index.js';
import { tagEntities } from './entity/index.js';
import { linkFacts } from './facts/index.js';
import { InputError } from './errors.js';
import { builtinSegmenterWords, loadEntityLexicon } from './lexicon/entities.js';
import { loadFactLexicon } from './lexicon/facts.js';
import { loadQuantityLexicon } from './lexicon/quantities.js';
import { loadScriptTables } from './lexicon/script-tables.js';
import { loadSegmentLexicon } from './lexicon/segment-words.js';
import { normalizeText } from './normalize/index.js';
import { mergeOptions } from './options.js';
import { recognizeQuantities } from './quantity/index.js';
import { referenceDateOf } from './reference-date.js';
import { loadSegmenter, segmentWords } from './segment/index.js';
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
  const quantityLexicon = opts.quantities ? loadQuantityLexicon() : null;
  const factLexicon = opts.facts ? loadFactLexicon() : null;
  const reference = referenceDateOf(opts.referenceDate);

  function analyze(text: string): Analysis {
    if (typeof text !== 'string') throw new InputError(text);
    const doc = normalizeText(text, scripts);
    const tokens = segmentWords(doc.text, segmenter, segmentLexicon, opts.pos);
    const entities = entityLexicon ? tagEntities(doc, tokens, entityLexicon) : [];
    const quantities = quantityLexicon ? recognizeQuantities(doc, tokens, quantityLexicon, entities, reference) : [];
    const facts = factLexicon ? linkFacts(doc, tokens, quantities, entities, factLexicon) : [];
    return assembleResult(doc, tokens, quantities, entities, facts);
  }

  return { analyze, options: opts };
}

let defaultAnalyzer: Analyzer | undefined;

/** Analyzes `text` with the default analyzer (built-in dictionary, all stages on), created on first use. */
export function analyze(text: string): Analysis {
  if (typeof text !== 'string') throw new InputError(text);
  defaultAnalyzer ??= createAnalyzer();
  return defaultAnalyzer.analyze(text);
}
