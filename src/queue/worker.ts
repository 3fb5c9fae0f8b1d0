import type { Job } from 'bullmq';
import { createAnalyzer } from '../index.js';
import type { Analyzer, AnalyzerOptions } from '../types.js';
import { formatRecord } from '../cli/chunk.js';
import { parseJsonlLine } from '../cli/jsonl.js';
import type { JobData } from './keys.js';
import { loadQueueModules } from './load.js';

export interface WorkerOptions {
  readonly redis: string;
  readonly queue: string;
  /** Jobs held at once (default 4): analysis runs one at a time, the rest overlap with Redis round trips. */
  readonly concurrency?: number;
  /** The analyzer's options, as for createAnalyzer (the CLI passes --dict and --pos). */
  readonly analyzer?: AnalyzerOptions;
  /**
   * How long a job stays locked without a sign of life from its worker (default 10 000 ms). A worker
   * that dies (SIGKILL, power loss) leaves its jobs locked that long; then another worker takes them.
   */
  readonly lockDuration?: number;
  /** How often a worker looks for such jobs (default 5 000 ms). */
  readonly stalledInterval?: number;
}

/** A running worker (its type names nothing of bullmq, so these types compile without it). */
export interface QueueWorker {
  /** Resolves once connected to Redis. */
  ready(): Promise<void>;
  /** Trouble the worker recovers from by itself (Redis away: it reconnects). Without a listener it is ignored. */
  onError(listener: (error: Error) => void): void;
  /** Finishes the jobs it holds, then disconnects. */
  close(): Promise<void>;
}

/**
 * Starts a worker: loads its analyzer (1–2 s), then takes jobs from the queue until closed. A job's
 * result is the document's `--jsonl` output line (without the newline). A line that is not a
 * document fails at once, without retries; the failure (reason and input position) stays in Redis
 * for `collect` to report.
 */
export async function createWorker(options: WorkerOptions): Promise<QueueWorker> {
  const { bullmq, connect } = await loadQueueModules();
  const analyzer = createAnalyzer(options.analyzer ?? {});
  const connection = connect(options.redis);
  const worker = new bullmq.Worker<JobData, string>(options.queue, async (job) => analyzeJob(analyzer, job, bullmq.UnrecoverableError), {
    connection,
    concurrency: options.concurrency ?? 4,
    lockDuration: options.lockDuration ?? 10_000,
    stalledInterval: options.stalledInterval ?? 5_000,
    // A job held by a worker that died, and again by one cut off by a Redis restart, is still not a failure.
    maxStalledCount: 3,
    autorun: true,
  });
  const listeners: ((error: Error) => void)[] = [];
  worker.on('error', (error: Error) => listeners.forEach((listener) => listener(error)));
  return {
    ready: async () => void (await worker.waitUntilReady()),
    onError: (listener) => void listeners.push(listener),
    async close() {
      await worker.close();
      await connection.quit().catch(() => connection.disconnect());
    },
  };
}

function analyzeJob(analyzer: Analyzer, job: Job<JobData, string>, Unrecoverable: new (message: string) => Error): string {
  const parsed = parseJsonlLine(job.data.line);
  if (parsed === null) throw new Unrecoverable('blank line');
  if (!parsed.ok) throw new Unrecoverable(parsed.message);
  return formatRecord(analyzer.analyze(parsed.doc.text), parsed.doc.id, 'jsonl', '');
}
