// zh-analyze worker processes on a queue (BullMQ over a redis-server of the bench's own) against
// `--jsonl --jobs 1`, same input, same run: one worker vs two, and one worker vs --jsonl, each
// after start-up. Input size: ZH_ANALYZE_BENCH_QUEUE_MB (default 10; the figure is 30);
// ZH_ANALYZE_BENCH_QUEUE_BATCH (enqueue --batch-size) and ZH_ANALYZE_BENCH_QUEUE_CONCURRENCY (worker
// --concurrency) override the commands' defaults.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { table } from '../eval/lib.mjs';
import { writeJsonlInput } from '../lib/jsonl-input.mjs';

export const title = 'Queue: zh-analyze worker processes (BullMQ on Redis), 1 vs 2 workers, and 1 worker vs --jsonl --jobs 1';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// Every process the bench starts runs in a session of its own (`detached`), as separate services
// would: where the kernel groups CPU time by session (autogroup, the default on desktop and many
// server kernels), processes of one session share one session's slice of a busy machine, so two
// workers started in the bench's own session would get no more CPU than one.

/** Starts a child and resolves when its output matches `ready`; `exit` resolves with its code. */
function start(args, ready, stdout = 'ignore') {
  const child = spawn(args[0], args.slice(1), { stdio: ['ignore', stdout, 'pipe'], detached: true });
  let log = '';
  const exit = new Promise((resolve) => child.once('exit', resolve));
  const started = new Promise((resolve, reject) => {
    const look = (s) => {
      log += s;
      if (ready.test(log)) resolve();
    };
    child.stderr.setEncoding('utf8').on('data', look);
    child.stdout?.setEncoding('utf8').on('data', look);
    exit.then((code) => reject(new Error(`${args.join(' ')} exited with ${code}: ${log}`)));
  });
  return { child, exit, started };
}

/**
 * CPU time (user + system, ms) of a running process, or of this process's finished children, from
 * /proc (Linux); null elsewhere. It shows how much work a run took whatever else the machine runs.
 */
function cpuMs(pid = 'self', children = false) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const at = children ? 13 : 11;
    return (Number(fields[at]) + Number(fields[at + 1])) * 10;
  } catch {
    return null;
  }
}

const seconds = (ms) => (ms === null ? 'n/a' : (ms / 1000).toFixed(2));

/** Runs a command to its end: wall ms, and its CPU ms (null when unknown). */
function time(args) {
  const c0 = cpuMs('self', true);
  return timeWall(args).then((wall) => {
    const c1 = cpuMs('self', true);
    return { wall, cpu: c0 === null || c1 === null ? null : c1 - c0 };
  });
}

function timeWall(args) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(args[0], args.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s) => (stderr += s));
    child.on('close', (code) => (code === 0 ? resolve(Number(process.hrtime.bigint() - t0) / 1e6) : reject(new Error(`${args.join(' ')}: ${code} ${stderr}`))));
  });
}

export async function run({ root, lines }) {
  let bullmq;
  let IORedis;
  try {
    bullmq = await import('bullmq');
    ({ Redis: IORedis } = await import('ioredis'));
  } catch {
    console.log('skipped: bullmq and ioredis are not installed (npm install)');
    return;
  }
  const mb = Number(process.env.ZH_ANALYZE_BENCH_QUEUE_MB ?? 10);
  // Documents per job: the enqueue default unless ZH_ANALYZE_BENCH_QUEUE_BATCH says otherwise.
  const batch = process.env.ZH_ANALYZE_BENCH_QUEUE_BATCH;
  const batchArgs = batch ? ['--batch-size', batch] : [];
  const workerArgs = process.env.ZH_ANALYZE_BENCH_QUEUE_CONCURRENCY ? ['--concurrency', process.env.ZH_ANALYZE_BENCH_QUEUE_CONCURRENCY] : [];
  const cli = join(root, 'dist', 'cli.js');
  const dir = mkdtempSync(join(tmpdir(), 'zh-analyze-bench-queue-'));
  const port = await freePort();
  const redis = start(['redis-server', '--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], /Ready to accept connections/, 'pipe');
  const url = `redis://127.0.0.1:${port}`;
  const workers = [];
  try {
    await redis.started;
    const { input, tiny, bytes, docs } = writeJsonlInput(dir, lines, mb);
    console.log(`input: ${(bytes / 1e6).toFixed(1)} MB of JSONL, ${docs} documents; ${batch ?? 'the default number of'} documents per job; redis-server ${url}; load average before: ${loadavg()[0].toFixed(2)}`);

    // --jsonl --jobs 1: whole run minus the run on one line (start-up).
    const startup = await time([process.execPath, cli, '--jsonl', '--jobs', '1', tiny]);
    const whole = await time([process.execPath, cli, '--jsonl', '--jobs', '1', input]);
    const jsonlCpu = whole.cpu === null || startup.cpu === null ? null : whole.cpu - startup.cpu;
    const rows = [['--jsonl --jobs 1', seconds(whole.wall - startup.wall), startup.wall.toFixed(0), (bytes / 1e6 / ((whole.wall - startup.wall) / 1000)).toFixed(2), seconds(jsonlCpu), '']];
    const steady = { jsonl: bytes / 1e6 / ((whole.wall - startup.wall) / 1000) };
    const cpuOf = { jsonl: jsonlCpu };

    const connection = new IORedis(url, { maxRetriesPerRequest: null });
    for (const count of [1, 2]) {
      const name = `bench${count}`;
      const queue = new bullmq.Queue(name, { connection });
      await queue.pause();
      // Everything is queued before the clock starts and collected after it stops: during the measured
      // window only the workers and redis-server use the CPUs.
      const enqueued = await time([process.execPath, cli, 'enqueue', '--redis', url, '--queue', name, ...batchArgs, input]);
      const jobs = await queue.getJobCountByTypes('waiting', 'paused', 'prioritized');
      const t0 = Date.now();
      const started = Array.from({ length: count }, () => start([process.execPath, cli, 'worker', '--redis', url, '--queue', name, ...workerArgs], /ready on queue/));
      workers.push(...started);
      await Promise.all(started.map((w) => w.started));
      const ready = Date.now() - t0;
      // From the moment every worker is ready until every job is done: throughput after start-up.
      const cpu0 = [...started.map((w) => cpuMs(w.child.pid)), cpuMs(redis.child.pid)];
      const t1 = process.hrtime.bigint();
      await queue.resume();
      while ((await queue.getJobCountByTypes('completed', 'failed')) < jobs) await sleep(50);
      const ms = Number(process.hrtime.bigint() - t1) / 1e6;
      const cpu = [...started.map((w) => cpuMs(w.child.pid)), cpuMs(redis.child.pid)].map((c, i) => (c === null || cpu0[i] === null ? null : c - cpu0[i]));
      const workerCpu = cpu.slice(0, -1).includes(null) ? null : cpu.slice(0, -1).reduce((a, b) => a + b, 0);
      for (const w of started) w.child.kill('SIGTERM');
      await Promise.all(started.map((w) => w.exit));
      const collected = await time([process.execPath, cli, 'collect', '--redis', url, '--queue', name, '-q']);
      steady[count] = bytes / 1e6 / (ms / 1000);
      cpuOf[count] = workerCpu;
      cpuOf[`redis${count}`] = cpu.at(-1);
      rows.push([
        `${count} worker${count > 1 ? 's' : ''}, ${jobs} jobs (enqueue ${(enqueued.wall / 1000).toFixed(1)} s, collect ${(collected.wall / 1000).toFixed(1)} s)`,
        (ms / 1000).toFixed(2),
        ready.toFixed(0),
        steady[count].toFixed(2),
        seconds(workerCpu),
        seconds(cpu.at(-1)),
      ]);
      await queue.obliterate({ force: true });
      await queue.close();
    }
    connection.disconnect();
    table(['run', 'wall s after start-up', 'start-up ms', 'MB/s after start-up', 'CPU s (analysis)', 'CPU s (redis-server)'], rows);
    console.log(`\ntwo workers vs one: ${(steady[2] / steady[1]).toFixed(2)}× (target ≥ 1.6×)`);
    console.log(`one worker vs --jsonl --jobs 1: ${(steady[1] / steady.jsonl).toFixed(2)}× (target ≥ 0.85×)`);
    if (cpuOf[1] && cpuOf[2]) {
      const bound = cpuOf[1] / (cpuOf[2] / 2);
      console.log(`CPU time: two workers spend ${seconds(cpuOf[2])} s against one worker's ${seconds(cpuOf[1])} s on the same input; spread over 2 free CPUs that bounds their speed-up at ${bound.toFixed(2)}×`);
    }
    if (cpuOf[1] && cpuOf.jsonl) console.log(`CPU time per MB: one worker ${(cpuOf[1] / 1000 / (bytes / 1e6)).toFixed(2)} s (and redis-server ${(cpuOf.redis1 / 1000 / (bytes / 1e6)).toFixed(2)} s), --jsonl --jobs 1 ${(cpuOf.jsonl / 1000 / (bytes / 1e6)).toFixed(2)} s`);
    console.log('(CPU s: user + system time in the measured window, from /proc; it varies far less with the machine\'s load than wall time)');
    console.log(`load average after: ${loadavg()[0].toFixed(2)} on ${availableParallelism()} CPUs; redis-server shares the CPUs with the workers`);
  } finally {
    for (const w of workers) w.child.kill('SIGKILL');
    redis.child.kill('SIGTERM');
    await redis.exit;
    rmSync(dir, { recursive: true, force: true });
  }
}
