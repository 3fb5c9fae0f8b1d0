// Runs every example the way the docs say (tsx, against the built package) so they never rot.
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const here = '[examples] ';
const root = resolve(import.meta.dirname, '..');

async function runExample(name: string): Promise<string> {
  const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', join('examples', name)], { cwd: root, maxBuffer: 16 << 20 });
  expect(stderr).toBe('');
  return stdout;
}

describe('examples/', () => {
  it(`${here}every example has a test here`, () => {
    expect(readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.ts')).sort()).toEqual(['basic.ts', 'batch.ts', 'user-dictionary.ts']);
  });

  it(`${here}basic.ts prints tokens, quantities, entities and facts with offsets that check out`, async () => {
    const out = await runExample('basic.ts');
    expect(out).toMatch(/^text: 74 characters, \d+ tokens\n/);
    expect(out).toMatch(/\nquantities \(\d+\):\n/);
    expect(out).toMatch(/\nentities \(\d+\):\n/);
    expect(out).toContain('[67, 73) 约215亿元  ->  money 21500000000 CNY (about)');
    expect(out).toContain('[30, 35) 29.5%  ->  percent 29.5 %');
    expect(out).toContain('合肥经济技术开发区  ->  zone');
    expect(out).toMatch(/\nfacts \(4\):\n/);
    expect(out).toContain('29.5%  ->  subject 安徽省, indicator 新能源汽车产量 (产量), time 2024, change up');
    expect(out).toContain('约215亿元  ->  subject 合肥经济技术开发区, indicator 固定资产投资 (固定资产投资), time 2024');
    expect(out).toContain('all offsets check out');
  });

  it(`${here}user-dictionary.ts loads a TSV file and in-memory entries`, async () => {
    const out = await runExample('user-dictionary.ts');
    expect(out).toMatch(/^entities \(\d+\):\n/);
    expect(out).toContain('江淮云谷  ->  enterprise, source user, canonical 江淮云谷科技有限公司');
    expect(out).toContain('巢湖岸线生态修复工程  ->  project, source user, canonical 巢湖岸线生态修复和保护工程');
    expect(out).toContain('滨湖科学城  ->  zone, source user, canonical 合肥滨湖科学城');
    expect(out).toContain('options: {"dictionaries":2,"builtin":true}');
  });

  it(`${here}batch.ts streams every paragraph of examples/texts through one analyzer`, async () => {
    const out = await runExample('batch.ts');
    expect(out).toMatch(/^analyzed 13 documents -> .*results\.jsonl\n/);
    expect(out).toMatch(/\nmoney mentioned, by currency: CNY [\d.]+e\+\d+, USD [\d.]+e\+\d+.*\nentities by type: .*zone \d+.*\n$/);
  });
});
