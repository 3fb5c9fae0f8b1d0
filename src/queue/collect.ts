import type { Job } from 'bullmq';
import { FIELDS, type JobData, idOfLine, jobId, metaKey } from './keys.js';
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

/** One document's outcome, in input order. */
export type Collected =
  | { readonly ok: true; readonly seq: number; readonly bytes: number; /** The `--jsonl` output line, without newline. */ readonly line: string }
  | {
      readonly ok: false;
      readonly seq: number;
      readonly bytes: number;
      readonly source: string;
      readonly lineNumber: number;
      /** The `id` the line gave, when it could be read. */
      readonly id: unknown;
      readonly error: string;
    };

const WINDOW = 500;

/**
 * Waits for every queued document's result and yields them in input order, starting after the last
 * collected one. A batch is removed from Redis (and counted as collected) when the consumer asks
 * for the next one, so results are handed out at least once even if the collector dies.
 * Ends when it has caught up with everything queued.
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
      const ids = Array.from({ length: Math.min(WINDOW, queued - next + 1) }, (_, i) => next + i);
      const jobs = await Promise.all(ids.map((seq) => queue.getJob(jobId(seq))));
      const ready: { seq: number; job: Job<JobData, string> | undefined; outcome: Collected }[] = [];
      for (let i = 0; i < ids.length; i++) {
        const outcome = outcomeOf(ids[i] as number, jobs[i]);
        if (outcome === null) break;
        ready.push({ seq: ids[i] as number, job: jobs[i], outcome });
      }
      if (ready.length === 0) {
        await new Promise((resolve) => setTimeout(resolve, poll));
        continue;
      }
      for (const { outcome } of ready) {
        yield outcome;
        done += outcome.bytes;
      }
      if (!options.keep) await Promise.all(ready.map(({ job }) => job?.remove()));
      next += ready.length;
      await connection.hset(key, FIELDS.collected, next - 1, FIELDS.collectedBytes, done);
      options.onProgress?.(done, total);
    }
  } finally {
    await queue.close();
    await connection.quit().catch(() => connection.disconnect());
  }
}

/** A finished job's outcome; null while it waits or runs (or waits to be retried after a stall). */
function outcomeOf(seq: number, job: Job<JobData, string> | undefined): Collected | null {
  if (!job) {
    return { ok: false, seq, bytes: 0, source: 'queue', lineNumber: 0, id: undefined, error: `job ${jobId(seq)} is not in Redis (removed by someone else, or lost)` };
  }
  const bytes = Buffer.byteLength(job.data.line);
  if (!job.finishedOn) return null;
  if (typeof job.returnvalue === 'string' && !job.failedReason) return { ok: true, seq, bytes, line: job.returnvalue };
  const { source, lineNumber, line } = job.data;
  return { ok: false, seq, bytes, source, lineNumber, id: idOfLine(line), error: job.failedReason || 'failed without a reason' };
}
