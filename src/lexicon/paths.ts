import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DependencyError } from '../errors.js';

let memo: string | undefined;

/**
 * The package's `dict/` folder. Found by walking up from this module to the zh-analyze package
 * root, so it resolves the same from `src/` (tests), `dist/` (ESM and CJS builds) and node_modules.
 */
export function dictDir(): string {
  if (memo) return memo;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && existsSync(join(dir, 'dict')) && isThisPackage(pkg)) {
      memo = join(dir, 'dict');
      return memo;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new DependencyError('the dict/ folder of zh-analyze was not found', undefined);
    dir = parent;
  }
}

function isThisPackage(pkg: string): boolean {
  try {
    return (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'zh-analyze';
  } catch {
    return false;
  }
}

/** Path of a file inside `dict/`. */
export function dictPath(...parts: string[]): string {
  return join(dictDir(), ...parts);
}
