// Word segmentation on the SIGHAN 2005 test sets, zh-analyze tokens beside raw nodejieba.cut(s, true).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRawJieba } from '../lib/raw-jieba.mjs';
import { loadPackage, readLines, runScorer, table, pct } from './lib.mjs';

export const title = 'Segmentation: SIGHAN 2005 (PKU, MSR Simplified; CITYU, AS Traditional), F1 %';

const SETS = [
  { name: 'PKU', gold: 'pku_test_gold.utf8', train: 'pku_training_words.utf8' },
  { name: 'MSR', gold: 'msr_test_gold.utf8', train: 'msr_training_words.utf8' },
  { name: 'CITYU', gold: 'cityu_test_gold.utf8', train: 'cityu_training_words.utf8' },
  { name: 'AS', gold: 'as_testing_gold.utf8', train: 'as_training_words.utf8' },
];

export async function run({ root, corpora, tools, out }) {
  const { createAnalyzer } = await loadPackage(root);
  const analyzer = createAnalyzer();
  const nodejieba = loadRawJieba(root);
  const rows = [];
  for (const set of SETS) {
    const goldPath = join(corpora, 'seg', set.gold);
    // The segmenter input is the gold line without its spaces (the test files differ from the gold on a few lines).
    const inputs = readLines(goldPath).map((line) => line.replace(/\s+/gu, ''));
    const ours = inputs.map((line) => analyzer.analyze(line).tokens.map((t) => t.text).join('  '));
    const raw = inputs.map((line) => nodejieba.cut(line, true).filter((w) => /\S/u.test(w)).join('  '));
    const oursPath = join(out, `seg-${set.name.toLowerCase()}.zh-analyze.txt`);
    const rawPath = join(out, `seg-${set.name.toLowerCase()}.nodejieba.txt`);
    writeFileSync(oursPath, ours.join('\n') + '\n');
    writeFileSync(rawPath, raw.join('\n') + '\n');
    const trainArgs = ['--train-words', join(corpora, 'seg', set.train)];
    const a = runScorer(tools, 'seg-score.mjs', [...trainArgs, goldPath, oursPath]);
    const b = runScorer(tools, 'seg-score.mjs', [...trainArgs, goldPath, rawPath]);
    rows.push([set.name, pct(a.f1), pct(a.precision), pct(a.recall), pct(a.oov_recall ?? 0), pct(b.f1), (100 * (a.f1 - b.f1)).toFixed(1)]);
  }
  table(['set', 'zh-analyze F1', 'P', 'R', 'OOV R', 'nodejieba.cut F1', 'gain'], rows);
}
