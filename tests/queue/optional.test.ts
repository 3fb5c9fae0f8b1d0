// bullmq and ioredis are optional peer dependencies: the library and the CLI's own commands never
// load them, and the queue commands say how to install them when they are missing. "Missing" is
// made real with a module-resolution hook that finds no such package.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, root } from '../cli/run-cli.js';

const exec = promisify(execFile);
const here = '[queue] ';
let dir: string;
let hook: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zh-analyze-optional-'));
  writeFileSync(
    join(dir, 'hooks.mjs'),
    `export async function resolve(specifier, context, next) {
  if (/^(bullmq|ioredis)(\\/|$)/.test(specifier)) {
    throw Object.assign(new Error(\`Cannot find package '\${specifier}'\`), { code: 'ERR_MODULE_NOT_FOUND' });
  }
  return next(specifier, context);
}
`,
  );
  hook = join(dir, 'register.mjs');
  writeFileSync(hook, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs node with bullmq and ioredis unresolvable; resolves to exit code, stdout and stderr. */
async function withoutBullmq(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = exec(process.execPath, ['--import', pathToFileURL(hook).href, ...args], { cwd: root });
  if (input !== undefined) child.child.stdin?.end(input);
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('bullmq is optional', () => {
  it(`${here}import 'zh-analyze' (ESM) and require('zh-analyze') (CommonJS) never load bullmq or ioredis`, async () => {
    const esm = `const { analyze } = await import(${JSON.stringify(pathToFileURL(join(root, 'dist', 'index.js')).href)});
console.log(analyze('2024年，江苏省进出口总额增长3.2%。').quantities.length);`;
    expect(await withoutBullmq(['--input-type=module', '-e', esm])).toMatchObject({ code: 0, stdout: '2\n' });
    const cjs = `const { analyze } = require(${JSON.stringify(join(root, 'dist', 'index.cjs'))});
analyze('一');
console.log(Object.keys(require.cache).filter((f) => /[\\\\/](bullmq|ioredis)[\\\\/]/.test(f)).length);`;
    expect(await withoutBullmq(['-e', cjs])).toMatchObject({ code: 0, stdout: '0\n' });
  });

  it(`${here}the CLI's own commands run without them`, async () => {
    const run = await withoutBullmq([CLI, '--jsonl'], '"上海市GDP增长5%。"\n');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).text).toBe('上海市GDP增长5%。');
  });

  it.each(['enqueue', 'worker', 'collect'])(`${here}zh-analyze %s says how to install them, exit code 1`, async (command) => {
    // Port 9 (discard) is never dialled: the command stops before it connects.
    const run = await withoutBullmq([CLI, command, '--redis', 'redis://127.0.0.1:9', '--queue', 'q'], '');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`zh-analyze ${command}: the queue needs the optional packages bullmq and ioredis: install them with \`npm install bullmq ioredis\``);
  });

  it(`${here}zh-analyze/queue loads without them and its functions reject with the same hint`, async () => {
    const esm = `const queue = await import(${JSON.stringify(pathToFileURL(join(root, 'dist', 'queue.js')).href)});
const reasons = [];
for (const call of [() => queue.enqueue({ redis: 'redis://127.0.0.1:9', queue: 'q', documents: ['一'] }), () => queue.createWorker({ redis: 'redis://127.0.0.1:9', queue: 'q' }), () => queue.collect({ redis: 'redis://127.0.0.1:9', queue: 'q' }).next()]) {
  await call().catch((e) => reasons.push(e.name + ': ' + e.message));
}
console.log(JSON.stringify(reasons));`;
    const run = await withoutBullmq(['--input-type=module', '-e', esm]);
    expect(run.code).toBe(0);
    const reasons = JSON.parse(run.stdout) as string[];
    expect(reasons).toHaveLength(3);
    for (const reason of reasons) expect(reason).toMatch(/^DependencyError: zh-analyze: the queue needs .*npm install bullmq ioredis/);
  });

  it(`${here}bad queue command lines exit 2 with a hint`, async () => {
    for (const args of [['worker', '--queue', 'q'], ['collect', '--redis', 'redis://x', '--queue', 'a:b'], ['worker', '--redis', 'redis://x', '--queue', 'q', '--concurrency', '0'], ['enqueue', '--redis', 'redis://x', '--queue', 'q', '--batch-size', '0'], ['enqueue', '--bogus']]) {
      const run = await withoutBullmq([CLI, ...args], '');
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("Try 'zh-analyze --help'");
    }
  });
});
