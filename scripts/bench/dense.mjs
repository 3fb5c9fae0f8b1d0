// analyze() on dense development news (names and figures in every sentence) beside raw nodejieba
// over the same paragraphs in one run, and what each stage of analyze() costs.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { table } from '../eval/lib.mjs';
import { denseNews } from './dense-news.mjs';

export const title = 'Dense news: analyze() vs raw nodejieba.cut, same paragraphs, same run';

export async function run({ root, pkg, nodejieba, mbps, interleaved, denseMb }) {
  const lines = denseNews(root, denseMb);
  const bytes = Buffer.byteLength(lines.join('\n'));
  console.log(`${(bytes / 1e6).toFixed(2)} MB, ${lines.length} paragraphs of the project's own sentence frames (scripts/bench/dense-news.mjs)\n`);
  const over = (fn) => () => { for (const l of lines) fn(l); };
  const analyzer = (options) => { const az = pkg.createAnalyzer(options); return over((l) => az.analyze(l)); };
  const configs = [
    ['nodejieba.cut(line)', over((l) => nodejieba.cut(l))],
    ['nodejieba.cut(line, true)', over((l) => nodejieba.cut(l, true))],
    ['analyze(), tokens only', analyzer({ quantities: false, entities: false })],
    ['analyze(), all stages but facts', analyzer({ facts: false })],
    ['analyze(), all stages', over((l) => pkg.analyze(l))],
  ];
  const times = interleaved(configs.map(([, fn]) => fn), 5);
  const ratio = (base, t) => `${(base / t).toFixed(2)}×`;
  table(
    ['what', 'MB per CPU second', 'ratio to cut(line) (CPU)', 'ratio to cut(line, true) (CPU)', 'ratio to cut(line) (wall)'],
    configs.map(([name], i) => [
      name,
      mbps(times[i].cpu, bytes).toFixed(2),
      ratio(times[0].cpu, times[i].cpu),
      ratio(times[1].cpu, times[i].cpu),
      ratio(times[0].wall, times[i].wall),
    ]),
  );

  // Each stage's share of analyze() time, from src/ through tsx in a process of its own.
  const shares = JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'bench', 'stage-costs.mjs')], {
      cwd: root,
      input: JSON.stringify(lines.slice(0, Math.max(1, Math.ceil(lines.length / 4)))),
      encoding: 'utf8',
    }),
  );
  console.log('\nper-stage cost, share of analyze() time (all stages on; a quarter of the paragraphs):\n');
  table(['stage', 'share'], Object.entries(shares).map(([stage, share]) => [stage, `${(100 * share).toFixed(1)}%`]));
}
