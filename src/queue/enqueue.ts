import { DEFAULT_BATCH_SIZE, FIELDS, JOB_NAME, type JobData, MAX_BATCH_BYTES, isBlankLine, jobId, metaKey } from './keys.js';
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
  /**
   * Documents per job (default 100; a job also closes before 256 KB of input). A job costs a few Redis
   * round trips whatever its size, so batches keep that cost small beside the analysis; 1 queues one
   * job per document.
   */
  readonly batchSize?: number;
}

export interface EnqueueResult {
  /** Documents queued by this call. */
  readonly queued: number;
  /** Their input positions in the queue, first and last (0 and -1 when none). */
  readonly first: number;
  readonly last: number;
  /** Jobs queued by this call. */
  readonly jobs: number;
}

/** Documents sent to Redis in one go (in one or more jobs). */
const FLUSH_DOCS = 1000;
const FLUSH_BYTES = 4 << 20;

interface Pending {
  lines: string[];
  lineNumbers: number[];
  bytes: number;
}

/**
 * Queues the documents in jobs of `batchSize` consecutive documents, numbered after those already
 * in the queue so that `collect` can write the results in input order.
 */
export async function enqueue(options: EnqueueOptions): Promise<EnqueueResult> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a whole number of at least 1; got ${batchSize}`);
  const { bullmq, connect } = await loadQueueModules();
  const connection = connect(options.redis);
  const queue = new bullmq.Queue<JobData, string>(options.queue, { connection });
  const key = metaKey(queue.toKey);
  const source = options.source ?? 'input';
  let first = 0;
  let last = -1;
  let jobs = 0;
  let pending: Pending[] = [];
  let docs = 0;
  let bytes = 0;
  const flush = async (): Promise<void> => {
    if (docs === 0) return;
    const end = await connection.hincrby(key, FIELDS.reserved, docs);
    let seq = end - docs + 1;
    if (first === 0) first = seq;
    await queue.addBulk(
      pending.map((job) => {
        const id = jobId(seq);
        seq += job.lines.length;
        return { name: JOB_NAME, data: { source, lines: job.lines, lineNumbers: job.lineNumbers }, opts: { jobId: id, attempts: 1 } };
      }),
    );
    await connection.multi().hincrby(key, FIELDS.queued, docs).hincrby(key, FIELDS.bytes, bytes).exec();
    last = end;
    jobs += pending.length;
    pending = [];
    docs = 0;
    bytes = 0;
  };
  try {
    let lineNumber = 0;
    let job: Pending | undefined;
    for await (const line of inputLines(options)) {
      lineNumber++;
      if (isBlankLine(line)) continue;
      const size = Buffer.byteLength(line);
      if (!job || job.lines.length >= batchSize || (job.bytes + size > MAX_BATCH_BYTES && job.lines.length > 0)) {
        if (docs >= FLUSH_DOCS || bytes >= FLUSH_BYTES) await flush();
        job = { lines: [], lineNumbers: [], bytes: 0 };
        pending.push(job);
      }
      job.lines.push(line);
      job.lineNumbers.push(lineNumber);
      job.bytes += size;
      docs++;
      bytes += size;
    }
    await flush();
  } finally {
    await queue.close();
    await connection.quit();
  }
  return { queued: last - first + 1, first, last, jobs };
}

async function* inputLines(options: EnqueueOptions): AsyncGenerator<string> {
  if (options.lines) yield* options.lines;
  if (options.documents) {
    for await (const doc of options.documents) yield JSON.stringify(typeof doc === 'string' ? doc : doc.id === undefined ? { text: doc.text } : { text: doc.text, id: doc.id });
  }
}
