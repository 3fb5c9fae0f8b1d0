import type { Analysis, Analyzer } from '../types.js';
import type { OutputFormat } from './args.js';
import { formatFactRows } from './facts-csv.js';
import { formatJson } from './json.js';
import { type JsonlId, parseJsonlLine } from './jsonl.js';
import { documentTooLarge, isStringTooLong, MAX_DOCUMENT_CHARS } from './limits.js';
import { formatTable } from './table.js';

/** A piece of input handed to an analyzer (in this thread or a worker): one text or JSONL lines. */
export interface Chunk {
  /** File name or `stdin`, for messages and table headings. */
  readonly source: string;
  readonly kind: 'text' | 'jsonl';
  /** `text`: the whole document. `jsonl`: lines joined with `\n` (lines end at LF only, so no line contains one). */
  readonly body: string;
  /** 1-based number of the first line of `body`. */
  readonly firstLine: number;
  /** Lines already refused while reading (not UTF-8); they are empty in `body`. */
  readonly errors?: readonly LineError[];
  /** `--format facts` leads each row with its document (several inputs, or any JSONL input). */
  readonly documentColumn: boolean;
}

export interface LineError {
  readonly source: string;
  readonly line: number;
  readonly message: string;
}

/** The chunk's records formatted and joined (one string crosses the thread boundary), and the lines that could not be read. */
export interface ChunkResult {
  readonly output: string;
  readonly count: number;
  readonly errors: LineError[];
}

/** Analyzes and formats every document of a chunk. Runs the same in the main thread and in workers. */
export function processChunk(analyzer: Analyzer, chunk: Chunk, format: OutputFormat): ChunkResult {
  if (chunk.kind === 'text') {
    const document = chunk.documentColumn ? chunk.source : undefined;
    try {
      return joinRecords([formatRecord(analyzer.analyze(chunk.body), undefined, format, chunk.source, document)], format, []);
    } catch (error) {
      if (isStringTooLong(error)) throw new Error(`${chunk.source}: its result is too large for one string; ${documentTooLarge(chunk.body.length, false).replace(/^.*?; /, '')}`);
      throw error;
    }
  }
  const records: string[] = [];
  const errors: LineError[] = [...(chunk.errors ?? [])];
  const lines = chunk.body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = chunk.firstLine + i;
    const parsed = parseJsonlLine(lines[i] as string);
    if (parsed === null) continue;
    if (!parsed.ok) {
      errors.push({ source: chunk.source, line, message: parsed.message });
      continue;
    }
    const { text, id } = parsed.doc;
    if (text.length > MAX_DOCUMENT_CHARS) {
      errors.push({ source: chunk.source, line, message: documentTooLarge(text.length, true) });
      continue;
    }
    const heading = `${chunk.source}:${line}${id === undefined ? '' : ` id=${id.json}`}`;
    const document = chunk.documentColumn ? documentLabel(id, `${chunk.source}:${line}`) : undefined;
    try {
      records.push(formatRecord(analyzer.analyze(text), id, format, heading, document));
    } catch (error) {
      if (!isStringTooLong(error)) throw error;
      errors.push({ source: chunk.source, line, message: 'its result is too large for one string; split its text over several lines' });
    }
  }
  return joinRecords(records, format, errors.sort((a, b) => a.line - b.line));
}

/** Joins records with the separator of the format; JSON Lines records and CSV rows each end with a line break. */
export function joinRecords(records: readonly string[], format: OutputFormat, errors: LineError[]): ChunkResult {
  let output: string;
  if (format === 'jsonl') output = records.map((r) => `${r}\n`).join('');
  else if (format === 'facts') output = records.join('');
  else output = records.join(format === 'json' ? ',\n' : '\n');
  return { output, count: records.length, errors };
}

/**
 * One result in the output format; `id` is echoed from JSONL input. `document` leads each row of
 * `--format facts` (the CSV rows of the document's facts, possibly none).
 */
export function formatRecord(analysis: Analysis, id: JsonlId | undefined, format: OutputFormat, heading: string, document?: string): string {
  if (format === 'table') return formatTable(analysis, heading);
  if (format === 'facts') return formatFactRows(analysis, document);
  const fields = analysis as unknown as Record<string, unknown>;
  if (format === 'json') return formatJson(fields, id?.json);
  const body = JSON.stringify(fields);
  return id === undefined ? body : `{"id":${id.json},${body.slice(1)}`;
}

/** The document column of a JSONL line: its id (a string as is, any other JSON value as written), else `file:line`. */
function documentLabel(id: JsonlId | undefined, fallback: string): string {
  if (id === undefined) return fallback;
  return typeof id.value === 'string' ? id.value : id.json;
}
