// The queue code's only door to bullmq and ioredis: optional peer dependencies, loaded on first use
// so that `import 'zh-analyze'` (and the CLI without a queue command) never touches them.
import type * as Bullmq from 'bullmq';
import type { Redis, RedisOptions } from 'ioredis';
import { DependencyError } from '../errors.js';

export const INSTALL_HINT = 'the queue needs the optional packages bullmq and ioredis: install them with `npm install bullmq ioredis`';

export interface QueueModules {
  readonly bullmq: typeof Bullmq;
  /** Opens a Redis connection as BullMQ needs it (commands wait while Redis is away instead of failing). */
  connect(url: string): Redis;
}

let loaded: Promise<QueueModules> | undefined;

/** Loads bullmq and ioredis once; a DependencyError with the install command when one is missing. */
export function loadQueueModules(): Promise<QueueModules> {
  loaded ??= (async () => {
    let bullmq: typeof Bullmq;
    let ioredis: { default?: unknown; Redis?: unknown };
    try {
      bullmq = await import('bullmq');
      ioredis = await import('ioredis');
    } catch (error) {
      loaded = undefined;
      throw new DependencyError(INSTALL_HINT, error);
    }
    const IORedis = (ioredis.Redis ?? ioredis.default) as new (url: string, options: RedisOptions) => Redis;
    return { bullmq, connect: (url) => new IORedis(url, { maxRetriesPerRequest: null }) };
  })();
  return loaded;
}
