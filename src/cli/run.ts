import { writeFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { createAnalyzer, renderHtml } from '../index.js';
import type { Analysis, AnalyzerOptions } from '../types.js';
import { type CliOptions, parseCommandLine, UsageError } from './args.js';
import { type Chunk, type ChunkResult, formatRecord, joinRecords, type LineError } from './chunk.js';
import { HELP } from './help.js';
import { checkDictionaries, type InputSource, InputFileError, openInput, readWhole, reason, resolveInputs } from './inputs.js';
import { type InputLine, readLines } from './lines.js';
import { documentTooLarge, MAX_DOCUMENT_CHARS } from './limits.js';
import { Output } from './output.js';
import { inThreadProcessor, type Processor, workerPool } from './processor.js';
import { Progress, type ProgressTarget } from './progress.js';
import { parseQueueCommandLine, QUEUE_COMMANDS, type QueueCommand } from './queue-args.js';
import { runQueueCommand } from './queue-run.js';
import { RecordWriter } from './record-writer.js';

export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable & ProgressTarget;
}

/** Shown when the input is stdin and stdin is a terminal: the command would otherwise wait in silence. */
export const STDIN_HINT = 'reading text from the terminal: type or paste it, then Ctrl-D (or give a file: zh-analyze FILE; see --help)';

/** A whole document this large is named on the progress line before its analysis starts. */
const LARGE_DOCUMENT_BYTES = 1 << 20;

/** Documents per chunk and characters per chunk, whichever is reached first. */
const CHUNK_DOCS = 128;
const CHUNK_CHARS = 1 << 18;

/** Runs the command line; resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo, version: string): Promise<number> {
  const say = (message: string): void => void io.stderr.write(cliMessage(message));
  let options: CliOptions;
  try {
    if (QUEUE_COMMANDS.includes(argv[0] as string)) return await runQueueCommand(parseQueueCommandLine(argv[0] as QueueCommand, argv.slice(1)), io);
    options = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    say(`${error.message}\nTry 'zh-analyze --help' for more information.`);
    return 2;
  }
  if (options.help) return void io.stdout.write(HELP), 0;
  if (options.version) return void io.stdout.write(`${version}\n`), 0;
  try {
    const sources = await resolveInputs(options.files);
    await checkDictionaries(options.dictionaries);
    if (!options.quiet && sources.some((s) => s.path === null) && (io.stdin as { isTTY?: boolean }).isTTY) say(STDIN_HINT);
    const analyzerOptions: AnalyzerOptions = { dictionaries: options.dictionaries, pos: options.pos };
    if (options.keywords !== null) analyzerOptions.keywords = options.keywords;
    const progress = new Progress(options.quiet ? null : io.stderr, totalSize(sources));
    const out = new Output(io.stdout);
    if (options.html !== null) return await runHtml(options, sources, analyzerOptions, io, out, progress);
    const processor =
      options.jobs > 1 ? workerPool(options.jobs, analyzerOptions, options.format) : inThreadProcessor(createAnalyzer(analyzerOptions), options.format);
    const report = (source: string, line: number, message: string): void => {
      progress.finish(); // erase the bar first; it is drawn again on the next update
      say(`${source}:${line}: ${message}`);
    };
    const writer = new RecordWriter(out, options.format, report, options.jsonl || sources.length > 1);
    try {
      for (const source of sources) {
        const chunks = options.jsonl ? jsonlChunks(source, io.stdin, progress) : textChunks(source, io.stdin, progress, sources.length > 1);
        await pump(chunks, processor, writer, progress);
        if (out.closed) break;
      }
      await writer.finish();
    } finally {
      progress.finish();
      await processor.close();
    }
    if (writer.lineErrors > 0) {
      say(`${writer.lineErrors} input line${writer.lineErrors === 1 ? ' was' : 's were'} skipped, ${writer.records} processed`);
      return 1;
    }
    return 0;
  } catch (error) {
    say(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

/** One line of stderr with one `zh-analyze:` prefix (the library's own errors already carry it). */
export function cliMessage(message: string): string {
  return `zh-analyze: ${message.replace(/^zh-analyze: /, '')}\n`;
}

/** Sends chunks to the processor and writes results in input order, at most `capacity` in flight. */
async function pump(chunks: AsyncIterable<Chunk>, processor: Processor, writer: RecordWriter, progress: Progress): Promise<void> {
  const inFlight: Promise<ChunkResult>[] = [];
  const writeOldest = async (): Promise<void> => {
    const result = await (inFlight.shift() as Promise<ChunkResult>);
    progress.ready(); // the first result marks the end of start-up (dictionaries loaded)
    await writer.write(result);
  };
  for await (const chunk of chunks) {
    const result = processor.submit(chunk);
    result.catch(() => {}); // awaited below, in order
    inFlight.push(result);
    while (inFlight.length >= processor.capacity) await writeOldest();
    if (writer.closed) return; // the results still in flight are not wanted
  }
  while (inFlight.length > 0 && !writer.closed) await writeOldest();
}

async function* jsonlChunks(source: InputSource, stdin: Readable, progress: Progress): AsyncGenerator<Chunk> {
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

async function* textChunks(source: InputSource, stdin: Readable, progress: Progress, documentColumn: boolean): AsyncGenerator<Chunk> {
  const { text, bytes } = await readWhole(source, stdin);
  refuseLarge(source, text);
  // One analyze() call advances nothing while it runs: a large document is named on the bar first.
  progress.working(`analyzing ${source.name}`, bytes >= LARGE_DOCUMENT_BYTES);
  yield { source: source.name, kind: 'text', body: text, firstLine: 1, documentColumn };
  progress.advance(bytes);
}

async function runHtml(
  options: CliOptions,
  sources: readonly InputSource[],
  analyzerOptions: AnalyzerOptions,
  io: CliIo,
  out: Output,
  progress: Progress,
): Promise<number> {
  const analyzer = createAnalyzer(analyzerOptions);
  const analyses: Analysis[] = [];
  for (const source of sources) {
    const { text, bytes } = await readWhole(source, io.stdin);
    refuseLarge(source, text);
    progress.working(`analyzing ${source.name}`, bytes >= LARGE_DOCUMENT_BYTES);
    analyses.push(analyzer.analyze(text));
    progress.ready();
    progress.advance(bytes);
  }
  progress.finish();
  const names = sources.map((s) => s.name);
  const page = names.length === 1 ? renderHtml(analyses, { title: `zh-analyze · ${names[0]}` }) : renderHtml(analyses, { title: 'zh-analyze', headings: names });
  if (options.html === '-') await out.write(page);
  else {
    try {
      await writeFile(options.html as string, page);
    } catch (error) {
      throw new InputFileError(`cannot write ${options.html}: ${reason(error)}`);
    }
  }
  if (options.formatGiven && options.html !== '-') {
    const writer = new RecordWriter(out, options.format, () => {}, sources.length > 1);
    const several = sources.length > 1;
    const records = analyses.map((analysis, i) => formatRecord(analysis, undefined, options.format, names[i] as string, several ? names[i] : undefined));
    await writer.write(joinRecords(records, options.format, []));
    await writer.finish();
  }
  return 0;
}

/** A whole document above the command line's limit is refused before analysis (exit 1). */
function refuseLarge(source: InputSource, text: string): void {
  if (text.length > MAX_DOCUMENT_CHARS) throw new InputFileError(`${source.name}: ${documentTooLarge(text.length, false)}`);
}

function totalSize(sources: readonly InputSource[]): number | null {
  let total = 0;
  for (const s of sources) {
    if (s.size === null) return null;
    total += s.size;
  }
  return total;
}
