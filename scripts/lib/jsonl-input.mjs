// The JSONL input the command-line and queue benches share: the bench lines as { id, text }, repeated
// up to `mb` megabytes, and a one-line file to time start-up with.
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeJsonlInput(dir, lines, mb) {
  const input = join(dir, 'in.jsonl');
  const base = lines.map((l, i) => JSON.stringify({ id: i, text: l })).join('\n');
  let body = base;
  while (Buffer.byteLength(body) < mb * 1e6) body += `\n${base}`;
  writeFileSync(input, `${body}\n`);
  const tiny = join(dir, 'tiny.jsonl');
  writeFileSync(tiny, `${JSON.stringify(lines[0] ?? '一')}\n`);
  return { input, tiny, bytes: statSync(input).size, docs: body.split('\n').length };
}
