/** The base class of every error zh-analyze throws on purpose. */
export class AnalyzeError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AnalyzeError';
    this.code = code;
  }
}

/**
 * analyze() was given something that is not a string, or renderHtml() something that is not an
 * Analysis. Also a TypeError, as the contract requires.
 */
export class InputError extends TypeError {
  readonly code = 'ERR_INPUT';
  /** `expected`: what the function takes, e.g. `analyze() expects a string`. */
  constructor(received: unknown, expected = 'analyze() expects a string') {
    super(`zh-analyze: ${expected}, but got ${describe(received)}`);
    this.name = 'InputError';
  }
}

/** A dictionary line that cannot be read; names the file and the 1-based line. */
export class DictFormatError extends AnalyzeError {
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, problem: string) {
    super('ERR_DICT_FORMAT', `${file}:${line}: ${problem}`);
    this.name = 'DictFormatError';
    this.file = file;
    this.line = line;
  }
}

/** A dictionary file that cannot be read at all (missing, a directory, no permission); the original error is `cause`. */
export class DictReadError extends AnalyzeError {
  readonly file: string;
  constructor(file: string, reason: string, cause: unknown) {
    super('ERR_DICT_READ', `cannot read dictionary ${file}: ${reason}`, { cause });
    this.name = 'DictReadError';
    this.file = file;
  }
}

/** Bad options passed to createAnalyzer(). */
export class OptionsError extends AnalyzeError {
  constructor(message: string) {
    super('ERR_OPTIONS', `zh-analyze: ${message}`);
    this.name = 'OptionsError';
  }
}

/** A dependency (nodejieba, opencc-js) or a data file failed to load; the original error is `cause`. */
export class DependencyError extends AnalyzeError {
  constructor(message: string, cause: unknown) {
    super('ERR_DEPENDENCY', `zh-analyze: ${message}`, { cause });
    this.name = 'DependencyError';
  }
}

/**
 * What a value is, for a message. Never throws: a revoked Proxy or a throwing getter (constructor,
 * toString) is described as what can still be told of it.
 */
function describe(value: unknown): string {
  try {
    return describeValue(value);
  } catch {
    return typeof value === 'function' ? 'a function' : 'an object that cannot be inspected';
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array (length ${value.length})`;
  if (typeof value === 'object') {
    const ctor = (value as object).constructor?.name;
    return ctor && ctor !== 'Object' ? `an object (${ctor})` : 'an object';
  }
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  return `${typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`}${typeof value === 'undefined' ? '' : ` (${String(value).slice(0, 40)})`}`;
}
