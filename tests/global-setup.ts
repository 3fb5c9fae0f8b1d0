// Builds dist/ before the tests when it is missing or older than the sources: the CLI, the
// examples and the package tests run the built package, as users do. A fresh clone has no dist/.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const OUTPUTS = ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'cli.js', 'cli-worker.js', 'queue.js', 'queue.cjs', 'queue.d.ts', 'queue.d.cts'];
const INPUTS = ['src', 'package.json', 'tsup.config.ts'];

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export function distIsStale(): boolean {
  const outputs = OUTPUTS.map((f) => join(root, 'dist', f));
  if (!outputs.every(existsSync)) return true;
  const built = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  return INPUTS.some((p) => existsSync(join(root, p)) && newest(join(root, p)) > built);
}

export default function setup(): void {
  if (!distIsStale()) return;
  execFileSync(process.execPath, [join(root, 'node_modules', 'tsup', 'dist', 'cli-default.js')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
