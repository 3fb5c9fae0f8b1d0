import { readFileSync } from 'node:fs';
import { DictFormatError, DictReadError } from '../errors.js';
import { decodeUtf8, firstInvalidByte } from '../utf8.js';

/** One data line of a dictionary file: its tab-separated columns and 1-based line number. */
export interface TsvRow {
  readonly columns: readonly string[];
  readonly line: number;
}

/**
 * Parses the dictionary text format: UTF-8, one entry a line, tab-separated columns, `#` comments,
 * blank lines ignored. A BOM and trailing `\r` are stripped. Rows with fewer than `minColumns`
 * columns throw DictFormatError naming `file` and the line, and so does a CR inside a line (a file
 * with CR-only line ends would otherwise read as one long line).
 */
export function parseTsv(content: string, file: string, minColumns: number, maxColumns = Infinity): TsvRow[] {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const rows: TsvRow[] = [];
  // Line by line, without an array of every line: the rows are all that outlives the parse.
  let lineNumber = 0;
  for (let from = 0; from <= text.length; ) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    lineNumber++;
    let raw = text.slice(from, to);
    from = to + 1;
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    if (raw.includes('\r')) throw new DictFormatError(file, lineNumber, 'a CR inside the line: save the file with LF (or CRLF) line ends');
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const columns = raw.split('\t');
    for (let c = 0; c < columns.length; c++) columns[c] = (columns[c] as string).trim();
    while (columns.length > minColumns && columns[columns.length - 1] === '') columns.pop();
    if (columns.length < minColumns || columns.slice(0, minColumns).some((c) => c === '')) {
      throw new DictFormatError(file, lineNumber, `expected at least ${minColumns} tab-separated columns, got ${JSON.stringify(raw)}`);
    }
    if (columns.length > maxColumns) {
      throw new DictFormatError(file, lineNumber, `expected at most ${maxColumns} tab-separated columns, got ${columns.length}`);
    }
    rows.push({ columns, line: lineNumber });
  }
  return rows;
}

/** Reads and parses a dictionary file (see parseTsv); it must be UTF-8. */
export function readTsv(path: string, minColumns: number, maxColumns = Infinity): TsvRow[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    throw new DictReadError(path, REASONS[(cause as NodeJS.ErrnoException).code ?? ''] ?? (cause as Error).message, cause);
  }
  const content = decodeUtf8(bytes);
  if (content === null) {
    const at = firstInvalidByte(bytes);
    const lineStart = at === 0 ? 0 : bytes.lastIndexOf(0x0a, at - 1) + 1;
    const line = countLines(bytes, at);
    throw new DictFormatError(path, line, `not UTF-8 text (byte ${at - lineStart} of the line): save the file as UTF-8`);
  }
  return parseTsv(content, path, minColumns, maxColumns);
}

const REASONS: Readonly<Record<string, string>> = Object.freeze({
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
});

/** The 1-based number of the line holding byte `at`. */
function countLines(bytes: Buffer, at: number): number {
  let line = 1;
  for (let k = bytes.indexOf(0x0a); k !== -1 && k < at; k = bytes.indexOf(0x0a, k + 1)) line++;
  return line;
}
