import { Worker } from 'node:worker_threads';
import type { Analyzer, AnalyzerOptions } from '../types.js';
import type { OutputFormat } from './args.js';
import { type Chunk, type ChunkResult, processChunk } from './chunk.js';

/** Analyzes chunks; results resolve in any order, the caller keeps them in input order. */
export interface Processor {
  /** How many chunks may be in flight before the caller waits for the oldest one. */
  readonly capacity: number;
  submit(chunk: Chunk): Promise<ChunkResult>;
  close(): Promise<void>;
}

/** `--jobs 1`: analysis in this thread, no messaging. */
export function inThreadProcessor(analyzer: Analyzer, format: OutputFormat): Processor {
  return {
    capacity: 1,
    submit: async (chunk) => processChunk(analyzer, chunk, format),
    close: async () => {},
  };
}

interface Pending {
  resolve(result: ChunkResult): void;
  reject(error: Error): void;
}

/** Fatal trouble in a worker: analyzer creation failed (bad dictionary) or a worker crashed. */
export class WorkerFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerFailure';
  }
}

/**
 * `--jobs N`: N worker threads, each with its own analyzer; a chunk goes to the least busy worker.
 * At most four chunks per worker are in flight: enough that a worker rarely idles while the oldest
 * chunk (whose result must be written first) is still running elsewhere, few enough that memory
 * stays bounded whatever the input size.
 *
 * `close()` never terminates a worker: `worker.terminate()` (or `process.exit`) tearing a thread down
 * inside a nodejieba call aborts the whole process (`terminate called after throwing an instance of
 * 'Napi::Error'`). It raises a shared stop flag instead, so the workers skip the chunks still queued,
 * asks each to close its port after the chunk it is running, and waits until every thread has ended.
 */
export function workerPool(size: number, analyzerOptions: AnalyzerOptions, format: OutputFormat): Processor {
  const url = new URL('./cli-worker.js', import.meta.url);
  const stop = new Int32Array(new SharedArrayBuffer(4));
  let failure: WorkerFailure | null = null;
  const slots = Array.from({ length: size }, () => {
    const worker = new Worker(url, { workerData: { analyzerOptions, format, stop } });
    const queue: Pending[] = [];
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    const fail = (message: string): void => {
      failure ??= new WorkerFailure(message);
      for (const pending of queue.splice(0)) pending.reject(failure);
    };
    worker.on('message', (msg: WorkerReply) => {
      if (msg.type === 'result') queue.shift()?.resolve(msg.result);
      else fail(msg.message);
    });
    worker.on('error', (error: Error) => fail(error.message));
    worker.on('exit', (code) => {
      if (queue.length > 0) fail(`a worker thread stopped (exit code ${code}) before finishing its input`);
    });
    return { worker, queue, exited };
  });
  return {
    capacity: size * 4,
    submit(chunk) {
      if (failure) return Promise.reject(failure);
      const slot = slots.reduce((best, s) => (s.queue.length < best.queue.length ? s : best));
      return new Promise<ChunkResult>((resolve, reject) => {
        slot.queue.push({ resolve, reject });
        slot.worker.postMessage(chunk satisfies WorkerRequest);
      });
    },
    async close() {
      Atomics.store(stop, 0, 1);
      for (const slot of slots) slot.worker.postMessage({ close: true } satisfies WorkerRequest);
      await Promise.all(slots.map((s) => s.exited));
    },
  };
}

/** What the main thread sends a worker: a chunk to analyze, or the request to end after the running one. */
export type WorkerRequest = Chunk | { readonly close: true };
/** What a worker answers. */
export type WorkerReply = { type: 'result'; result: ChunkResult } | { type: 'fatal'; message: string };
