// analyze() beside raw nodejieba.cut(line, true) over the same lines, cold start and peak RSS.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { table } from '../eval/lib.mjs';

export const title = 'Core: analyze() vs raw nodejieba.cut, same lines, same run';

export async function run({ root, pkg, lines, bytes, nodejieba, mbps, interleaved }) {
  const configs = [
    ['nodejieba.cut(line, true)', () => { for (const l of lines) nodejieba.cut(l, true); }],
    ['analyze(), tokens only', ((az) => () => { for (const l of lines) az.analyze(l); })(pkg.createAnalyzer({ quantities: false, entities: false }))],
    ['analyze(), tokens + pos', ((az) => () => { for (const l of lines) az.analyze(l); })(pkg.createAnalyzer({ quantities: false, entities: false, pos: true }))],
    ['analyze(), all stages but facts', ((az) => () => { for (const l of lines) az.analyze(l); })(pkg.createAnalyzer({ facts: false }))],
    ['analyze(), all stages', () => { for (const l of lines) pkg.analyze(l); }],
  ];
  const times = interleaved(configs.map(([, fn]) => fn), 5);
  const rows = configs.map(([name], i) => [
    name,
    mbps(times[i].wall).toFixed(2),
    mbps(times[i].cpu).toFixed(2),
    (times[0].wall / times[i].wall).toFixed(2) + '×',
    (times[0].cpu / times[i].cpu).toFixed(2) + '×',
  ]);
  table(['what', 'MB/s (wall)', 'MB per CPU second', 'ratio to raw cut (wall)', 'ratio to raw cut (CPU)'], rows);
  const [withoutFacts, all] = [times[times.length - 2], times[times.length - 1]];
  const share = (a, b) => `${(100 * Math.max(0, 1 - a / b)).toFixed(1)}%`;
  console.log(`\nfacts stage: ${share(withoutFacts.cpu, all.cpu)} of analyze() CPU time (${share(withoutFacts.wall, all.wall)} of wall time)`);

  const cold = (code) => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
    return JSON.parse(out);
  };
  const dist = JSON.stringify(join(root, 'dist', 'index.js'));
  const sample = JSON.stringify('2024年，兰州新区完成地区生产总值400亿元，同比增长6.5%。');
  const probe = (body) => `const t0 = performance.timeOrigin; ${body}; console.log(JSON.stringify({ ms: performance.timeOrigin + performance.now() - t0 }));`;
  const coldOurs = Math.min(...[0, 1, 2].map(() => cold(probe(`const { analyze } = await import(${dist}); analyze(${sample})`)).ms));
  const coldRaw = Math.min(...[0, 1, 2].map(() => cold(probe(`const { createRequire } = await import('node:module'); const j = createRequire(${dist})('nodejieba'); j.cut(${sample}, true)`)).ms));
  // Peak RSS of the child itself: Linux's VmHWM. getrusage's maxRSS survives exec, so a child of this
  // (large) bench process would report the bench's own peak, the same for both rows.
  const peak = `await (async () => { try { const { readFileSync } = await import('node:fs'); return Number(/VmHWM:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) / 1024; } catch { return process.resourceUsage().maxRSS / 1024; } })()`;
  const rss = (body) => cold(`${body}; console.log(JSON.stringify({ mb: ${peak} }))`).mb;
  const text = JSON.stringify(join(root, '.bench-text.txt'));
  const fs = await import('node:fs');
  fs.writeFileSync(join(root, '.bench-text.txt'), lines.join('\n'));
  const rssOurs = rss(`const { analyze } = await import(${dist}); const fs = await import('node:fs'); for (const l of fs.readFileSync(${text}, 'utf8').split('\\n')) analyze(l)`);
  const rssRaw = rss(`const { createRequire } = await import('node:module'); const j = createRequire(${dist})('nodejieba'); const fs = await import('node:fs'); for (const l of fs.readFileSync(${text}, 'utf8').split('\\n')) j.cut(l, true)`);
  fs.rmSync(join(root, '.bench-text.txt'));
  console.log('');
  table(['what', 'zh-analyze', 'raw nodejieba', 'ratio'], [
    ['cold start: process start to first result (ms)', coldOurs.toFixed(0), coldRaw.toFixed(0), (coldOurs / coldRaw).toFixed(2) + '×'],
    [`peak RSS over the ${(bytes / 1e6).toFixed(1)} MB text (MB)`, rssOurs.toFixed(0), rssRaw.toFixed(0), (rssOurs / rssRaw).toFixed(2) + '×'],
  ]);
}
