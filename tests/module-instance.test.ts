// One module instance: a process that both imports and requires the built package (dist/) gets the
// same functions, error classes and default analyzer, and jieba's dictionaries are loaded once.
// A preloaded script counts the calls of load() on every instance of the native addon (require()
// and zh-analyze's own instance are both made through process.dlopen).
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const here = '[module-instance] ';
const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');

const COUNTER = `const { join, dirname } = require('node:path');
const dir = dirname(require.resolve('nodejieba/package.json', { paths: [${JSON.stringify(root)}] }));
const file = join(dir, 'build', 'Release', 'nodejieba.node');
let loads = 0;
const dlopen = process.dlopen;
// The addon's methods are read-only properties: each instance of it is handed out as a counting stand-in.
process.dlopen = function (module, filename, ...flags) {
  dlopen.call(process, module, filename, ...flags);
  if (filename !== file) return;
  const binding = module.exports;
  const counted = Object.create(null);
  for (const name of Object.getOwnPropertyNames(binding)) counted[name] = typeof binding[name] === 'function' ? binding[name].bind(binding) : binding[name];
  counted.load = (...args) => (loads++, binding.load(...args));
  module.exports = counted;
};
process.on('exit', () => process.stdout.write(JSON.stringify({ loads }) + '\\n'));
`;

/** Runs `script` (an ES module) with the load counter preloaded; returns its JSON line and the count. */
async function runCounted(script: string): Promise<{ out: Record<string, unknown>; loads: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'zh-analyze-instance-'));
  writeFileSync(join(dir, 'counter.cjs'), COUNTER);
  writeFileSync(join(dir, 'main.mjs'), script);
  const { stdout } = await exec(process.execPath, ['--require', join(dir, 'counter.cjs'), join(dir, 'main.mjs')], { cwd: dir });
  const [out, count] = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  return { out: out as Record<string, unknown>, loads: (count as { loads: number }).loads };
}

const TEXT = '2024年，兰州新区完成地区生产总值400亿元，同比增长6.5%。';

describe('import and require in one process', () => {
  it(`${here}share one instance of the library and load jieba's dictionaries once`, async () => {
    const { out, loads } = await runCounted(`import { createRequire } from 'node:module';
import * as esm from ${JSON.stringify(join(dist, 'index.js'))};
const cjs = createRequire(import.meta.url)(${JSON.stringify(join(dist, 'index.cjs'))});
const a = esm.analyze(${JSON.stringify(TEXT)});
const b = cjs.analyze(${JSON.stringify(TEXT)});
let sameError = false;
try { cjs.analyze(42); } catch (e) { sameError = e instanceof esm.InputError; }
console.log(JSON.stringify({
  analyze: esm.analyze === cjs.analyze,
  createAnalyzer: esm.createAnalyzer === cjs.createAnalyzer,
  defaults: esm.DEFAULT_OPTIONS === cjs.DEFAULT_OPTIONS,
  sameError,
  sameResult: JSON.stringify(a) === JSON.stringify(b),
}));
`);
    expect(out).toEqual({ analyze: true, createAnalyzer: true, defaults: true, sameError: true, sameResult: true });
    expect(loads).toBe(1);
  });

  it(`${here}zh-analyze/queue too: one instance, over the same library`, async () => {
    const { out, loads } = await runCounted(`import { createRequire } from 'node:module';
import * as esm from ${JSON.stringify(join(dist, 'queue.js'))};
import * as lib from ${JSON.stringify(join(dist, 'index.js'))};
const cjs = createRequire(import.meta.url)(${JSON.stringify(join(dist, 'queue.cjs'))});
lib.analyze('一');
console.log(JSON.stringify({ enqueue: esm.enqueue === cjs.enqueue, createWorker: esm.createWorker === cjs.createWorker, collect: esm.collect === cjs.collect }));
`);
    expect(out).toEqual({ enqueue: true, createWorker: true, collect: true });
    expect(loads).toBe(1);
  });
});
