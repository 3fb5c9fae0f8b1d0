// Worker thread of `zh-analyze --jobs N`: loads its own analyzer (nodejieba keeps per-thread
// state), then answers each chunk message with its formatted result, in the order received.
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer } from '../index.js';
import type { Analyzer, AnalyzerOptions } from '../types.js';
import type { OutputFormat } from './args.js';
import { type Chunk, processChunk } from './chunk.js';

interface WorkerConfig {
  readonly analyzerOptions: AnalyzerOptions;
  readonly format: OutputFormat;
}

const port = parentPort;
if (!port) throw new Error('cli-worker must run in a worker thread');
const config = workerData as WorkerConfig;
let analyzer: Analyzer | undefined;
try {
  analyzer = createAnalyzer(config.analyzerOptions);
} catch (error) {
  port.postMessage({ type: 'fatal', message: (error as Error).message });
}
if (analyzer) {
  const az = analyzer;
  port.on('message', (chunk: Chunk) => {
    try {
      port.postMessage({ type: 'result', result: processChunk(az, chunk, config.format) });
    } catch (error) {
      port.postMessage({ type: 'fatal', message: (error as Error).message });
    }
  });
}
