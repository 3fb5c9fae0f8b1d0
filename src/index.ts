export { analyze, createAnalyzer, DEFAULT_OPTIONS } from './analyze.js';
export { renderHtml, type HtmlOptions } from './html/index.js';
export { parseNumber, toArabicNumerals } from './quantity/public.js';
export { AnalyzeError, DependencyError, DictFormatError, DictReadError, InputError, OptionsError } from './errors.js';
export type {
  Analysis,
  Analyzer,
  AnalyzerOptions,
  Approx,
  DateQuantity,
  DictionaryEntry,
  DictionarySource,
  Entity,
  EntitySource,
  EntityType,
  Fact,
  Figure,
  FigureKind,
  Indicator,
  Keyword,
  KeywordMethod,
  KeywordsSetting,
  NumericKind,
  NumericQuantity,
  Quantity,
  QuantityKind,
  Span,
  Token,
} from './types.js';
