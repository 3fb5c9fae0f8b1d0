import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/**
 * Path of a file of jieba's own dictionary folder (`submodules/cppjieba/dict/` of the nodejieba
 * package, MIT): read where nodejieba is installed, so zh-analyze ships no copy of it.
 */
export function jiebaDictPath(file: string): string {
  let pkg: string;
  try {
    pkg = createRequire(import.meta.url).resolve('nodejieba/package.json');
  } catch (cause) {
    throw new DependencyError('nodejieba is not installed (npm install nodejieba)', cause);
  }
  return join(dirname(pkg), 'submodules', 'cppjieba', 'dict', file);
}
