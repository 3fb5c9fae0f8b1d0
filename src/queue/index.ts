// zh-analyze/queue: analyze a corpus on BullMQ workers over Redis (bullmq and ioredis are optional
// peer dependencies, loaded on first use). See docs/scaling.md.
export { collect, type Collected, type CollectOptions } from './collect.js';
export { enqueue, type EnqueueOptions, type EnqueueResult, type QueueDocument } from './enqueue.js';
export { INSTALL_HINT } from './load.js';
export { createWorker, type QueueWorker, type WorkerOptions } from './worker.js';
