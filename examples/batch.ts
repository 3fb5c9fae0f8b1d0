// A batch job: stream a JSON Lines file of documents through one analyzer, write one result per
// line, and total what was found. Memory stays flat however large the input is.
// (For several CPU cores use the bin: zh-analyze --jsonl --jobs 2 in.jsonl > out.jsonl)
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createAnalyzer } from 'zh-analyze';

const here = import.meta.dirname;
const work = mkdtempSync(join(tmpdir(), 'zh-analyze-batch-'));

// 1. Build an input file: one {"id", "text"} per paragraph of the example texts.
const input = join(work, 'news.jsonl');
const lines: string[] = [];
for (const file of readdirSync(join(here, 'texts')).sort()) {
  const paragraphs = readFileSync(join(here, 'texts', file), 'utf8').split(/\n\s*\n/);
  paragraphs.forEach((text, i) => text.trim() && lines.push(JSON.stringify({ id: `${file}#${i + 1}`, text: text.trim() })));
}
writeFileSync(input, `${lines.join('\n')}\n`);

// 2. Analyze line by line, writing results as they come (respecting backpressure).
const analyzer = createAnalyzer();
const output = join(work, 'results.jsonl');
const out = createWriteStream(output);
const money = new Map<string, number>();
const entityTypes = new Map<string, number>();
let documents = 0;
for await (const line of createInterface({ input: createReadStream(input), crlfDelay: Infinity })) {
  const { id, text } = JSON.parse(line) as { id: string; text: string };
  const result = analyzer.analyze(text);
  documents++;
  for (const q of result.quantities) {
    if (q.kind === 'money' && typeof q.value === 'number' && q.unit) money.set(q.unit, (money.get(q.unit) ?? 0) + q.value);
  }
  for (const e of result.entities) entityTypes.set(e.type, (entityTypes.get(e.type) ?? 0) + 1);
  if (!out.write(`${JSON.stringify({ id, ...result })}\n`)) await once(out, 'drain');
}
out.end();
await once(out, 'finish');

console.log(`analyzed ${documents} documents -> ${output}`);
console.log(`money mentioned, by currency: ${[...money].map(([unit, v]) => `${unit} ${v.toExponential(3)}`).join(', ') || '(none)'}`);
console.log(`entities by type: ${[...entityTypes].map(([t, n]) => `${t} ${n}`).join(', ') || '(none)'}`);
