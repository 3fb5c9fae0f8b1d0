// Issue #12, item 9: a 50 MB single text document. Its JSON result would pass V8's longest string
// ("Invalid string length"); the command line refuses it before analysis, saying how to split it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_CHARS } from '../../src/cli/limits.js';
import { runCli } from '../cli/run-cli.js';

const here = '[robustness/cli-large-document] ';
const SENTENCE = '2024年，某市完成地区生产总值1200亿元，同比增长5.2%，新增企业836家。\n';

describe('zh-analyze with a document above its limit', () => {
  it(`${here}refuses a 50 MB text file at once (exit 1, no output) with advice on splitting it`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zh-analyze-large-'));
    const file = join(dir, 'big.txt');
    const bytes = Buffer.byteLength(SENTENCE);
    writeFileSync(file, SENTENCE.repeat(Math.ceil(50e6 / bytes)));
    for (const args of [[file], ['--html', join(dir, 'big.html'), file]]) {
      const run = await runCli(args);
      expect(run.stdout).toBe('');
      expect(run.stderr).not.toContain('Invalid string length');
      expect(run.stderr).toMatch(/^zh-analyze: \S*big\.txt: a document of [\d,]+ characters is more than the command line analyzes at once \(5,000,000\); split it .*jq -R \. FILE \| zh-analyze --jsonl\n$/);
      expect(run.code).toBe(1);
    }
  }, 300_000);

  it(`${here}refuses such a document on one JSONL line with file:line, and analyzes the other lines`, async () => {
    const big = JSON.stringify({ id: 'big', text: '一'.repeat(MAX_DOCUMENT_CHARS + 1) });
    const input = [JSON.stringify({ id: 'a', text: SENTENCE }), big, JSON.stringify({ id: 'b', text: SENTENCE })].join('\n');
    const run = await runCli(['--jsonl'], input);
    expect(run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'b']);
    expect(run.stderr).toContain('zh-analyze: stdin:2: a document of 5,000,001 characters is more than the command line analyzes at once (5,000,000); split its text over several lines\n');
    expect(run.code).toBe(1);
  }, 300_000);
});
