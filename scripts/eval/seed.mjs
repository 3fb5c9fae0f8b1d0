// The seed article's gold: entities (strict and lenient) and quantities, scored by shared/tools/score.mjs.
import { join } from 'node:path';
import { f3, loadPackage, readJsonl, runScorer, table, writeJsonl } from './lib.mjs';

export const title = 'Seed article gold (corpora/seed/seed-gold.jsonl): entities, quantities and facts';

export async function run({ root, corpora, tools, out }) {
  const { analyze } = await loadPackage(root);
  const goldPath = join(corpora, 'seed', 'seed-gold.jsonl');
  const predPath = join(out, 'seed-pred.jsonl');
  const preds = readJsonl(goldPath).map(({ id, text }) => {
    const { entities, quantities, facts } = analyze(text);
    return { id, entities, quantities, facts };
  });
  writeJsonl(predPath, preds);
  const report = runScorer(tools, 'score.mjs', [goldPath, predPath]);
  const rows = [];
  const strict = report.entitiesStrict ?? {};
  const lenient = report.entitiesLenient ?? {};
  for (const type of Object.keys(strict).sort((a, b) => (a === 'all' ? -1 : b === 'all' ? 1 : a.localeCompare(b)))) {
    const s = strict[type];
    const l = lenient[type] ?? { f1: 0 };
    rows.push([`entity ${type}`, f3(s.p), f3(s.r), f3(s.f1), f3(l.f1), s.tp + s.fn]);
  }
  for (const [kind, q] of Object.entries(report.quantities ?? {}).sort(([a], [b]) => (a === 'all' ? -1 : b === 'all' ? 1 : a.localeCompare(b)))) {
    rows.push([`quantity ${kind}`, f3(q.p), f3(q.r), f3(q.f1), '', q.tp + q.fn]);
  }
  table(['what', 'P', 'R', 'F1 (strict)', 'F1 lenient', 'gold'], rows);
  const facts = report.facts;
  if (facts) {
    console.log('\nFacts (a fact is correct when its indicator, subject, time and change are all right):\n');
    const factRows = [['facts', f3(facts.p), f3(facts.r), f3(facts.f1), facts.gold]];
    for (const [part, v] of Object.entries(facts.parts)) factRows.push([`  ${part} (accuracy ${f3(v.accuracy)})`, f3(v.p), f3(v.r), f3(v.f1), v.gold]);
    table(['what', 'P', 'R', 'F1', 'gold'], factRows);
  }
  console.log(`\nErrors: node ${join(tools, 'score.mjs')} ${goldPath} ${predPath} --errors 50`);
}
