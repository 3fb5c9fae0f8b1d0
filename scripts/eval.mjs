#!/usr/bin/env node
// npm run eval [-- --corpora DIR] [-- --only seg,seed,peers,ner,keywords]
// Scores zh-analyze on the corpora in ../shared/corpora (or ZH_ANALYZE_CORPORA / --corpora) and
// prints every figure. Prediction files are written to .eval/ for the shared scorers to read.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseOptions, root, runSections } from './lib/sections.mjs';

const { corpora, only } = parseOptions();
if (!existsSync(corpora)) {
  console.error(`eval: corpora not found at ${corpora}; pass --corpora DIR or set ZH_ANALYZE_CORPORA`);
  process.exit(2);
}
const context = { root, corpora, tools: join(corpora, '..', 'tools'), out: join(root, '.eval') };
mkdirSync(context.out, { recursive: true });
const ok = await runSections('eval', ['seg', 'seed', 'peers', 'ner', 'keywords'], only, context);
process.exit(ok ? 0 : 1);
