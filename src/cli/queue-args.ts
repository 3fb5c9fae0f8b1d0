import { type ParseArgsConfig, parseArgs } from 'node:util';
import { DEFAULT_BATCH_SIZE } from '../queue/keys.js';
import { UsageError } from './args.js';

export type QueueCommand = 'enqueue' | 'worker' | 'collect';
export const QUEUE_COMMANDS: readonly string[] = ['enqueue', 'worker', 'collect'];

export interface QueueCliOptions {
  readonly command: QueueCommand;
  readonly help: boolean;
  readonly redis: string;
  readonly queue: string;
  /** enqueue: JSONL files (`-` or none: stdin). */
  readonly files: readonly string[];
  /** enqueue: documents per job. */
  readonly batchSize: number;
  /** worker */
  readonly concurrency: number;
  /** ms a job stays locked without a sign of life from its worker. */
  readonly lockDuration: number;
  readonly dictionaries: readonly string[];
  readonly pos: boolean;
  /** collect: output file, null for stdout. */
  readonly out: string | null;
  readonly quiet: boolean;
}

type Options = NonNullable<ParseArgsConfig['options']>;

const COMMON: Options = {
  help: { type: 'boolean', short: 'h', default: false },
  redis: { type: 'string' },
  queue: { type: 'string' },
};

const OWN: Record<QueueCommand, Options> = {
  enqueue: { 'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) } },
  worker: {
    concurrency: { type: 'string', default: '1' },
    'lock-duration': { type: 'string', default: '10000' },
    dict: { type: 'string', short: 'd', multiple: true },
    pos: { type: 'boolean', default: false },
  },
  collect: { out: { type: 'string', short: 'o' }, quiet: { type: 'boolean', short: 'q', default: false } },
};

/** Parses `zh-analyze <command> ...` (argv without the command). Throws UsageError. */
export function parseQueueCommandLine(command: QueueCommand, argv: readonly string[]): QueueCliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: command === 'enqueue', strict: true, options: { ...COMMON, ...OWN[command] } });
  } catch (error) {
    throw new UsageError(`${command}: ${(error as Error).message.replace(/\. To specify a positional argument starting with a '-'.*$/s, '.')}`);
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const help = values.help === true;
  const redis = (values.redis as string | undefined) ?? '';
  const queue = (values.queue as string | undefined) ?? '';
  if (!help) {
    if (!/^rediss?:\/\//.test(redis)) throw new UsageError(`${command}: --redis needs a URL like redis://127.0.0.1:6379; got "${redis}"`);
    if (queue === '' || queue.includes(':')) throw new UsageError(`${command}: --queue needs a name without ":"; got "${queue}"`);
  }
  const batchSize = String(values['batch-size'] ?? DEFAULT_BATCH_SIZE);
  if (!/^[0-9]+$/.test(batchSize) || Number(batchSize) < 1 || Number(batchSize) > 100_000) {
    throw new UsageError(`${command}: --batch-size must be a whole number from 1 to 100000; got "${batchSize}"`);
  }
  const concurrency = String(values.concurrency ?? '1');
  if (!/^[0-9]+$/.test(concurrency) || Number(concurrency) < 1 || Number(concurrency) > 1000) {
    throw new UsageError(`${command}: --concurrency must be a whole number from 1 to 1000; got "${concurrency}"`);
  }
  const lockDuration = String(values['lock-duration'] ?? '10000');
  if (!/^[0-9]+$/.test(lockDuration) || Number(lockDuration) < 1000) {
    throw new UsageError(`${command}: --lock-duration must be a whole number of milliseconds, at least 1000; got "${lockDuration}"`);
  }
  return {
    command,
    help,
    redis,
    queue,
    files: parsed.positionals,
    batchSize: Number(batchSize),
    concurrency: Number(concurrency),
    lockDuration: Number(lockDuration),
    dictionaries: (values.dict as string[] | undefined) ?? [],
    pos: values.pos === true,
    out: (values.out as string | undefined) ?? null,
    quiet: values.quiet === true,
  };
}
