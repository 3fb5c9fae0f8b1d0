export { analyze, createAnalyzer, DEFAULT_OPTIONS } from './analyze.js';
export { renderHtml, type HtmlOptions } from './html/index.js';
export { parseNumber, toArabicNumerals } from './quantity/public.js';
export { AnalyzeError, DependencyError, DictFormatError, DictReadError, InputError, OptionsError } from './errors.js';
export type {
  Analysis,
  Analyzer,
  AnalyzerOptions,
  Approx,
  DictionaryEntry,
  DictionarySource,
  Entity,
  EntitySource,
  EntityType,
  Fact,
  Indicator,
  Keyword,
  KeywordMethod,
  KeywordsSetting,
  Quantity,
  QuantityKind,
  Span,
  Token,
} from './types.js';
