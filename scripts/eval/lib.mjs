// Shared helpers of the eval sections.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The built package (npm run eval builds it first). */
export async function loadPackage(root) {
  return import(join(root, 'dist', 'index.js'));
}

export function readLines(path) {
  let text = readFileSync(path, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function readJsonl(path) {
  return readLines(path).filter((l) => l.trim()).map((l) => JSON.parse(l));
}

export function writeJsonl(path, rows) {
  writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
}

/** Runs a scorer from shared/tools and returns its parsed --json output. */
export function runScorer(tools, script, args) {
  const out = execFileSync(process.execPath, [join(tools, script), ...args, '--json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return JSON.parse(out.trim().split('\n').pop());
}

export const pct = (x, digits = 2) => (x * 100).toFixed(digits);
export const f3 = (x) => x.toFixed(3);

/** Prints rows of equal-length arrays as a Markdown table. */
export function table(header, rows) {
  console.log(`| ${header.join(' | ')} |`);
  console.log(`| ${header.map(() => '---').join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}
