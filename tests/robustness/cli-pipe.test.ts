import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../cli/run-cli.js';

const here = '[robustness/cli-pipe] ';
const RUNS = 20;
const AT_ONCE = 4;
let file: string;

beforeAll(() => {
  const lines: string[] = [];
  for (let i = 0; i < 1500; i++) {
    const text = `第${i}号通知：某市经开区引进项目${i % 97}个，总投资${i}亿元，同比增长${i % 13}.5%。市发展改革委安排资金${i * 3}万元。`;
    lines.push(JSON.stringify({ id: i, text: text.repeat(4) }));
  }
  file = join(mkdtempSync(join(tmpdir(), 'zh-analyze-pipe-')), 'in.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
});

/** `zh-analyze --jsonl --jobs 2 [file] | head -1`: the reader closes the pipe after the first line. */
function runIntoHead(fromStdin: boolean): Promise<{ code: number | null; signal: string | null; stderr: string; first: string }> {
  return new Promise((resolve, reject) => {
    const args = ['--jsonl', '--jobs', '2', '-q', ...(fromStdin ? [] : [file])];
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      out += s;
      if (out.includes('\n')) child.stdout.destroy();
    });
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr, first: out.split('\n')[0] as string }));
    child.stdin.on('error', () => {});
    if (fromStdin) createReadStream(file).on('error', reject).pipe(child.stdin);
    else child.stdin.end();
  });
}

describe('the CLI with worker threads, when the reader closes the pipe', () => {
  it(`${here}exits 0 and quietly, ${RUNS} times out of ${RUNS} (file and stdin)`, async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < RUNS; i += AT_ONCE) {
      const batch = Array.from({ length: Math.min(AT_ONCE, RUNS - i) }, (_, j) => runIntoHead((i + j) % 2 === 1));
      for (const run of await Promise.all(batch)) {
        expect(JSON.parse(run.first)).toMatchObject({ id: 0 });
        outcomes.push(`exit ${run.code} ${run.signal ?? ''} ${run.stderr.trim().slice(0, 120)}`.trim());
      }
    }
    expect(outcomes).toEqual(Array.from({ length: RUNS }, () => 'exit 0'));
  }, 900_000); // 20 runs of two workers each loading a segmenter: about a minute on an idle machine
});
