import { describe, expect, it } from 'vitest';
import { parseCommandLine, UsageError } from '../../src/cli/args.js';
import type { Analysis } from '../../src/index.js';
import { expectInvariants } from '../helpers/invariants.js';
import { runCli } from '../cli/run-cli.js';

const here = '[keywords/cli] ';
const text = '某县推进数字乡村建设，数字乡村服务站覆盖全部行政村，冷链物流网络延伸到村。';

describe('zh-analyze --keywords N', () => {
  it(`${here}parses a whole number from 1 to 1000 and refuses anything else`, () => {
    expect(parseCommandLine(['--keywords', '5']).keywords).toBe(5);
    expect(parseCommandLine([]).keywords).toBeNull();
    for (const bad of ['0', '-2', '1.5', 'ten', '1001', '']) expect(() => parseCommandLine(['--keywords', bad])).toThrow(UsageError);
  });

  it(`${here}adds keywords to the JSON result, and none without the flag`, async () => {
    const run = await runCli(['--keywords', '3', '-q'], text);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as Analysis;
    expectInvariants(result, text);
    expect(result.keywords).toHaveLength(3);
    expect(result.keywords!.map((k) => k.term)).toContain('乡村');
    const plain = JSON.parse((await runCli(['-q'], text)).stdout) as Analysis;
    expect('keywords' in plain).toBe(false);
  });

  it(`${here}lists them in the table format`, async () => {
    const run = await runCli(['--keywords', '2', '-q', '-f', 'table'], text);
    expect(run.stdout).toMatch(/^Keywords \(2\)\n {2}\S+ \d\.\d{3}, \S+ \d\.\d{3}$/m);
  });
});
