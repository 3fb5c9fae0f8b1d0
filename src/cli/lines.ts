import type { Readable } from 'node:stream';
import { firstInvalidByte } from '../utf8.js';

/** One line of input: its text, or null when its bytes are not UTF-8 (`byte`: offset of the first bad byte in the line). */
export type InputLine = { readonly text: string } | { readonly text: null; readonly byte: number };

const LF = 0x0a;

/**
 * Splits a byte stream into lines at LF only (a CR before the LF stays on the line, for the caller to
 * drop; a lone CR is not a line end, JSON allows it as whitespace) and decodes each line as strict
 * UTF-8. Memory is one line plus one read buffer; a long line is kept as parts until its end.
 */
export async function* readLines(input: Readable): AsyncGenerator<InputLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending: Buffer[] = [];
  for await (const part of input) {
    const bytes = part as Buffer;
    let from = 0;
    for (let lf = bytes.indexOf(LF, from); lf !== -1; lf = bytes.indexOf(LF, from)) {
      pending.push(bytes.subarray(from, lf));
      yield decodeLine(decoder, pending.length === 1 ? (pending[0] as Buffer) : Buffer.concat(pending));
      pending = [];
      from = lf + 1;
    }
    if (from < bytes.length) pending.push(bytes.subarray(from));
  }
  if (pending.length > 0) yield decodeLine(decoder, Buffer.concat(pending));
}

function decodeLine(decoder: TextDecoder, bytes: Buffer): InputLine {
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { text: null, byte: firstInvalidByte(bytes) };
  }
}
