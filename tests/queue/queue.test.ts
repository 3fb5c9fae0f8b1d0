// zh-analyze enqueue / worker / collect on a real redis-server with real worker processes: a
// worker killed mid-run, then Redis restarted mid-run, lose nothing and duplicate nothing; the
// results are byte for byte what `zh-analyze --jsonl` writes.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, type CliRun, runCli } from '../cli/run-cli.js';
import { type RedisServer, startRedis } from '../helpers/redis-server.js';
import { corpusLines } from './corpus.js';

const here = '[queue] ';
const DOCS = 2000;
// The kill test queues 10 documents a job (201 jobs), the restart test the default 100 (21 jobs).
const BATCH = 10;
const BROKEN = new Map([
  [700, '{"id": "broken-text", "text": 42}'],
  [1400, '{"id": "cut-off", "text": "江苏省'],
]);

// Like the browser test: without redis-server these tests are skipped locally and fail in CI (.ci/run installs it).
const haveRedis = spawnSync('redis-server', ['--version']).status === 0;
if (!haveRedis && process.env.CI) throw new Error('redis-server is missing: apt-get install -y redis-server');

let dir: string;
let input: string;
let reference: CliRun;
let redis: RedisServer;
let client: Redis;
const workers = new Set<ChildProcess>();

beforeAll(async () => {
  if (!haveRedis) return;
  dir = mkdtempSync(join(tmpdir(), 'zh-analyze-queue-'));
  const lines = corpusLines(DOCS);
  for (const [at, line] of [...BROKEN].reverse()) lines.splice(at, 0, line);
  input = join(dir, 'in.jsonl');
  writeFileSync(input, `${lines.join('\n')}\n`);
  [reference, redis] = await Promise.all([runCli(['--jsonl', input]), startRedis()]);
  client = new Redis(redis.url, { maxRetriesPerRequest: null });
  client.on('error', () => {}); // Redis away during the restart test: the client reconnects
}, 300_000);

afterAll(async () => {
  for (const worker of workers) worker.kill('SIGKILL');
  client?.disconnect();
  await redis?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 60_000);

interface WorkerProcess {
  readonly child: ChildProcess;
  readonly exit: Promise<number | null>;
  stderr(): string;
}

/** Starts `zh-analyze worker` and resolves when it says it is ready (its analyzer loaded, connected). */
function startWorker(queue: string): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [CLI, 'worker', '--redis', redis.url, '--queue', queue], { stdio: ['ignore', 'ignore', 'pipe'] });
  workers.add(child);
  let stderr = '';
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => (workers.delete(child), resolve(code))));
  return new Promise((resolve, reject) => {
    child.stderr?.setEncoding('utf8').on('data', (s: string) => {
      stderr += s;
      if (stderr.includes('ready on queue')) resolve({ child, exit, stderr: () => stderr });
    });
    void exit.then((code) => reject(new Error(`worker exited with ${code} before it was ready: ${stderr}`)));
  });
}

/** Jobs finished (completed or failed) and not yet collected. */
async function finished(queue: string): Promise<number> {
  const [completed, failed] = await Promise.all([client.zcard(`bull:${queue}:completed`), client.zcard(`bull:${queue}:failed`)]);
  return completed + failed;
}

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 300_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function expectSameAsJsonl(run: CliRun): void {
  expect(run.code).toBe(1);
  const lines = run.stdout.split('\n');
  expect(lines.length).toBe(DOCS + 1);
  expect(run.stdout).toBe(reference.stdout);
  // The broken lines are reported with their line number, id and reason, then the totals.
  expect(run.stderr).toContain(`in.jsonl:${701} (id "broken-text"): expected an object with a string "text" field, got "text" of type a number`);
  expect(run.stderr).toMatch(/in\.jsonl:1402: not valid JSON/);
  expect(run.stderr).toContain(`2 documents failed, ${DOCS} collected`);
}

async function expectQueueEmpty(queue: string): Promise<void> {
  const jobs = await client.keys(`bull:${queue}:d*`);
  expect(jobs).toEqual([]);
  expect(await finished(queue)).toBe(0);
}

// Each worker process loads jieba (1.5 s on an idle machine, ten times that on a busy one).
describe.skipIf(!haveRedis)('zh-analyze enqueue / worker / collect', { timeout: 600_000 }, () => {
  it(`${here}the reference: --jsonl analyzes ${DOCS} documents and reports the 2 broken lines`, () => {
    expect(reference.code).toBe(1);
    expect(reference.stdout.split('\n').length).toBe(DOCS + 1);
  });

  it(`${here}a worker SIGKILLed mid-run: its jobs go to the others, one result per document, in input order, as --jsonl`, async () => {
    const queue = 'killed';
    const enqueued = await runCli(['enqueue', '--redis', redis.url, '--queue', queue, '--batch-size', String(BATCH), input]);
    expect(enqueued).toMatchObject({ code: 0, stdout: `queued ${DOCS + BROKEN.size} documents on ${queue}\n` });
    const jobs = Math.ceil((DOCS + BROKEN.size) / BATCH);
    expect(await client.llen(`bull:${queue}:wait`)).toBe(jobs);
    // The first worker runs alone, so a job in the active list is one it holds. It is frozen
    // (SIGSTOP) at a moment it holds one, then killed: the kill lands mid-run however fast the
    // machine is, not in a race with the remaining jobs.
    const a = await startWorker(queue);
    const collecting = runCli(['collect', '--redis', redis.url, '--queue', queue]);
    await until(async () => (await finished(queue)) >= 3, 'the first worker has finished 3 jobs');
    await until(async () => {
      a.child.kill('SIGSTOP');
      if ((await client.llen(`bull:${queue}:active`)) > 0) return true;
      a.child.kill('SIGCONT');
      return false;
    }, 'the first worker is frozen holding a job');
    const doneAtKill = await finished(queue);
    a.child.kill('SIGKILL');
    expect(await a.exit).toBe(null);
    expect(doneAtKill).toBeLessThan(jobs);
    const [b, c] = await Promise.all([startWorker(queue), startWorker(queue)]);
    const run = await collecting;
    expectSameAsJsonl(run);
    // Jobs the dead worker held were taken over after their lock ran out (BullMQ's stalled-job check).
    const events = await client.xrevrange(`bull:${queue}:events`, '+', '-', 'COUNT', 20_000);
    expect(events.some(([, fields]) => fields[1] === 'stalled')).toBe(true);
    for (const worker of [b, c]) worker.child.kill('SIGTERM');
    expect(await Promise.all([b.exit, c.exit])).toEqual([0, 0]);
    await expectQueueEmpty(queue);
  });

  it(`${here}Redis restarted mid-run (append-only file): nothing lost, nothing twice`, async () => {
    const queue = 'restarted';
    const enqueued = await runCli(['enqueue', '--redis', redis.url, '--queue', queue, input]);
    expect(enqueued.code).toBe(0);
    expect(await client.llen(`bull:${queue}:wait`)).toBe(Math.ceil((DOCS + BROKEN.size) / 100));
    const started = await Promise.all([startWorker(queue), startWorker(queue)]);
    const collecting = runCli(['collect', '--redis', redis.url, '--queue', queue]);
    await until(async () => (await finished(queue)) >= 3, '300 documents are done');
    await redis.restart();
    const run = await collecting;
    expectSameAsJsonl(run);
    for (const worker of started) worker.child.kill('SIGTERM');
    expect(await Promise.all(started.map((w) => w.exit))).toEqual([0, 0]);
    await expectQueueEmpty(queue);
  });
});
