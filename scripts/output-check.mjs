#!/usr/bin/env node
// node scripts/output-check.mjs --mode save|compare [--dir .output-check] [--corpora DIR] [--sets default,tokens,...]
// For speed work: analyze() must return the very same JSON after a change. `save` writes the results
// of dist/ (build first) over a fixed set of inputs under several option sets to DIR (one file per
// set, one JSON line per input); `compare` reruns them and names each set whose output differs, with
// the first differing input. Inputs: the dense-news bench text, examples/texts, every "input" of
// tests/fixtures, a few edge strings, and, when the corpora are found, the SIGHAN test inputs, the seed
// article, the NER and peer inputs (read in place; only results are written, to DIR, which git ignores).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { denseNews } from './bench/dense-news.mjs';
import { parseOptions, root } from './lib/sections.mjs';

const { corpora, mode, ...values } = parseOptions({
  mode: { type: 'string' },
  dir: { type: 'string', default: join(root, '.output-check') },
  sets: { type: 'string' },
});
if (mode !== 'save' && mode !== 'compare') {
  console.error('usage: node scripts/output-check.mjs --mode save|compare [--dir DIR] [--corpora DIR] [--sets a,b]');
  process.exit(2);
}
const pkg = await import(join(root, 'dist', 'index.js'));

const strip = (t) => (t.charCodeAt(0) === 0xfeff ? t.slice(1) : t);
const linesOf = (file) => strip(readFileSync(file, 'utf8')).split(/\r?\n/).filter((l) => l.trim());
const field = (file, name) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)[name]).filter((x) => typeof x === 'string');
const filesUnder = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? filesUnder(join(dir, f)) : [join(dir, f)]));

/** Small inputs run under every option set; large ones under the main sets only. */
const small = ['', ' ', '\r\n', '１２３４５６７８９０', '\u{20000}\u{20001}２０２４年', 'a'.repeat(50), '9'.repeat(400), '（'.repeat(100) + '有限公司'];
const collect = (value) => {
  if (Array.isArray(value)) value.forEach(collect);
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) if (key === 'input' && typeof inner === 'string') small.push(inner);
    else collect(inner);
  }
};
for (const file of filesUnder(join(root, 'tests', 'fixtures'))) if (file.endsWith('.json')) collect(JSON.parse(readFileSync(file, 'utf8')));
for (const file of readdirSync(join(root, 'examples', 'texts')).sort()) {
  const path = join(root, 'examples', 'texts', file);
  small.push(readFileSync(path, 'utf8'), ...linesOf(path));
}
const dense = denseNews(root, 1.2);
const large = [...dense];
if (existsSync(corpora)) {
  const seed = join(corpora, 'seed');
  if (existsSync(seed)) for (const f of readdirSync(seed).sort()) if (f.endsWith('.txt')) small.push(readFileSync(join(seed, f), 'utf8'), ...linesOf(join(seed, f)));
  const peers = join(corpora, 'peers');
  if (existsSync(peers)) for (const f of filesUnder(peers).sort()) if (f.endsWith('.jsonl')) small.push(...field(f, 'input'));
  for (const f of ['pku_test.utf8', 'msr_test.utf8', 'cityu_test.utf8', 'as_test.utf8']) if (existsSync(join(corpora, 'seg', f))) large.push(...linesOf(join(corpora, 'seg', f)));
  for (const f of [join('ner', 'msra', 'test.neutral.jsonl'), join('ner', 'cluener', 'dev.neutral.jsonl')]) if (existsSync(join(corpora, f))) large.push(...field(join(corpora, f), 'text'));
}

const SETS = {
  default: [{}, true],
  tokens: [{ quantities: false, entities: false }, true],
  nofacts: [{ facts: false }, true],
  pos: [{ pos: true }, true],
  userdict: [{ dictionaries: [join(root, 'examples', 'dict', 'anhui-names.tsv'), { name: 'own', entries: [{ name: '高纯硅', type: 'word' }] }] }, true],
  notrad: [{ traditional: false }, false],
  noent: [{ entities: false }, false],
  noqty: [{ quantities: false }, false],
  refdate: [{ referenceDate: '2024-06-30' }, false],
  keywords: [{ keywords: true }, false],
  textrank: [{ keywords: { top: 5, method: 'textrank' } }, false],
  nobuiltin: [{ builtinDictionary: false }, false],
};
const only = values.sets ? new Set(values.sets.split(',')) : null;
mkdirSync(values.dir, { recursive: true });
let same = true;
for (const [name, [options, all]] of Object.entries(SETS)) {
  if (only !== null && !only.has(name)) continue;
  const analyzer = pkg.createAnalyzer(options);
  const inputs = all ? [...small, ...large] : [...small, ...dense.slice(0, 300)];
  const out = inputs.map((text) => {
    try {
      return JSON.stringify(analyzer.analyze(text));
    } catch (error) {
      return `threw ${error?.constructor?.name}: ${error?.message}`;
    }
  });
  const file = join(values.dir, `${name}.jsonl`);
  if (mode === 'save') {
    writeFileSync(file, out.join('\n'));
    console.log(`${name}: ${inputs.length} inputs saved`);
    continue;
  }
  const before = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
  const k = out.findIndex((line, i) => line !== before[i]);
  if (k === -1 && before.length === out.length) console.log(`${name}: ${inputs.length} inputs, identical`);
  else {
    same = false;
    console.log(`${name}: DIFFERS${k >= 0 ? ` first at input ${k}: ${JSON.stringify(inputs[k]).slice(0, 120)}` : ' (input count)'}`);
  }
}
process.exit(same ? 0 : 1);
