import type { Analysis, Fact, Span } from '../types.js';

/**
 * `--format facts`: one CSV row per fact (RFC 4180: comma-separated, CRLF line ends, a field with a
 * comma, quote, CR or LF in double quotes with quotes doubled). Offsets are UTF-16 code units into
 * the document's text, end exclusive, as in the JSON result; empty when the part is absent.
 */
export const FACT_COLUMNS: readonly string[] = Object.freeze([
  'subject',
  'canonical subject',
  'subject type',
  'indicator',
  'canonical indicator',
  'value',
  'upper',
  'approx',
  'unit',
  'per',
  'kind',
  'change',
  'value text',
  'time',
  'time value',
  'value start',
  'value end',
  'indicator start',
  'indicator end',
  'subject start',
  'subject end',
  'time start',
  'time end',
]);

/** The leading column added when the output holds several documents. */
export const DOCUMENT_COLUMN = 'document';

const LINE_END = '\r\n';

/** A field quoted when it must be: it holds a comma, a double quote, CR or LF. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csvRow(fields: readonly string[]): string {
  return fields.map(csvField).join(',') + LINE_END;
}

/** The header row; `documentColumn` when each row is led by its document. */
export function factsHeader(documentColumn: boolean): string {
  return csvRow(documentColumn ? [DOCUMENT_COLUMN, ...FACT_COLUMNS] : FACT_COLUMNS);
}

/** The rows of one document's facts (no header); `document` fills the leading column when given. */
export function formatFactRows(analysis: Analysis, document?: string): string {
  return analysis.facts.map((fact) => csvRow(document === undefined ? factFields(fact) : [document, ...factFields(fact)])).join('');
}

function factFields(fact: Fact): string[] {
  const { value: q, indicator, subject, time } = fact;
  return [
    subject?.text ?? '',
    subject?.canonical ?? '',
    subject?.type ?? '',
    indicator?.text ?? '',
    indicator?.canonical ?? '',
    plainNumber(q.value),
    q.upper === undefined ? '' : plainNumber(q.upper),
    q.approx ?? '',
    q.unit ?? '',
    q.per ?? '',
    q.kind,
    fact.change ?? '',
    q.text,
    time?.text ?? '',
    time === undefined ? '' : String(time.value),
    ...offsets(q),
    ...offsets(indicator),
    ...offsets(subject),
    ...offsets(time),
  ];
}

function offsets(span: Span | undefined): [string, string] {
  return span === undefined ? ['', ''] : [String(span.start), String(span.end)];
}

/** A number a spreadsheet reads: no digit grouping, and no exponent even for 1e21 and beyond. */
export function plainNumber(value: number | string): string {
  if (typeof value === 'string') return value;
  const plain = String(value);
  if (!/e/i.test(plain) || !Number.isFinite(value)) return plain;
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}
