import * as os from 'node:os';
import { parseArgs } from 'node:util';

export type OutputFormat = 'json' | 'jsonl' | 'table' | 'facts';
const FORMATS: readonly OutputFormat[] = ['json', 'jsonl', 'table', 'facts'];

export interface CliOptions {
  readonly help: boolean;
  readonly version: boolean;
  /** Input files; `-` is stdin. Empty means stdin. */
  readonly files: readonly string[];
  /** One document per input line (a JSON string or an object with `text`). */
  readonly jsonl: boolean;
  readonly format: OutputFormat;
  /** Whether --format was given (with --html, stdout stays silent unless it was). */
  readonly formatGiven: boolean;
  readonly jobs: number;
  readonly html: string | null;
  readonly dictionaries: readonly string[];
  readonly pos: boolean;
  /** --keywords N: the top N keywords (TF-IDF) on each result; null when not given. */
  readonly keywords: number | null;
  readonly quiet: boolean;
}

/** A bad command line: reported with a hint to --help, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Parses the command line (without `node` and the script). Throws UsageError. */
export function parseCommandLine(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
        jsonl: { type: 'boolean', default: false },
        format: { type: 'string', short: 'f' },
        jobs: { type: 'string', short: 'j', default: '1' },
        html: { type: 'string' },
        dict: { type: 'string', short: 'd', multiple: true, default: [] },
        pos: { type: 'boolean', default: false },
        keywords: { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument starting with a '-'.*$/s, '.'));
  }
  const { values, positionals } = parsed;
  const format = values.format ?? (values.jsonl ? 'jsonl' : 'json');
  if (!FORMATS.includes(format as OutputFormat)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got "${format}"`);
  }
  const jobs = parseJobs(values.jobs);
  if (values.html !== undefined && values.html === '') throw new UsageError('--html needs a file name (or - for stdout)');
  if (values.html !== undefined && values.jsonl) {
    throw new UsageError('--html renders whole documents; it cannot be combined with --jsonl');
  }
  return {
    help: values.help,
    version: values.version,
    files: positionals,
    jsonl: values.jsonl,
    format: format as OutputFormat,
    formatGiven: values.format !== undefined,
    jobs,
    html: values.html ?? null,
    dictionaries: values.dict,
    pos: values.pos,
    keywords: values.keywords === undefined ? null : parseKeywords(values.keywords),
    quiet: values.quiet,
  };
}

function parseKeywords(raw: string): number {
  if (!/^[0-9]+$/.test(raw) || Number(raw) < 1 || Number(raw) > 1000) {
    throw new UsageError(`--keywords must be a whole number from 1 to 1000; got "${raw}"`);
  }
  return Number(raw);
}

function parseJobs(raw: string): number {
  if (raw === 'auto') return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  if (!/^[0-9]+$/.test(raw) || Number(raw) < 1 || Number(raw) > 256) {
    throw new UsageError(`--jobs must be a whole number from 1 to 256 or "auto"; got "${raw}"`);
  }
  return Number(raw);
}
