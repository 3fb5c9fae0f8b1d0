#!/usr/bin/env node
// npm run bench [-- --only core,dense,quantity,...] [-- --corpora DIR] [-- --mb 2] [-- --dense-mb 1.2]
// Measures zh-analyze beside raw nodejieba (and peers) over the same text in ONE run and prints
// ratios; absolute times vary with the machine's load, ratios much less.
import { join } from 'node:path';
import { benchText } from './bench/text.mjs';
import { loadRawJieba } from './lib/raw-jieba.mjs';
import { parseOptions, root, runSections } from './lib/sections.mjs';

const values = parseOptions({ mb: { type: 'string', default: '1.5' }, 'dense-mb': { type: 'string', default: '1.2' } });
const pkg = await import(join(root, 'dist', 'index.js'));
const { text, lines, source } = benchText(values.corpora, Number(values.mb));
const bytes = Buffer.byteLength(text);
// Raw nodejieba in an addon instance of its own (see scripts/lib/raw-jieba.mjs).
const nodejieba = loadRawJieba(root);
console.log(`bench text: ${(bytes / 1e6).toFixed(2)} MB, ${lines.length} lines (${source}); node ${process.version}`);

/** Best wall time in ms of `rounds` runs of fn (after one warm-up run). */
function best(fn, rounds = 3) {
  fn();
  let min = Infinity;
  for (let i = 0; i < rounds; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    min = Math.min(min, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return min;
}
const mbps = (ms, n = bytes) => n / 1e6 / (ms / 1000);

/**
 * Runs the functions in turn, `rounds` times after a warm-up, and returns each one's best wall time
 * and best CPU time (user + system of this process) in ms. Alternating means a change of the
 * machine's load hits every contender alike; CPU time is what the machine's other work disturbs least.
 */
function interleaved(fns, rounds = 5) {
  for (const fn of fns) fn();
  const times = fns.map(() => ({ wall: Infinity, cpu: Infinity }));
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, i) => {
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      fn();
      const wall = Number(process.hrtime.bigint() - t0) / 1e6;
      const c = process.cpuUsage(c0);
      times[i].wall = Math.min(times[i].wall, wall);
      times[i].cpu = Math.min(times[i].cpu, (c.user + c.system) / 1000);
    });
  }
  return times;
}

const context = { root, pkg, text, lines, bytes, nodejieba, best, interleaved, mbps, denseMb: Number(values['dense-mb']) };
const ok = await runSections('bench', ['core', 'dense', 'quantity', 'entity', 'robustness', 'cli', 'queue'], values.only, context);
process.exit(ok ? 0 : 1);
