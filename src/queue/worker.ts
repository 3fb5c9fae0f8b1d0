import type { Job } from 'bullmq';
import { createAnalyzer } from '../index.js';
import type { Analyzer, AnalyzerOptions } from '../types.js';
import { formatRecord } from '../cli/chunk.js';
import { parseJsonlLine } from '../cli/jsonl.js';
import { type JobData, createResultPacker, failedEntry } from './keys.js';
import { loadQueueModules } from './load.js';

export interface WorkerOptions {
  readonly redis: string;
  readonly queue: string;
  /**
   * Jobs held at once (default 1). Analysis is synchronous and takes one core, so a higher number
   * gains nothing on a job of many documents; for more CPU, start more worker processes.
   */
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

/** Analysis runs at most this long (ms) before the worker lets its timers run (lock renewal) and I/O in. */
const SLICE_MS = 200;

/**
 * Starts a worker: loads its analyzer (1–2 s), then takes jobs from the queue until closed. A job
 * holds consecutive documents; its result has an entry per document: the document's `--jsonl`
 * output line, or the reason it failed (a line that is not a document, or analyze() throwing). A
 * failed document fails alone, without retries; the others of its job are analyzed as usual.
 */
export async function createWorker(options: WorkerOptions): Promise<QueueWorker> {
  const { bullmq, connect } = await loadQueueModules();
  const analyzer = createAnalyzer(options.analyzer ?? {});
  const connection = connect(options.redis);
  const pack = createResultPacker();
  const worker = new bullmq.Worker<JobData, string>(options.queue, async (job) => pack(await analyzeJob(analyzer, job)), {
    connection,
    concurrency: options.concurrency ?? 1,
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

/** The job's entries: each document's output line or failure (see keys.ts). */
async function analyzeJob(analyzer: Analyzer, job: Job<JobData, string>): Promise<string[]> {
  const { lines } = job.data;
  const entries: string[] = new Array<string>(lines.length);
  let slice = Date.now();
  for (let i = 0; i < lines.length; i++) {
    entries[i] = analyzeLine(analyzer, lines[i] as string);
    if (Date.now() - slice > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      slice = Date.now();
    }
  }
  return entries;
}

function analyzeLine(analyzer: Analyzer, line: string): string {
  const parsed = parseJsonlLine(line);
  if (parsed === null) return failedEntry('blank line');
  if (!parsed.ok) return failedEntry(parsed.message);
  try {
    return formatRecord(analyzer.analyze(parsed.doc.text), parsed.doc.id, 'jsonl', '');
  } catch (error) {
    return failedEntry(error instanceof Error ? error.message : String(error));
  }
}
