import { assembleResult } from './assemble/index.js';
import { tagEntities } from './entity/index.js';
import { InputError, OptionsError } from './errors.js';
import { builtinSegmenterWords, loadEntityLexicon } from './lexicon/entities.js';
import { loadQuantityLexicon } from './lexicon/quantities.js';
import { loadScriptTables } from './lexicon/script-tables.js';
import { loadSegmentLexicon } from './lexicon/segment-words.js';
import { normalizeText } from './normalize/index.js';
import { recognizeQuantities } from './quantity/index.js';
import { checkReferenceDate, referenceDateOf } from './reference-date.js';
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
  referenceDate: undefined,
});

const BOOLEAN_OPTIONS = ['builtinDictionary', 'pos', 'quantities', 'entities', 'traditional'] as const;

/**
 * Creates an analyzer that owns its dictionaries. Loading happens here, once: the built-in data is
 * shared by every analyzer of the process, user dictionaries belong to this analyzer alone.
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const opts = mergeOptions(options);
  const segmenter = loadSegmenter(builtinSegmenterWords());
  const segmentLexicon = loadSegmentLexicon();
  const scripts = opts.traditional ? loadScriptTables() : null;
  const entityLexicon = opts.entities ? loadEntityLexicon(opts.builtinDictionary, opts.dictionaries) : null;
  const quantityLexicon = opts.quantities ? loadQuantityLexicon() : null;
  const reference = referenceDateOf(opts.referenceDate);

  function analyze(text: string): Analysis {
    if (typeof text !== 'string') throw new InputError(text);
    const doc = normalizeText(text, scripts);
    const tokens = segmentWords(doc.text, segmenter, segmentLexicon, opts.pos);
    const entities = entityLexicon ? tagEntities(doc, tokens, entityLexicon) : [];
    const quantities = quantityLexicon ? recognizeQuantities(doc, tokens, quantityLexicon, entities, reference) : [];
    return assembleResult(doc, tokens, quantities, entities);
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

function mergeOptions(options: AnalyzerOptions): Analyzer['options'] {
  if (options === null || typeof options !== 'object') throw new OptionsError(`options must be an object, got ${typeof options}`);
  for (const key of Object.keys(options)) {
    if (!(key in DEFAULT_OPTIONS)) throw new OptionsError(`unknown option "${key}"; known: ${Object.keys(DEFAULT_OPTIONS).join(', ')}`);
  }
  for (const key of BOOLEAN_OPTIONS) {
    const value = options[key];
    if (value !== undefined && typeof value !== 'boolean') throw new OptionsError(`option "${key}" must be a boolean, got ${typeof value}`);
  }
  const dictionaries = options.dictionaries ?? DEFAULT_OPTIONS.dictionaries;
  if (!Array.isArray(dictionaries)) throw new OptionsError('option "dictionaries" must be an array of paths or { entries } objects');
  const referenceDate = checkReferenceDate(options.referenceDate);
  return Object.freeze({ ...DEFAULT_OPTIONS, ...stripUndefined(options), dictionaries: Object.freeze([...dictionaries]), referenceDate });
}

function stripUndefined(options: AnalyzerOptions): AnalyzerOptions {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as AnalyzerOptions;
}
