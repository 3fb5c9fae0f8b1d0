// The bench text: the SIGHAN PKU and MSR test inputs and the seed article from the corpora (read at
// bench time, never copied), repeated to the wanted size; without the corpora, the project's own
// example texts repeated.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function benchText(corpora, mb) {
  const files = [join(corpora, 'seg', 'pku_test.utf8'), join(corpora, 'seg', 'msr_test.utf8')];
  const seedDir = join(corpora, 'seed');
  if (existsSync(seedDir)) for (const f of readdirSync(seedDir)) if (f.endsWith('.txt')) files.push(join(seedDir, f));
  let lines = [];
  let source;
  if (files.every(existsSync)) {
    for (const f of files) lines.push(...read(f));
    source = 'SIGHAN PKU + MSR test inputs and the seed article';
  } else {
    const examples = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'texts');
    for (const f of readdirSync(examples)) lines.push(...read(join(examples, f)));
    source = 'examples/texts (corpora not found)';
  }
  lines = lines.filter((l) => l.trim());
  const base = lines.slice();
  while (Buffer.byteLength(lines.join('\n')) < mb * 1e6) lines.push(...base);
  return { text: lines.join('\n'), lines, source };
}

function read(path) {
  let t = readFileSync(path, 'utf8');
  if (t.charCodeAt(0) === 0xfeff) t = t.slice(1);
  return t.split(/\r?\n/);
}
