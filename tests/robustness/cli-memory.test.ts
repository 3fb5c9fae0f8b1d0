import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI } from '../cli/run-cli.js';

const here = '[robustness/cli-memory] ';
const HEAP_MB = 48;
const INPUT_MB = 96;

/**
 * Streams INPUT_MB of JSONL (twice the heap) through `zh-analyze --jsonl` whose V8 heap is capped at HEAP_MB: a
 * command that buffered its input or its output would run out of memory long before the end.
 */
describe('the CLI in --jsonl mode', () => {
  it(`${here}streams ${INPUT_MB} MB through a ${HEAP_MB} MB heap`, async () => {
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, CLI, '--jsonl', '-q'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const filler = 'Lanzhou New Area '.repeat(110);
    let outLines = 0;
    let lastLine = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const parts = (lastLine + chunk).split('\n');
      lastLine = parts.pop() as string;
      outLines += parts.length;
      for (const p of parts) if (!p.includes('"兰州新区"')) throw new Error(`unexpected output line: ${p.slice(0, 80)}`);
    });
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const done = new Promise<number | null>((resolve) => child.on('close', resolve));
    let written = 0;
    let lines = 0;
    while (written < INPUT_MB * 1e6) {
      const line = JSON.stringify({ id: lines, text: `${filler}兰州新区${lines}` }) + '\n';
      written += Buffer.byteLength(line);
      lines++;
      if (!child.stdin.write(line)) await new Promise((r) => child.stdin.once('drain', r));
    }
    child.stdin.end();
    const code = await done;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(outLines).toBe(lines);
  }, 600_000);
});
