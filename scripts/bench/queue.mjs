// zh-analyze worker processes on a queue (BullMQ over a redis-server of the bench's own) against
// `--jsonl --jobs 1`, same input, same run: one worker vs two, and one worker vs --jsonl, each
// after start-up. Input size: ZH_ANALYZE_BENCH_QUEUE_MB (default 10; the figure is 30);
// ZH_ANALYZE_BENCH_QUEUE_ROUNDS (default 2) rounds of the three runs; ZH_ANALYZE_BENCH_QUEUE_BATCH
// (enqueue --batch-size) and ZH_ANALYZE_BENCH_QUEUE_CONCURRENCY (worker --concurrency) override the
// commands' defaults. Besides wall clock it prints each run's CPU time by process and thread, and how
// busy the rest of the machine was meanwhile (docs/scaling.md explains the figures).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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

/** Clock ticks of /proc in ms. */
const TICK_MS = 10;

/**
 * CPU time (user + system, ms) of a running process, or of this process's finished children, from
 * /proc (Linux); null elsewhere. It shows how much work a run took whatever else the machine runs.
 */
function cpuMs(pid = 'self', children = false) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const at = children ? 13 : 11;
    return (Number(fields[at]) + Number(fields[at + 1])) * TICK_MS;
  } catch {
    return null;
  }
}

/**
 * A running process's CPU time split by thread: its main thread (the analysis, BullMQ, the Redis
 * client) and the others (V8's background compiler and GC threads, libuv's pool); null elsewhere.
 */
function threadCpuMs(pid) {
  try {
    const split = { main: 0, helpers: 0 };
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
        split[tid === String(pid) ? 'main' : 'helpers'] += (Number(fields[11]) + Number(fields[12])) * TICK_MS;
      } catch {
        // a thread that ended meanwhile
      }
    }
    return split;
  } catch {
    return null;
  }
}

/** CPU time (ms) the whole machine spent busy so far (all CPUs), from /proc/stat; null elsewhere. */
function machineBusyMs() {
  try {
    const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    // user nice system idle iowait irq softirq steal: everything but idle and iowait
    return (ticks[0] + ticks[1] + ticks[2] + ticks[5] + ticks[6] + ticks[7]) * TICK_MS;
  } catch {
    return null;
  }
}

const seconds = (ms) => (ms === null || ms === undefined || Number.isNaN(ms) ? 'n/a' : (ms / 1000).toFixed(2));
const minus = (a, b) => (a === null || b === null ? null : a - b);

/** Runs a command to its end: wall ms, its CPU ms (null when unknown) and the machine's busy ms meanwhile. */
async function time(args) {
  const c0 = cpuMs('self', true);
  const m0 = machineBusyMs();
  const wall = await timeWall(args);
  return { wall, cpu: minus(cpuMs('self', true), c0), machine: minus(machineBusyMs(), m0) };
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
  // Rounds of the three runs, in turn (the second round in reverse order): a change of the machine's
  // load meanwhile shows in the per-round ratios; the headline ratios are of each run's best round.
  const rounds = Math.max(1, Number(process.env.ZH_ANALYZE_BENCH_QUEUE_ROUNDS ?? 2));
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
    const MB = bytes / 1e6;
    console.log(`input: ${MB.toFixed(1)} MB of JSONL, ${docs} documents; ${batch ?? 'the default number of'} documents per job; ${rounds} round(s); redis-server ${url}; load average before: ${loadavg()[0].toFixed(2)}`);
    const connection = new IORedis(url, { maxRetriesPerRequest: null });

    /** --jsonl --jobs 1: the whole run minus the run on one line (start-up). */
    const jsonl = async () => {
      const startup = await time([process.execPath, cli, '--jsonl', '--jobs', '1', tiny]);
      const whole = await time([process.execPath, cli, '--jsonl', '--jobs', '1', input]);
      const wall = whole.wall - startup.wall;
      const cpu = minus(whole.cpu, startup.cpu);
      return { label: '--jsonl --jobs 1', wall, startup: startup.wall, cpu, main: null, helpers: null, redis: 0, others: minus(whole.machine, whole.cpu), span: whole.wall };
    };

    /** `count` worker processes, from the moment every one is ready until every job is done. */
    const queued = async (count, round) => {
      const name = `bench${count}r${round}`;
      const queue = new bullmq.Queue(name, { connection });
      await queue.pause();
      // Everything is queued before the clock starts and collected after it stops: during the measured
      // window only the workers and redis-server (and this process, polling) work for the bench.
      const enqueued = await time([process.execPath, cli, 'enqueue', '--redis', url, '--queue', name, ...batchArgs, input]);
      const jobs = await queue.getJobCountByTypes('waiting', 'paused', 'prioritized');
      const t0 = Date.now();
      const started = Array.from({ length: count }, () => start([process.execPath, cli, 'worker', '--redis', url, '--queue', name, ...workerArgs], /ready on queue/));
      workers.push(...started);
      await Promise.all(started.map((w) => w.started));
      const startup = Date.now() - t0;
      const snapshot = () => ({ threads: started.map((w) => threadCpuMs(w.child.pid)), redis: cpuMs(redis.child.pid), self: cpuMs(), machine: machineBusyMs() });
      const before = snapshot();
      const t1 = process.hrtime.bigint();
      await queue.resume();
      while ((await queue.getJobCountByTypes('completed', 'failed')) < jobs) await sleep(50);
      const wall = Number(process.hrtime.bigint() - t1) / 1e6;
      const after = snapshot();
      const threadsKnown = [...before.threads, ...after.threads].every(Boolean);
      const sum = (key) => (threadsKnown ? after.threads.reduce((total, t, i) => total + t[key] - before.threads[i][key], 0) : null);
      const main = sum('main');
      const helpers = sum('helpers');
      const cpu = main === null ? null : main + helpers;
      const redisCpu = minus(after.redis, before.redis);
      const ours = cpu === null || redisCpu === null ? null : cpu + redisCpu + minus(after.self, before.self);
      const others = minus(minus(after.machine, before.machine), ours);
      // The busiest worker's main thread: on idle CPUs a worker can go no faster than that.
      const mainMax = threadsKnown ? Math.max(...after.threads.map((t, i) => t.main - before.threads[i].main)) : null;
      for (const w of started) w.child.kill('SIGTERM');
      await Promise.all(started.map((w) => w.exit));
      let extra = `enqueue ${(enqueued.wall / 1000).toFixed(1)} s`;
      if (round === 0) {
        const collected = await time([process.execPath, cli, 'collect', '--redis', url, '--queue', name, '-q']);
        extra += `, collect ${(collected.wall / 1000).toFixed(1)} s`;
      }
      await queue.obliterate({ force: true });
      await queue.close();
      return { label: `${count} worker${count > 1 ? 's' : ''}, ${jobs} jobs (${extra})`, wall, startup, cpu, main, helpers, mainMax, redis: redisCpu, others, span: wall };
    };

    const results = { jsonl: [], 1: [], 2: [] };
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? ['jsonl', 1, 2] : [2, 1, 'jsonl'];
      for (const what of order) results[what].push(what === 'jsonl' ? await jsonl() : await queued(what, round));
    }
    connection.disconnect();

    const mbps = (r) => MB / (r.wall / 1000);
    const cpuPerMb = (r) => (r.cpu === null ? null : (r.cpu + (r.redis ?? 0)) / 1000 / MB);
    const rows = [];
    for (let round = 0; round < rounds; round++) {
      for (const what of ['jsonl', 1, 2]) {
        const r = results[what][round];
        rows.push([r.label, String(round + 1), (r.wall / 1000).toFixed(2), r.startup.toFixed(0), mbps(r).toFixed(2), seconds(r.cpu), seconds(r.helpers), seconds(r.redis), cpuPerMb(r)?.toFixed(3) ?? 'n/a', r.others === null ? 'n/a' : (r.others / r.span).toFixed(2)]);
      }
    }
    table(['run', 'round', 'wall s after start-up', 'start-up ms', 'MB/s after start-up', 'CPU s: analysis', 'of it: other threads', 'CPU s: redis-server', 'CPU s per MB (with redis)', 'other work on the machine (CPUs busy)'], rows);

    const best = (what) => results[what].reduce((a, b) => (mbps(b) > mbps(a) ? b : a));
    const [bj, b1, b2] = [best('jsonl'), best(1), best(2)];
    console.log(`\nwall clock, best round of each: two workers vs one: ${(mbps(b2) / mbps(b1)).toFixed(2)}× (target ≥ 1.6×); one worker vs --jsonl --jobs 1: ${(mbps(b1) / mbps(bj)).toFixed(2)}× (target ≥ 0.85×)`);
    for (let round = 0; round < rounds; round++) {
      const [j, one, two] = [results.jsonl[round], results[1][round], results[2][round]];
      let line = `round ${round + 1}: wall clock ${(mbps(two) / mbps(one)).toFixed(2)}× and ${(mbps(one) / mbps(j)).toFixed(2)}×`;
      const [cj, c1, c2] = [cpuPerMb(j), cpuPerMb(one), cpuPerMb(two)];
      if (cj && c1 && c2) {
        line += `; per CPU second (MB analyzed per CPU-s, redis-server's included): two workers ${(c1 / c2).toFixed(2)}× of one, one worker ${(cj / c1).toFixed(2)}× of --jsonl`;
        // On two otherwise idle CPUs a run lasts at least its busiest main thread, and at least its CPU time over 2.
        const floor = (r) => Math.max(r.mainMax, (r.cpu + r.redis) / 2);
        line += `; on 2 idle CPUs these CPU times allow two workers at most ${(floor(one) / floor(two)).toFixed(2)}× of one`;
      }
      console.log(line);
    }
    console.log('(CPU s: user + system time in the measured window, from /proc (for --jsonl: the whole run minus the one-line run); "other threads" (from /proc/<pid>/task) are V8\'s background compiler and GC threads. Other work: CPU time the rest of the machine used meanwhile, from /proc/stat, over the window\'s length. On a shared virtual machine even a CPU second is not a fixed amount of work: see docs/scaling.md)');
    console.log(`load average after: ${loadavg()[0].toFixed(2)} on ${availableParallelism()} CPUs`);
  } finally {
    for (const w of workers) w.child.kill('SIGKILL');
    redis.child.kill('SIGTERM');
    await redis.exit;
    rmSync(dir, { recursive: true, force: true });
  }
}
