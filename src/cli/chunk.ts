import type { Analysis, Analyzer } from '../types.js';
import type { OutputFormat } from './args.js';
import { formatJson } from './json.js';
import { parseJsonlLine } from './jsonl.js';
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
    return joinRecords([formatRecord(analyzer.analyze(chunk.body), undefined, format, chunk.source)], format, []);
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
    const heading = `${chunk.source}:${line}${id === undefined ? '' : ` id=${JSON.stringify(id)}`}`;
    records.push(formatRecord(analyzer.analyze(text), id, format, heading));
  }
  return joinRecords(records, format, errors.sort((a, b) => a.line - b.line));
}

/** Joins records with the separator of the format; JSON Lines records each end with a newline. */
export function joinRecords(records: readonly string[], format: OutputFormat, errors: LineError[]): ChunkResult {
  const output = format === 'jsonl' ? records.map((r) => `${r}\n`).join('') : records.join(format === 'json' ? ',\n' : '\n');
  return { output, count: records.length, errors };
}

/** One result in the output format; `id` is echoed from JSONL input. */
export function formatRecord(analysis: Analysis, id: unknown, format: OutputFormat, heading: string): string {
  if (format === 'table') return formatTable(analysis, heading);
  const record = id === undefined ? analysis : { id, ...analysis };
  return format === 'jsonl' ? JSON.stringify(record) : formatJson(record as unknown as Record<string, unknown>);
}
