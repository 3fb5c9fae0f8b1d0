import type { Job } from 'bullmq';
import { FIELDS, type JobData, idOfLine, jobId, metaKey, reasonOfEntry, unpackResult } from './keys.js';
import { loadQueueModules } from './load.js';

export interface CollectOptions {
  readonly redis: string;
  readonly queue: string;
  /** Keep the collected jobs in Redis (default: remove them once handed out). */
  readonly keep?: boolean;
  /** How often to look again while the next document is not finished (default 200 ms). */
  readonly pollInterval?: number;
  /** Called after each batch: bytes of input collected so far and queued in all. */
  readonly onProgress?: (done: number, total: number) => void;
}

interface Position {
  readonly seq: number;
  /** Bytes of the document's input line. */
  readonly bytes: number;
}

/** One document's outcome, in input order. */
export type Collected =
  | (Position & { readonly ok: true; /** The `--jsonl` output line, without newline. */ readonly line: string })
  | (Position & {
      readonly ok: false;
      readonly source: string;
      readonly lineNumber: number;
      /** The `id` the line gave, when it could be read. */
      readonly id: unknown;
      readonly error: string;
    });

/** Documents handed out between two removals from Redis. */
const WINDOW = 500;

/**
 * Waits for every queued document's result and yields them in input order, starting after the last
 * collected one. A window of jobs is removed from Redis (and counted as collected) when the consumer
 * asks for the next document after it, so results are handed out at least once even if the
 * collector dies. Ends when it has caught up with everything queued.
 */
export async function* collect(options: CollectOptions): AsyncGenerator<Collected> {
  const { bullmq, connect } = await loadQueueModules();
  const connection = connect(options.redis);
  const queue = new bullmq.Queue<JobData, string>(options.queue, { connection });
  const key = metaKey(queue.toKey);
  const poll = options.pollInterval ?? 200;
  try {
    const meta = await connection.hmget(key, FIELDS.collected, FIELDS.collectedBytes);
    let next = Number(meta[0] ?? 0) + 1;
    let done = Number(meta[1] ?? 0);
    for (;;) {
      const [queued, total] = (await connection.hmget(key, FIELDS.queued, FIELDS.bytes)).map(Number) as [number, number];
      if (next > queued) break;
      const jobs: (Job<JobData, string> | undefined)[] = [];
      const ready: Collected[] = [];
      while (next + ready.length <= queued && ready.length < WINDOW) {
        const seq = next + ready.length;
        const job = await queue.getJob(jobId(seq));
        const outcomes = outcomesOf(seq, job);
        if (outcomes === null) break;
        jobs.push(job);
        ready.push(...outcomes);
      }
      if (ready.length === 0) {
        await new Promise((resolve) => setTimeout(resolve, poll));
        continue;
      }
      for (const outcome of ready) {
        yield outcome;
        done += outcome.bytes;
      }
      if (!options.keep) await Promise.all(jobs.map((job) => job?.remove()));
      next += ready.length;
      await connection.hset(key, FIELDS.collected, next - 1, FIELDS.collectedBytes, done);
      options.onProgress?.(done, total);
    }
  } finally {
    await queue.close();
    await connection.quit().catch(() => connection.disconnect());
  }
}

/**
 * The outcomes of the documents of the job that starts at `seq`; null while it waits or runs (or
 * waits to be taken over after a stall). A job not in Redis stands for one lost document.
 */
function outcomesOf(seq: number, job: Job<JobData, string> | undefined): Collected[] | null {
  if (!job) return [lost(seq, `job ${jobId(seq)} is not in Redis (removed by someone else, or lost)`)];
  const { source, lines, lineNumbers } = job.data;
  if (!Array.isArray(lines) || lines.length === 0) return [lost(seq, `job ${jobId(seq)} holds no zh-analyze documents`)];
  if (!job.finishedOn) return null;
  const { entries, jobError } = entriesOf(job, lines.length);
  return lines.map((line, i): Collected => {
    const position = { seq: seq + i, bytes: Buffer.byteLength(line) };
    const entry = entries === null ? '' : (entries[i] as string);
    const error = jobError ?? reasonOfEntry(entry);
    if (error === null) return { ok: true, ...position, line: entry };
    return { ok: false, ...position, source, lineNumber: lineNumbers[i] ?? 0, id: idOfLine(line), error };
  });
}

/** A finished job's entries, or the error that stands for each of its documents. */
function entriesOf(job: Job<JobData, string>, count: number): { entries: string[]; jobError: null } | { entries: null; jobError: string } {
  if (typeof job.returnvalue !== 'string' || job.failedReason) return { entries: null, jobError: job.failedReason || 'failed without a reason' };
  let entries: string[];
  try {
    entries = unpackResult(job.returnvalue);
  } catch (error) {
    return { entries: null, jobError: `job ${job.id ?? ''} has a result that cannot be read (${(error as Error).message})` };
  }
  if (entries.length !== count) return { entries: null, jobError: `job ${job.id ?? ''} has ${entries.length} results for ${count} documents` };
  return { entries, jobError: null };
}

function lost(seq: number, error: string): Collected {
  return { ok: false, seq, bytes: 0, source: 'queue', lineNumber: 0, id: undefined, error };
}
