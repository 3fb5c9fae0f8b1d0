// Conformance report over the peer test vectors in corpora/peers (Recognizers-Text Chinese specs,
// cn2an, JioNLP): the pass rate of each file, split into cases in scope for news text and cases held
// out of scope (by category, see scripts/eval/peers-rules.mjs and docs/quantities.md).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPackage, pct, readJsonl, table } from './lib.mjs';
import { heldOutReason, passes } from './peers-rules.mjs';

export const title = 'Peer vectors (Recognizers-Text zh, cn2an, JioNLP): quantities conformance, in scope vs held out';

const FOLDERS = ['recognizers-text-zh', 'cn2an', 'jionlp'];

export async function run({ root, corpora }) {
  const { createAnalyzer } = await loadPackage(root);
  const az = createAnalyzer({ entities: false });
  const rows = [];
  const reasons = new Map();
  const failures = [];
  let inScope = 0;
  let inPass = 0;
  for (const folder of FOLDERS) {
    const dir = join(corpora, 'peers', folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
      const file = `${folder}/${name}`;
      let n = 0, scoped = 0, scopedPass = 0, held = 0, heldPass = 0;
      for (const record of readJsonl(join(dir, name))) {
        n++;
        const ok = passes(record, file, az.analyze(record.input).quantities);
        const reason = heldOutReason(record, file);
        if (reason === null) {
          scoped++;
          if (ok) scopedPass++;
          else failures.push(`${record.id}: ${JSON.stringify(record.input).slice(0, 50)}`);
        } else {
          held++;
          if (ok) heldPass++;
          const r = reasons.get(reason) ?? { n: 0, pass: 0 };
          r.n++;
          if (ok) r.pass++;
          reasons.set(reason, r);
        }
      }
      inScope += scoped;
      inPass += scopedPass;
      rows.push([file, n, scoped, scoped ? `${pct(scopedPass / scoped)}%` : '-', held, held ? `${pct(heldPass / held)}%` : '-', `${pct((scopedPass + heldPass) / n)}%`]);
    }
  }
  table(['file', 'cases', 'in scope', 'pass (in scope)', 'held out', 'pass (held out)', 'pass (all)'], rows);
  console.log(`\nIn scope, all files: ${inPass}/${inScope} = ${pct(inPass / Math.max(1, inScope))}% (target >= 90%)\n`);
  table(['held-out category', 'cases', 'pass anyway'], [...reasons].map(([reason, r]) => [reason, r.n, r.pass]));
  if (failures.length) {
    console.log(`\nIn-scope failures (${failures.length}${failures.length > 40 ? ', first 40' : ''}):`);
    for (const f of failures.slice(0, 40)) console.log(`  ${f}`);
  }
}
