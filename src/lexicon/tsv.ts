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
  const rows: TsvRow[] = [];
  eachTsvRow(content, file, minColumns, maxColumns, (columns, line) => {
    rows.push({ columns, line });
  });
  return rows;
}

/**
 * parseTsv's rows handed to `visit` one by one (the columns and the 1-based line number), for a
 * reader that keeps less than every row: no row object is made, and the rows read so far are not
 * all alive at once (a table loaded at start is then copied by the garbage collector only once).
 */
export function eachTsvRow(
  content: string,
  file: string,
  minColumns: number,
  maxColumns: number,
  visit: (columns: string[], line: number) => void,
): void {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  // Line by line, without an array of every line.
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
    visit(columns, lineNumber);
  }
}

/** Reads and parses a dictionary file (see parseTsv); it must be UTF-8. */
export function readTsv(path: string, minColumns: number, maxColumns = Infinity): TsvRow[] {
  return parseTsv(readDictText(path), path, minColumns, maxColumns);
}

/** Reads a dictionary file and hands its rows to `visit` one by one (see eachTsvRow). */
export function readTsvRows(path: string, minColumns: number, maxColumns: number, visit: (columns: string[], line: number) => void): void {
  eachTsvRow(readDictText(path), path, minColumns, maxColumns, visit);
}

/** The first column of every row of a dictionary file (see parseTsv), without the rows. */
export function readFirstColumn(path: string, minColumns = 1, maxColumns = Infinity): string[] {
  const out: string[] = [];
  readTsvRows(path, minColumns, maxColumns, (columns) => {
    out.push(columns[0] as string);
  });
  return out;
}

/** A dictionary file's text; it must be UTF-8. */
function readDictText(path: string): string {
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
  return content;
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
