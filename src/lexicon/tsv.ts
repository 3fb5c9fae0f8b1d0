import { readFileSync } from 'node:fs';
import { DictFormatError } from '../errors.js';

/** One data line of a dictionary file: its tab-separated columns and 1-based line number. */
export interface TsvRow {
  readonly columns: readonly string[];
  readonly line: number;
}

/**
 * Parses the dictionary text format: UTF-8, one entry a line, tab-separated columns, `#` comments,
 * blank lines ignored. A BOM and trailing `\r` are stripped. Rows with fewer than `minColumns`
 * columns throw DictFormatError naming `file` and the line.
 */
export function parseTsv(content: string, file: string, minColumns: number, maxColumns = Infinity): TsvRow[] {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const rows: TsvRow[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let raw = lines[i] as string;
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const columns = raw.split('\t').map((c) => c.trim());
    while (columns.length > minColumns && columns[columns.length - 1] === '') columns.pop();
    if (columns.length < minColumns || columns.slice(0, minColumns).some((c) => c === '')) {
      throw new DictFormatError(file, i + 1, `expected at least ${minColumns} tab-separated columns, got ${JSON.stringify(raw)}`);
    }
    if (columns.length > maxColumns) {
      throw new DictFormatError(file, i + 1, `expected at most ${maxColumns} tab-separated columns, got ${columns.length}`);
    }
    rows.push({ columns, line: i + 1 });
  }
  return rows;
}

/** Reads and parses a dictionary file (see parseTsv). */
export function readTsv(path: string, minColumns: number, maxColumns = Infinity): TsvRow[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new DictFormatError(path, 0, `cannot read the file (${(cause as Error).message})`);
  }
  return parseTsv(content, path, minColumns, maxColumns);
}
