#!/usr/bin/env node
// npm run dict:check — validates every dict/**/*.tsv: a `# columns:` header naming the tab-separated
// columns ([name] marks an optional one), the column count of each line, no empty required column,
// no duplicate line, entries sorted by the first column (code-point order; a name may take several
// lines when its other columns differ), UTF-8 without BOM, LF line endings. Exits 1 and lists every problem when a file is invalid.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dict = join(root, 'dict');
const problems = [];
let files = 0;
let entries = 0;

function* walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (name.endsWith('.tsv')) yield path;
  }
}

for (const path of walk(dict)) {
  files++;
  const file = relative(root, path);
  const buffer = readFileSync(path);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) problems.push(`${file}: starts with a BOM`);
  const text = buffer.toString('utf8');
  if (text.includes('\r')) problems.push(`${file}: has CR characters (use LF line endings)`);
  if (text.includes('\ufffd')) problems.push(`${file}: is not valid UTF-8`);
  const lines = text.split('\n');
  const header = lines.find((l) => l.startsWith('# columns:'));
  if (!header) {
    problems.push(`${file}: no "# columns:" header comment`);
    continue;
  }
  const columns = header.slice('# columns:'.length).trim().split('\t').map((c) => c.trim());
  const required = columns.filter((c) => !c.startsWith('[')).length;
  let previous = null;
  const seen = new Set();
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    entries++;
    const cells = line.split('\t');
    const where = `${file}:${i + 1}`;
    if (cells.length < required || cells.length > columns.length) {
      problems.push(`${where}: ${cells.length} columns, expected ${required === columns.length ? required : `${required} to ${columns.length}`} (${columns.join(', ')})`);
    }
    cells.slice(0, required).forEach((cell, k) => {
      if (!cell.trim()) problems.push(`${where}: column "${columns[k]}" is empty`);
    });
    const key = cells[0];
    const whole = cells.join('\t');
    if (seen.has(whole)) problems.push(`${where}: duplicate entry "${whole.replace(/\t/g, ' | ')}"`);
    seen.add(whole);
    if (previous !== null && key < previous) problems.push(`${where}: "${key}" is out of order (after "${previous}")`);
    previous = key;
  });
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\ndict:check: ${problems.length} problem(s) in ${files} file(s).`);
  process.exit(1);
}
console.log(`dict:check: ${files} file(s), ${entries} entries, all valid.`);
