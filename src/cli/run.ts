import type { Readable, Writable } from 'node:stream';
import { createAnalyzer } from '../index.js';
import type { AnalyzerOptions } from '../types.js';
import { type CliOptions, parseCommandLine, UsageError } from './args.js';
import type { Chunk, ChunkResult } from './chunk.js';
import { HELP } from './help.js';
import { checkDictionaries, type InputSource, resolveInputs } from './inputs.js';
import { Output } from './output.js';
import { inThreadProcessor, type Processor, workerPool } from './processor.js';
import { Progress, type ProgressTarget } from './progress.js';
import { parseQueueCommandLine, QUEUE_COMMANDS, type QueueCommand } from './queue-args.js';
import { runQueueCommand } from './queue-run.js';
import { jsonlChunks, textChunks } from './read-chunks.js';
import { RecordWriter } from './record-writer.js';
import { runHtml } from './run-html.js';

export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable & ProgressTarget;
}

/** Shown when the input is stdin and stdin is a terminal: the command would otherwise wait in silence. */
export const STDIN_HINT = 'reading text from the terminal: type or paste it, then Ctrl-D (or give a file: zh-analyze FILE; see --help)';

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

function totalSize(sources: readonly InputSource[]): number | null {
  let total = 0;
  for (const s of sources) {
    if (s.size === null) return null;
    total += s.size;
  }
  return total;
}
