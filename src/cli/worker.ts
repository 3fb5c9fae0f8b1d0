// Worker thread of `zh-analyze --jobs N`: loads its own analyzer (nodejieba keeps per-thread
// state), then answers each chunk message with its formatted result, in the order received. It ends
// by closing its port when asked (never terminated from outside: see workerPool in processor.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer } from '../index.js';
import type { Analyzer, AnalyzerOptions } from '../types.js';
import type { OutputFormat } from './args.js';
import { type Chunk, processChunk } from './chunk.js';
import type { WorkerReply, WorkerRequest } from './processor.js';

interface WorkerConfig {
  readonly analyzerOptions: AnalyzerOptions;
  readonly format: OutputFormat;
  /** Set to 1 by the main thread when no more results are wanted. */
  readonly stop: Int32Array;
}

const port = parentPort;
if (!port) throw new Error('cli-worker must run in a worker thread');
const config = workerData as WorkerConfig;
let analyzer: Analyzer | undefined;
try {
  analyzer = createAnalyzer(config.analyzerOptions);
} catch (error) {
  port.postMessage({ type: 'fatal', message: (error as Error).message } satisfies WorkerReply);
}
port.on('message', (request: WorkerRequest) => {
  if ('close' in request) port.close();
  else if (analyzer && Atomics.load(config.stop, 0) === 0) answer(analyzer, request);
});

function answer(az: Analyzer, chunk: Chunk): void {
  try {
    port?.postMessage({ type: 'result', result: processChunk(az, chunk, config.format) } satisfies WorkerReply);
  } catch (error) {
    port?.postMessage({ type: 'fatal', message: (error as Error).message } satisfies WorkerReply);
  }
}
