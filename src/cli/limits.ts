/**
 * The largest document the command line analyzes in one piece, in UTF-16 code units (a Chinese
 * character is one; about 15 MB of UTF-8 Chinese). Its JSON result must fit in one JavaScript string
 * (V8's limit is about 536 million code units; a document of one-character tokens, each a quantity,
 * takes about 100 per character of input), and analysis holds all of it in memory at once. Larger
 * inputs are refused before analysis with advice on splitting them, never with "Invalid string length".
 */
export const MAX_DOCUMENT_CHARS = 5_000_000;

/** Why a document of `length` code units is refused, and how to split it (`jsonl`: it was one line of JSONL input). */
export function documentTooLarge(length: number, jsonl: boolean): string {
  const size = `a document of ${length.toLocaleString('en-US')} characters is more than the command line analyzes at once (${MAX_DOCUMENT_CHARS.toLocaleString('en-US')})`;
  return jsonl
    ? `${size}; split its text over several lines`
    : `${size}; split it into smaller documents, e.g. one per line as JSON Lines: jq -R . FILE | zh-analyze --jsonl`;
}

/** A result too large for one string (V8's "Invalid string length"): refused like a document that is too large. */
export function isStringTooLong(error: unknown): boolean {
  return error instanceof RangeError && /Invalid string length/.test(error.message);
}
