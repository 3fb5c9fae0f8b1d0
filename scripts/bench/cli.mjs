// The bin in --jsonl mode over the same input with --jobs 1 and --jobs 2, in one run: wall time
// (process start to exit, output to a file), MB/s, the ratio, and peak RSS (constant memory).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { table } from '../eval/lib.mjs';
import { writeJsonlInput } from '../lib/jsonl-input.mjs';

export const title = 'CLI: zh-analyze --jsonl, --jobs 1 vs --jobs 2, same input, same run';

/**
 * Runs the bin in-process behind a wrapper that reports the peak RSS of the whole process (workers
 * included): Linux's VmHWM, since getrusage's maxRSS survives exec and would be this bench's own.
 */
function runCli(cli, args, outFile) {
  const wrapper = `process.argv = [process.argv[0], ${JSON.stringify(cli)}, ...${JSON.stringify(args)}];
process.on('exit', () => { const u = process.resourceUsage(); const fs = require('node:fs'); let rss = u.maxRSS / 1024; try { rss = Number(/VmHWM:\\s+(\\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]) / 1024; } catch {} fs.writeSync(3, JSON.stringify({ rss, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6 })); });
import(${JSON.stringify(cli)});`;
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const out = require_fs().openSync(outFile, 'w');
    const child = spawn(process.execPath, ['-e', wrapper], { stdio: ['ignore', out, 'pipe', 'pipe'] });
    let stats = '';
    let stderr = '';
    child.stdio[3].setEncoding('utf8').on('data', (s) => (stats += s));
    child.stderr.setEncoding('utf8').on('data', (s) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => {
      require_fs().closeSync(out);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (code !== 0) reject(new Error(`zh-analyze ${args.join(' ')} exited with ${code}: ${stderr}`));
      else resolve({ ms, ...JSON.parse(stats) });
    });
  });
}

let fsModule;
const require_fs = () => fsModule;

export async function run({ root, lines }) {
  fsModule = await import('node:fs');
  // Each worker loads its own segmenter (1-2 s); the input must be large enough for that to amortize.
  const mb = Number(process.env.ZH_ANALYZE_BENCH_CLI_MB ?? 30);
  const cli = join(root, 'dist', 'cli.js');
  const dir = mkdtempSync(join(tmpdir(), 'zh-analyze-bench-cli-'));
  try {
    const { input, tiny, bytes, docs } = writeJsonlInput(dir, lines, mb);
    console.log(`input: ${(bytes / 1e6).toFixed(1)} MB of JSONL, ${docs} documents; output to /dev/null; load average before: ${loadavg()[0].toFixed(2)}`);

    const rows = [];
    const results = {};
    for (const jobs of [1, 2]) {
      const args = ['--jsonl', '--jobs', String(jobs)];
      const startup = await runCli(cli, [...args, tiny], '/dev/null');
      const full = await runCli(cli, [...args, input], '/dev/null');
      results[jobs] = { ...full, startup: startup.ms };
      rows.push([
        `--jobs ${jobs}`,
        (full.ms / 1000).toFixed(2),
        (bytes / 1e6 / (full.ms / 1000)).toFixed(2),
        startup.ms.toFixed(0),
        (bytes / 1e6 / ((full.ms - startup.ms) / 1000)).toFixed(2),
        full.cpu.toFixed(1),
        full.rss.toFixed(0),
      ]);
    }
    table(['jobs', 'wall s', 'MB/s (wall)', 'startup ms', 'MB/s (after startup)', 'CPU s', 'peak RSS MB'], rows);
    const wall = results[1].ms / results[2].ms;
    const steady = (results[1].ms - results[1].startup) / (results[2].ms - results[2].startup);
    console.log(`\nspeed-up of --jobs 2 over --jobs 1: ${wall.toFixed(2)}× wall clock, ${steady.toFixed(2)}× after startup (target ≥ 1.7×)`);
    const bound = results[1].cpu / (results[2].cpu / 2);
    console.log(`CPU time: --jobs 2 spends ${results[2].cpu.toFixed(1)} s against ${results[1].cpu.toFixed(1)} s; spread over 2 free CPUs that bounds the speed-up at ${bound.toFixed(2)}×`);
    console.log(`load average after: ${loadavg()[0].toFixed(2)} on ${availableParallelism()} CPUs (when other processes take CPU, the wall-clock ratio falls below that bound)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
