// The install a user does: `npm pack` the library, install the tarball into a fresh project
// (nodejieba compiles there from source), then use it from ESM, CommonJS, TypeScript and the bin.
// Needs the npm registry (or npm's cache) for the dependencies; nothing else from the network.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const here = '[package] ';
const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string; files: string[] };
const SAMPLE = '2023年，山东省海洋生产总值达到1.7万亿元，同比增长6.2%，青岛西海岸新区新签约项目128个。';

let work: string;
let project: string;
let packed: string[];

async function run(file: string, args: string[], cwd = project): Promise<string> {
  // npm_config_yes=false: npm never answers npx's "Ok to proceed?" for the consumer. nodejieba's
  // install script (`npx @mapbox/node-pre-gyp`) works because zh-analyze depends on node-pre-gyp.
  const env = { ...process.env, npm_config_build_from_source: 'true', npm_config_yes: 'false' };
  const { stdout } = await exec(file, args, { cwd, maxBuffer: 64 << 20, env });
  return stdout;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'zh-analyze-pack-'));
  // --ignore-scripts: `prepare` would rebuild dist/ while other test files use it; globalSetup built it.
  const [info] = JSON.parse(await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], root)) as [
    { filename: string; files: { path: string }[] },
  ];
  packed = info.files.map((f) => f.path);
  project = join(work, 'consumer');
  await exec('mkdir', ['-p', project]);
  writeFileSync(join(project, '.npmrc'), 'fund=false\naudit=false\n');
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'zh-analyze-consumer', version: '1.0.0', private: true, allowScripts: { nodejieba: true, esbuild: true } }, null, 2),
  );
  await run('npm', ['install', '--no-package-lock', '--prefer-offline', join(work, info.filename)]);
}, 240_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  it(`${here}ships dist (ESM, CJS, both .d.ts, the bin and its worker), dict/ and the docs, not the sources`, () => {
    for (const file of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js', 'dist/cli-worker.js', 'dist/queue.js', 'dist/queue.cjs', 'dist/queue.d.ts', 'dist/queue.d.cts', 'package.json']) {
      expect(packed).toContain(file);
    }
    // The pages the README links to ship with it.
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const linked = [...new Set([...readme.matchAll(/\]\((docs\/[^)#\s]+)/g)].map((m) => m[1] as string))];
    expect(linked.length).toBeGreaterThan(0);
    for (const file of linked) expect(packed).toContain(file);
    for (const file of ['README.md', 'CHANGELOG.md']) if (pkg.files.includes(file) && exists(join(root, file))) expect(packed).toContain(file);
    if (exists(join(root, 'dict'))) expect(packed.some((f) => f.startsWith('dict/'))).toBe(true);
    expect(packed.filter((f) => /^(src|tests|examples|scripts)\//.test(f))).toEqual([]);
  });

  it(`${here}works from an ES module`, async () => {
    writeFileSync(
      join(project, 'esm.mjs'),
      `import { analyze, createAnalyzer, renderHtml, InputError } from 'zh-analyze';
import { createRequire } from 'node:module';
const cjs = createRequire(import.meta.url)('zh-analyze');
const text = ${JSON.stringify(SAMPLE)};
const r = analyze(text);
for (const s of [...r.tokens, ...r.quantities, ...r.entities]) if (text.slice(s.start, s.end) !== s.text) throw new Error('offsets');
let typeError = false;
try { analyze(42); } catch (e) { typeError = e instanceof TypeError && e instanceof InputError; }
const oneInstance = cjs.analyze === analyze && cjs.InputError === InputError;
console.log(JSON.stringify({ tokens: r.tokens.length, same: JSON.stringify(createAnalyzer().analyze(text)) === JSON.stringify(r), typeError, html: renderHtml(r).startsWith('<!DOCTYPE html>'), oneInstance }));`,
    );
    const out = JSON.parse(await run(process.execPath, ['esm.mjs']));
    expect(out).toEqual({ tokens: expect.any(Number), same: true, typeError: true, html: true, oneInstance: true });
    expect(out.tokens).toBeGreaterThan(10);
  });

  it(`${here}works from CommonJS`, async () => {
    writeFileSync(
      join(project, 'cjs.cjs'),
      `const { analyze } = require('zh-analyze');
const text = ${JSON.stringify(SAMPLE)};
const r = analyze(text);
console.log(JSON.stringify({ text: r.text === text, tokens: r.tokens.map((t) => t.text).join('') === text.replace(/\\s/g, '') }));`,
    );
    expect(JSON.parse(await run(process.execPath, ['cjs.cjs']))).toEqual({ text: true, tokens: true });
  });

  it(`${here}type-checks a TypeScript consumer against the shipped .d.ts (import and require)`, async () => {
    writeFileSync(
      join(project, 'consumer.ts'),
      `import { analyze, createAnalyzer, type Analysis, type Entity, type Quantity, type AnalyzerOptions } from 'zh-analyze';
const options: AnalyzerOptions = { pos: true, dictionaries: [{ entries: [{ name: '烟台港', type: 'enterprise' }] }] };
const result: Analysis = createAnalyzer(options).analyze(${JSON.stringify(SAMPLE)});
const first: Quantity | undefined = result.quantities[0];
const value: number | string | undefined = first?.value;
const types: Entity['type'][] = result.entities.map((e) => e.type);
// Quantity is discriminated by kind: a date's value is a string, every other kind's a number.
const readings = result.quantities.map((q) => {
  if (q.kind === 'money') return q.value.toFixed(2);
  if (q.kind === 'date') return q.value.padStart(4, '0');
  // @ts-expect-error a percent's value is a number
  q.kind === 'percent' && q.value.padStart(1);
  return q.value.toExponential();
});
// A fact's value is a figure (a number), its time a date (a string).
const facts = result.facts.map((f) => [f.value.value.toFixed(1), f.time?.value.slice(0, 4)] as const);
// @ts-expect-error analyze() takes a string
analyze(42);
// @ts-expect-error no such option
createAnalyzer({ colour: true });
export { value, types, readings, facts };
// zh-analyze/queue's types compile without bullmq installed (an optional peer dependency).
import { createWorker, enqueue, type Collected } from 'zh-analyze/queue';
export const queueApi: [typeof createWorker, typeof enqueue, Collected['seq']] | undefined = undefined;
`,
    );
    writeFileSync(
      join(project, 'consumer-cjs.cts'),
      `import zh = require('zh-analyze');\nimport queue = require('zh-analyze/queue');\nconst r: zh.Analysis = zh.analyze('一');\nexport = [r.tokens.length, typeof queue.collect];\n`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, types: [], skipLibCheck: false }, files: ['consumer.ts', 'consumer-cjs.cts'] }),
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    await expect(run(process.execPath, [tsc, '-p', 'tsconfig.json'])).resolves.toBe('');
  });

  it(`${here}installs the zh-analyze bin, which also runs worker threads from node_modules`, async () => {
    const bin = join(project, 'node_modules', '.bin', 'zh-analyze');
    expect((await run(bin, ['--version'])).trim()).toBe(pkg.version);
    writeFileSync(join(project, 'in.jsonl'), Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: i, text: `${SAMPLE}${i}` })).join('\n'));
    const lines = (await run(bin, ['--jsonl', '--jobs', '2', 'in.jsonl'])).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(Array.from({ length: 300 }, (_, i) => i));
  });
});

describe('zh-analyze/queue in a project without bullmq (an optional peer dependency, not installed)', () => {
  it(`${here}loads from ESM and CommonJS; using it names the packages to install; the queue commands too`, async () => {
    const call = "q.enqueue({ redis: 'redis://127.0.0.1:9', queue: 'q', documents: ['一'] }).catch((e) => console.log(e.message))";
    writeFileSync(join(project, 'queue.mjs'), `import * as q from 'zh-analyze/queue';\n${call};\n`);
    writeFileSync(join(project, 'queue.cjs'), `const q = require('zh-analyze/queue');\n${call};\n`);
    for (const file of ['queue.mjs', 'queue.cjs']) expect(await run(process.execPath, [file])).toContain('install them with `npm install bullmq ioredis`');
    const bin = join(project, 'node_modules', '.bin', 'zh-analyze');
    await expect(run(bin, ['worker', '--redis', 'redis://127.0.0.1:9', '--queue', 'q'])).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('npm install bullmq ioredis') });
  });
});

function exists(path: string): boolean {
  try {
    readFileSync(path);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EISDIR';
  }
}
