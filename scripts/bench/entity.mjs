// The entities stage: built-in dictionary load time (in a fresh process), the stage's own cost
// (analyze() with and without entities, same lines), and analyze() with every stage beside raw
// nodejieba.cut — the target is >= 0.5×.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { table } from '../eval/lib.mjs';

export const title = 'Entities: dictionary load time and stage throughput';

export async function run({ root, pkg, lines, bytes, nodejieba, interleaved, mbps }) {
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
  const times = interleaved(configs.map(([, fn]) => fn), 5);
  let count = 0;
  for (const l of lines) count += withEntities.analyze(l).entities.length;
  table(
    ['what', 'MB/s (wall)', 'MB per CPU second', 'ratio to raw cut (wall)', 'ratio to raw cut (CPU)'],
    configs.map(([name], i) => [
      name,
      mbps(times[i].wall).toFixed(2),
      mbps(times[i].cpu).toFixed(2),
      (times[0].wall / times[i].wall).toFixed(2) + '×',
      (times[0].cpu / times[i].cpu).toFixed(2) + '×',
    ]),
  );
  const stageMs = times[2].cpu - times[1].cpu;
  const entries = Array.from({ length: 100_000 }, (_, i) => ({ name: `测试企业${i.toString(36)}有限公司`, type: 'enterprise' }));
  const t0 = performance.now();
  pkg.createAnalyzer({ quantities: false, dictionaries: [{ name: 'bench', entries }] });
  const userLoad = performance.now() - t0;
  // The worst user name the length limit allows (MAX_NAME_LENGTH = 100 in src/lexicon/entity-dict.ts):
  // 99 of one character and another, over 100,000 of the first. Matching must stay linear.
  const worst = pkg.createAnalyzer({ quantities: false, dictionaries: [{ entries: [{ name: `${'甲'.repeat(99)}乙`, type: 'enterprise' }] }] });
  const plain = pkg.createAnalyzer({ quantities: false, dictionaries: [{ entries: [{ name: '甲乙', type: 'enterprise' }] }] });
  const repeated = '甲'.repeat(100_000);
  const [worstTime, plainTime] = interleaved([() => worst.analyze(repeated), () => plain.analyze(repeated)], 3);
  console.log('');
  table(['what', 'value'], [
    ['entities found in the bench text', String(count)],
    ['entity stage alone (tokens + entities minus tokens only), MB per CPU second', stageMs > 0 ? mbps(stageMs, bytes).toFixed(2) : 'n/a'],
    ['segmenter load with the built-in names taught to jieba (ms)', minOf('segmenter').toFixed(0)],
    ['entity lexicon load: rule tables + built-in trie (ms)', minOf('entities').toFixed(0)],
    ['user dictionary of 100,000 in-memory entries: createAnalyzer (ms)', userLoad.toFixed(0)],
    ['100,000 × 甲 with a 100-character user name 甲…甲乙 (CPU ms, ratio to a 2-character name)', `${worstTime.cpu.toFixed(0)} (${(worstTime.cpu / plainTime.cpu).toFixed(2)}×)`],
  ]);
}
