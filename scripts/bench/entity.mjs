// The entities stage: built-in dictionary load time (in a fresh process), the stage's own cost
// (analyze() with and without entities, same lines), and analyze() with every stage beside raw
// nodejieba.cut — the target is >= 0.5×.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { table } from '../eval/lib.mjs';

export const title = 'Entities: dictionary load time and stage throughput';

export async function run({ root, pkg, lines, bytes, nodejieba, best, mbps }) {
  const dist = JSON.stringify(join(root, 'dist', 'index.js'));
  const load = () =>
    JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', `
        const { createAnalyzer } = await import(${dist});
        const t0 = performance.now();
        createAnalyzer({ quantities: false, entities: false, traditional: false });
        const t1 = performance.now();
        createAnalyzer({ quantities: false, traditional: false });
        const t2 = performance.now();
        console.log(JSON.stringify({ segmenter: t1 - t0, entities: t2 - t1 }));`], { cwd: root, encoding: 'utf8' }),
    );
  const loads = [0, 1, 2].map(load);
  const minOf = (key) => Math.min(...loads.map((l) => l[key]));

  const withEntities = pkg.createAnalyzer({ quantities: false });
  const without = pkg.createAnalyzer({ quantities: false, entities: false });
  const configs = [
    ['nodejieba.cut(line, true)', () => { for (const l of lines) nodejieba.cut(l, true); }],
    ['analyze(), tokens only', () => { for (const l of lines) without.analyze(l); }],
    ['analyze(), tokens + entities', () => { for (const l of lines) withEntities.analyze(l); }],
    ['analyze(), all stages', () => { for (const l of lines) pkg.analyze(l); }],
  ];
  const times = configs.map(([, fn]) => best(fn));
  let count = 0;
  for (const l of lines) count += withEntities.analyze(l).entities.length;
  table(['what', 'MB/s', 'ratio to raw cut'], configs.map(([name], i) => [name, mbps(times[i]).toFixed(2), (times[0] / times[i]).toFixed(2) + '×']));
  const stageMs = times[2] - times[1];
  const entries = Array.from({ length: 100_000 }, (_, i) => ({ name: `测试企业${i.toString(36)}有限公司`, type: 'enterprise' }));
  const t0 = performance.now();
  pkg.createAnalyzer({ quantities: false, dictionaries: [{ name: 'bench', entries }] });
  const userLoad = performance.now() - t0;
  console.log('');
  table(['what', 'value'], [
    ['entities found in the bench text', String(count)],
    ['entity stage alone (tokens + entities minus tokens only), MB/s', stageMs > 0 ? mbps(stageMs, bytes).toFixed(2) : 'n/a'],
    ['segmenter load with the built-in names taught to jieba (ms)', minOf('segmenter').toFixed(0)],
    ['entity lexicon load: rule tables + built-in trie (ms)', minOf('entities').toFixed(0)],
    ['user dictionary of 100,000 in-memory entries: createAnalyzer (ms)', userLoad.toFixed(0)],
  ]);
}
