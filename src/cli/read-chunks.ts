import type { Readable } from 'node:stream';
import { type Chunk, type LineError } from './chunk.js';
import { type InputSource, InputFileError, openInput, readWhole, reason } from './inputs.js';
import { type InputLine, readLines } from './lines.js';
import { documentTooLarge, MAX_DOCUMENT_CHARS } from './limits.js';
import type { Progress } from './progress.js';

/** How the command line cuts its inputs into chunks of work: JSON lines in batches, a text file whole. */

/** A whole document this large is named on the progress line before its analysis starts. */
export const LARGE_DOCUMENT_BYTES = 1 << 20;

/** Documents per chunk and characters per chunk, whichever is reached first. */
const CHUNK_DOCS = 128;
const CHUNK_CHARS = 1 << 18;

/** JSON lines (or plain lines) read as they arrive, in chunks of CHUNK_DOCS lines or CHUNK_CHARS characters. */
export async function* jsonlChunks(source: InputSource, stdin: Readable, progress: Progress): AsyncGenerator<Chunk> {
  const input = openInput(source, stdin);
  input.on('data', (part: Buffer) => progress.advance(part.length));
  const lines = readLines(input)[Symbol.asyncIterator]();
  let body: string[] = [];
  let errors: LineError[] = [];
  let chars = 0;
  let line = 0; // lines read so far
  try {
    for (;;) {
      let next: IteratorResult<InputLine>;
      try {
        next = await lines.next();
      } catch (error) {
        throw new InputFileError(`cannot read ${source.name}: ${reason(error)}`);
      }
      if (next.done) break;
      line++;
      const { text } = next.value;
      if (text === null) errors.push({ source: source.name, line, message: `not UTF-8 text (byte ${next.value.byte} of the line)` });
      body.push(text ?? ''); // an empty line keeps the numbering and is skipped
      chars += text?.length ?? 0;
      if (body.length >= CHUNK_DOCS || chars >= CHUNK_CHARS) {
        yield { source: source.name, kind: 'jsonl', body: body.join('\n'), firstLine: line - body.length + 1, errors, documentColumn: true };
        body = [];
        errors = [];
        chars = 0;
      }
    }
    if (body.length > 0) yield { source: source.name, kind: 'jsonl', body: body.join('\n'), firstLine: line - body.length + 1, errors, documentColumn: true };
  } finally {
    await lines.return?.(undefined); // also when the consumer stopped early (`| head`): read no further
    input.destroy();
  }
}

/** A text input read whole: one document, one chunk. */
export async function* textChunks(source: InputSource, stdin: Readable, progress: Progress, documentColumn: boolean): AsyncGenerator<Chunk> {
  const { text, bytes } = await readWhole(source, stdin);
  refuseLarge(source, text);
  // One analyze() call advances nothing while it runs: a large document is named on the bar first.
  progress.working(`analyzing ${source.name}`, bytes >= LARGE_DOCUMENT_BYTES);
  yield { source: source.name, kind: 'text', body: text, firstLine: 1, documentColumn };
  progress.advance(bytes);
}

/** A whole document above the command line's limit is refused before analysis (exit 1). */
export function refuseLarge(source: InputSource, text: string): void {
  if (text.length > MAX_DOCUMENT_CHARS) throw new InputFileError(`${source.name}: ${documentTooLarge(text.length, false)}`);
}
