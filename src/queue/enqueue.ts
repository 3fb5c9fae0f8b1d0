import { JOB_NAME, type JobData, FIELDS, isBlankLine, jobId, metaKey } from './keys.js';
import { loadQueueModules } from './load.js';

/** A document: its text, or `{ text, id }` (the id is echoed in the result, as with `--jsonl`). */
export type QueueDocument = string | { readonly text: string; readonly id?: unknown };

export interface EnqueueOptions {
  /** Redis URL, e.g. `redis://127.0.0.1:6379/0`. */
  readonly redis: string;
  /** Queue name; workers and `collect` use the same one. */
  readonly queue: string;
  /** Documents to queue... */
  readonly documents?: Iterable<QueueDocument> | AsyncIterable<QueueDocument>;
  /** ...or JSONL input lines as read (`--jsonl` format); blank lines are skipped, broken ones fail in the worker. */
  readonly lines?: Iterable<string> | AsyncIterable<string>;
  /** Name of the input in error messages (default `input`). */
  readonly source?: string;
}

export interface EnqueueResult {
  /** Documents queued by this call. */
  readonly queued: number;
  /** Their input positions in the queue, first and last (0 and -1 when none). */
  readonly first: number;
  readonly last: number;
}

const BATCH = 500;

/**
 * Queues one job per document, numbered after those already in the queue so that `collect` can
 * write the results in input order.
 */
export async function enqueue(options: EnqueueOptions): Promise<EnqueueResult> {
  const { bullmq, connect } = await loadQueueModules();
  const connection = connect(options.redis);
  const queue = new bullmq.Queue<JobData, string>(options.queue, { connection });
  const key = metaKey(queue.toKey);
  const source = options.source ?? 'input';
  let first = 0;
  let last = -1;
  let batch: { line: string; lineNumber: number }[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const end = await connection.hincrby(key, FIELDS.reserved, batch.length);
    const start = end - batch.length + 1;
    await queue.addBulk(
      batch.map((doc, i) => ({
        name: JOB_NAME,
        data: { line: doc.line, source, lineNumber: doc.lineNumber },
        opts: { jobId: jobId(start + i), attempts: 1 },
      })),
    );
    const bytes = batch.reduce((sum, doc) => sum + Buffer.byteLength(doc.line), 0);
    await connection.multi().hincrby(key, FIELDS.queued, batch.length).hincrby(key, FIELDS.bytes, bytes).exec();
    if (first === 0) first = start;
    last = end;
    batch = [];
  };
  try {
    let lineNumber = 0;
    for await (const line of inputLines(options)) {
      lineNumber++;
      if (isBlankLine(line)) continue;
      batch.push({ line, lineNumber });
      if (batch.length >= BATCH) await flush();
    }
    await flush();
  } finally {
    await queue.close();
    await connection.quit();
  }
  return { queued: last - first + 1, first, last };
}

async function* inputLines(options: EnqueueOptions): AsyncGenerator<string> {
  if (options.lines) yield* options.lines;
  if (options.documents) {
    for await (const doc of options.documents) yield JSON.stringify(typeof doc === 'string' ? doc : doc.id === undefined ? { text: doc.text } : { text: doc.text, id: doc.id });
  }
}
