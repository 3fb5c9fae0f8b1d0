import { createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { collect, createWorker, enqueue } from '../queue/index.js';
import { AnalyzeError } from '../errors.js';
import type { CliIo } from './run.js';
import { QUEUE_HELP } from './help.js';
import { checkDictionaries, InputFileError, openInput, reason, resolveInputs } from './inputs.js';
import { Output } from './output.js';
import { Progress } from './progress.js';
import type { QueueCliOptions } from './queue-args.js';

/** Runs `zh-analyze enqueue|worker|collect`; resolves to the exit code. */
export async function runQueueCommand(options: QueueCliOptions, io: CliIo): Promise<number> {
  const say = (message: string): void => void io.stderr.write(`zh-analyze ${options.command}: ${message}\n`);
  if (options.help) return void io.stdout.write(QUEUE_HELP), 0;
  try {
    if (options.command === 'enqueue') return await runEnqueue(options, io);
    if (options.command === 'worker') return await runWorker(options, say);
    return await runCollect(options, io, say);
  } catch (error) {
    say(error instanceof AnalyzeError ? error.message.replace(/^zh-analyze: /, '') : error instanceof Error ? error.message : String(error));
    return 1;
  }
}

async function runEnqueue(options: QueueCliOptions, io: CliIo): Promise<number> {
  const sources = await resolveInputs(options.files);
  let queued = 0;
  for (const source of sources) {
    const input = openInput(source, io.stdin);
    const lines = (async function* () {
      try {
        yield* createInterface({ input, crlfDelay: Infinity });
      } catch (error) {
        throw new InputFileError(`cannot read ${source.name}: ${reason(error)}`);
      }
    })();
    const result = await enqueue({ redis: options.redis, queue: options.queue, lines, source: source.name, batchSize: options.batchSize });
    queued += result.queued;
  }
  io.stdout.write(`queued ${queued} document${queued === 1 ? '' : 's'} on ${options.queue}\n`);
  return 0;
}

async function runWorker(options: QueueCliOptions, say: (message: string) => void): Promise<number> {
  await checkDictionaries(options.dictionaries);
  const running = await createWorker({
    redis: options.redis,
    queue: options.queue,
    concurrency: options.concurrency,
    lockDuration: options.lockDuration,
    stalledInterval: Math.min(5000, Math.round(options.lockDuration / 2)),
    analyzer: { dictionaries: options.dictionaries, pos: options.pos },
  });
  let lastError = 0;
  running.onError((error) => {
    // Redis away (restart, network): BullMQ reconnects by itself; say so at most every 5 s.
    if (Date.now() - lastError > 5000) say(`${error.message} (retrying)`);
    lastError = Date.now();
  });
  await running.ready();
  say(`ready on queue ${options.queue} (concurrency ${options.concurrency})`);
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  say('stopping: finishing the jobs it holds');
  await running.close();
  return 0;
}

async function runCollect(options: QueueCliOptions, io: CliIo, say: (message: string) => void): Promise<number> {
  const stream = options.out === null ? io.stdout : createWriteStream(options.out);
  const out = new Output(stream);
  let progress: Progress | null = null;
  let shown = 0;
  let collected = 0;
  let failed = 0;
  let pending: string[] = [];
  const flush = async (): Promise<void> => {
    if (pending.length > 0) await out.write(pending.join(''));
    pending = [];
  };
  const onProgress = (done: number, total: number): void => {
    progress ??= new Progress(options.quiet ? null : io.stderr, total);
    progress.advance(done - shown);
    shown = done;
  };
  try {
    for await (const doc of collect({ redis: options.redis, queue: options.queue, onProgress })) {
      if (doc.ok) {
        collected++;
        pending.push(`${doc.line}\n`);
        if (pending.length >= 256) await flush();
      } else {
        failed++;
        (progress as Progress | null)?.finish();
        say(`${doc.source}:${doc.lineNumber}${doc.id === undefined ? '' : ` (id ${JSON.stringify(doc.id)})`}: ${doc.error}`);
      }
      if (out.closed) break;
    }
    await flush();
  } finally {
    (progress as Progress | null)?.finish();
    await out.end();
    if (stream !== io.stdout) await new Promise<void>((resolve) => stream.end(resolve));
  }
  if (failed > 0) {
    say(`${failed} document${failed === 1 ? '' : 's'} failed, ${collected} collected`);
    return 1;
  }
  return 0;
}
