import { memberText } from './json-member.js';

/** A JSONL line's `id`: its value, and its JSON text as written (echoed verbatim: 2^53 + 1, 1e400). */
export interface JsonlId {
  readonly value: unknown;
  readonly json: string;
}

/** One document of JSONL input. */
export interface JsonlDocument {
  readonly text: string;
  /** Echoed back in the result when the line gave one. */
  readonly id?: JsonlId;
}

export type JsonlLine = { readonly ok: true; readonly doc: JsonlDocument } | { readonly ok: false; readonly message: string };

/**
 * Reads one line of JSONL input: a JSON string, or an object with a string `text` and an optional
 * `id`. Returns null for a blank line (skipped silently). A BOM and a trailing CR are tolerated.
 */
export function parseJsonlLine(line: string): JsonlLine | null {
  let source = line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
  if (source.endsWith('\r')) source = source.slice(0, -1);
  if (source.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return { ok: false, message: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof value === 'string') return { ok: true, doc: { text: value } };
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as { text?: unknown; id?: unknown };
    if (typeof record.text !== 'string') {
      const got = record.text === undefined ? 'no "text" field' : `"text" of type ${typeOf(record.text)}`;
      return { ok: false, message: `expected an object with a string "text" field, got ${got}` };
    }
    if (record.id === undefined) return { ok: true, doc: { text: record.text } };
    const json = memberText(source, 'id') ?? JSON.stringify(record.id);
    return { ok: true, doc: { text: record.text, id: { value: record.id, json } } };
  }
  return { ok: false, message: `expected a JSON string or an object with "text", got ${typeOf(value)}` };
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
