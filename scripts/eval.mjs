#!/usr/bin/env node
// npm run eval [-- --corpora DIR] [-- --only seg,seed,...]
// Scores zh-analyze on the corpora in ../shared/corpora (or ZH_ANALYZE_CORPORA / --corpora) and
// prints every figure. Prediction files are written to .eval/ for the shared scorers to read.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    corpora: { type: 'string', default: process.env.ZH_ANALYZE_CORPORA ?? join(root, '..', 'shared', 'corpora') },
    only: { type: 'string' },
  },
});
const corpora = resolve(values.corpora);
if (!existsSync(corpora)) {
  console.error(`eval: corpora not found at ${corpora}; pass --corpora DIR or set ZH_ANALYZE_CORPORA`);
  process.exit(2);
}
const context = { root, corpora, tools: join(corpora, '..', 'tools'), out: join(root, '.eval') };
mkdirSync(context.out, { recursive: true });

// Each section is a module in scripts/eval/ exporting `title` and `run(context)`.
const SECTIONS = ['seg', 'seed', 'peers', 'ner'];
const only = values.only ? new Set(values.only.split(',')) : null;
let failed = false;
for (const name of SECTIONS) {
  if (only && !only.has(name)) continue;
  const file = join(root, 'scripts', 'eval', `${name}.mjs`);
  if (!existsSync(file)) continue;
  const section = await import(file);
  console.log(`\n## ${section.title}\n`);
  try {
    await section.run(context);
  } catch (error) {
    failed = true;
    console.error(`eval ${name} failed:`, error);
  }
}
process.exit(failed ? 1 : 0);
