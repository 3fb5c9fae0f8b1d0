// Several documents per job (zh-analyze/queue in this process, on a redis-server of the test's
// own): one result per document in input order, as `--jsonl` writes it; a broken document inside a
// job fails alone, reported with its id and line, and the other documents of its job are kept.
import { spawnSync } from 'node:child_process';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Collected, type QueueWorker, collect, createWorker, enqueue } from '../../src/queue/index.js';
import { runCli } from '../cli/run-cli.js';
import { type RedisServer, startRedis } from '../helpers/redis-server.js';
import { corpusLines } from './corpus.js';

const here = '[queue/batch] ';
const haveRedis = spawnSync('redis-server', ['--version']).status === 0;
if (!haveRedis && process.env.CI) throw new Error('redis-server is missing: apt-get install -y redis-server');

// 24 lines, 23 documents, 4 a job: the broken ones open a job (line 5), sit inside one (lines 10,
// 11) and close the last (line 24); a blank line (16) is skipped and takes no position.
const lines = corpusLines(19);
lines.splice(4, 0, '{"id": "no-text", "title": "x"}');
lines.splice(9, 0, '{"id": 17, "text": 3.5}', 'not json at all');
lines.splice(15, 0, '   ');
lines.push('{"id": "cut", "text": "2024年，');
const BROKEN = new Map<number, { id: unknown; error: RegExp }>([
  [5, { id: 'no-text', error: /no "text" field/ }],
  [10, { id: 17, error: /"text" of type a number/ }],
  [11, { id: undefined, error: /not valid JSON/ }],
  [24, { id: undefined, error: /not valid JSON/ }],
]);
const DOCS = lines.length - 1;

let redis: RedisServer;
let client: Redis;
let reference: string[];
let worker: QueueWorker | undefined;

beforeAll(async () => {
  if (!haveRedis) return;
  const [run, server] = await Promise.all([runCli(['--jsonl'], `${lines.join('\n')}\n`), startRedis()]);
  reference = run.stdout.split('\n').slice(0, -1);
  redis = server;
  client = new Redis(redis.url, { maxRetriesPerRequest: null });
}, 300_000);

afterAll(async () => {
  await worker?.close();
  client?.disconnect();
  await redis?.stop();
}, 60_000);

async function collectAll(queue: string): Promise<Collected[]> {
  const all: Collected[] = [];
  for await (const doc of collect({ redis: redis.url, queue, pollInterval: 50 })) all.push(doc);
  return all;
}

describe.skipIf(!haveRedis)('several documents per job', { timeout: 300_000 }, () => {
  it(`${here}enqueue puts 4 documents in a job; collect gives one outcome per document, in input order, as --jsonl`, async () => {
    const queue = 'batched';
    const result = await enqueue({ redis: redis.url, queue, lines, source: 'in.jsonl', batchSize: 4 });
    expect(result).toEqual({ queued: DOCS, first: 1, last: DOCS, jobs: Math.ceil(DOCS / 4) });
    expect(await client.llen(`bull:${queue}:wait`)).toBe(6);
    expect(await client.exists(`bull:${queue}:d1`, `bull:${queue}:d5`, `bull:${queue}:d21`)).toBe(3);
    expect(await client.exists(`bull:${queue}:d2`)).toBe(0);

    worker = await createWorker({ redis: redis.url, queue });
    await worker.ready();
    const outcomes = await collectAll(queue);
    expect(outcomes.map((o) => o.seq)).toEqual(Array.from({ length: DOCS }, (_, i) => i + 1));
    const failed = outcomes.filter((o) => !o.ok);
    expect(failed.map((o) => !o.ok && o.lineNumber)).toEqual([...BROKEN.keys()]);
    for (const o of failed) {
      if (o.ok) continue;
      const expected = BROKEN.get(o.lineNumber);
      expect(o.source).toBe('in.jsonl');
      expect(o.id).toEqual(expected?.id);
      expect(o.error).toMatch(expected?.error ?? /./);
    }
    // The documents that share a job with a broken one are there, byte for byte what --jsonl writes.
    expect(outcomes.flatMap((o) => (o.ok ? [o.line] : []))).toEqual(reference);
    expect(await client.keys(`bull:${queue}:d*`)).toEqual([]);
  });

  it(`${here}a job's result is stored compactly: one ASCII value, smaller than the output lines of its documents`, async () => {
    // The same queue (and worker): the positions continue after those already collected.
    const queue = 'batched';
    const documents = corpusLines(40).map((line) => JSON.parse(line) as string | { text: string; id: unknown });
    expect(await enqueue({ redis: redis.url, queue, documents, batchSize: 40 })).toEqual({ queued: 40, first: DOCS + 1, last: DOCS + 40, jobs: 1 });
    const job = `bull:${queue}:d${DOCS + 1}`;
    while ((await client.hget(job, 'finishedOn')) === null) await new Promise((resolve) => setTimeout(resolve, 50));
    const stored = (await client.hget(job, 'returnvalue')) ?? '';
    expect(stored).toMatch(/^"[\x20-\x7e]+"$/);
    const outcomes = await collectAll(queue);
    expect(outcomes.map((o) => o.seq)).toEqual(Array.from({ length: 40 }, (_, i) => DOCS + 1 + i));
    expect(outcomes.every((o) => o.ok)).toBe(true);
    const output = outcomes.map((o) => (o.ok ? o.line : '')).join('\n');
    expect(Buffer.byteLength(stored)).toBeLessThan(Buffer.byteLength(output) / 2);
  });

  it(`${here}a batch size below 1 is refused`, async () => {
    await expect(enqueue({ redis: redis.url, queue: 'none', documents: ['一'], batchSize: 0 })).rejects.toThrow(RangeError);
  });
});
