import type { Analysis, Analyzer } from '../types.js';
import type { OutputFormat } from './args.js';
import { formatJson } from './json.js';
import { parseJsonlLine } from './jsonl.js';
import { formatTable } from './table.js';

/** A piece of input handed to an analyzer (in this thread or a worker): whole texts or JSONL lines. */
export interface Chunk {
  /** File name or `stdin`, for messages and table headings. */
  readonly source: string;
  readonly kind: 'text' | 'jsonl';
  /** For `text`, `raw` is the document; for `jsonl`, the unparsed line. `line` is 1-based. */
  readonly docs: readonly { readonly raw: string; readonly line: number }[];
}

export interface LineError {
  readonly source: string;
  readonly line: number;
  readonly message: string;
}

/** Formatted output records (without separators) and the lines that could not be read. */
export interface ChunkResult {
  readonly records: string[];
  readonly errors: LineError[];
}

/** Analyzes and formats every document of a chunk. Runs the same in the main thread and in workers. */
export function processChunk(analyzer: Analyzer, chunk: Chunk, format: OutputFormat): ChunkResult {
  const records: string[] = [];
  const errors: LineError[] = [];
  for (const { raw, line } of chunk.docs) {
    let text = raw;
    let id: unknown;
    let heading = chunk.source;
    if (chunk.kind === 'jsonl') {
      const parsed = parseJsonlLine(raw);
      if (parsed === null) continue;
      if (!parsed.ok) {
        errors.push({ source: chunk.source, line, message: parsed.message });
        continue;
      }
      ({ text, id } = parsed.doc);
      heading = `${chunk.source}:${line}${id === undefined ? '' : ` id=${JSON.stringify(id)}`}`;
    }
    records.push(formatRecord(analyzer.analyze(text), id, format, heading));
  }
  return { records, errors };
}

/** One result in the output format; `id` is echoed from JSONL input. */
export function formatRecord(analysis: Analysis, id: unknown, format: OutputFormat, heading: string): string {
  if (format === 'table') return formatTable(analysis, heading);
  const record = id === undefined ? analysis : { id, ...analysis };
  return format === 'jsonl' ? JSON.stringify(record) : formatJson(record as unknown as Record<string, unknown>);
}
