import { resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

const LIBRARY_ENTRY = resolve('src/index.ts');

/**
 * The bin, its worker and zh-analyze/queue import the library through `src/index.ts`; in the build
 * that import becomes `./index.js` (`./index.cjs` in CommonJS), the library's own output, so the
 * library is shipped (and loaded) once.
 */
const libraryAsSibling: Plugin = {
  name: 'library-as-sibling',
  setup(build) {
    const sibling = build.initialOptions.format === 'cjs' ? './index.cjs' : './index.js';
    build.onResolve({ filter: /\/index\.js$/ }, (args) => {
      const target = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
      return target === LIBRARY_ENTRY ? { path: sibling, external: true } : undefined;
    });
  },
};

/**
 * One module instance: the ESM entries (`index.js`, `queue.js`) are thin wrappers that re-export
 * their CommonJS build (`export * from "./index.cjs"`), so a process that both imports and requires
 * zh-analyze gets one default analyzer, one set of error classes, and loads jieba's dictionaries once
 * (about 1.2 s and 300 MB each time). Node finds the CommonJS names through esbuild's export annotation.
 */
const esmOverCjs = (entry: string, cjs: string): Plugin => ({
  name: 'esm-over-cjs',
  setup(build) {
    if (build.initialOptions.format !== 'esm') return;
    const file = resolve(entry);
    build.onLoad({ filter: /\.ts$/ }, (args) =>
      args.path === file ? { contents: `export * from ${JSON.stringify(cjs)};\n`, loader: 'js', resolveDir: resolve('src') } : undefined,
    );
    build.onResolve({ filter: /\.cjs$/ }, (args) => (args.path === cjs ? { path: cjs, external: true } : undefined));
  },
});

const shared: Options = {
  sourcemap: true,
  shims: true,
  target: 'node20',
  platform: 'node',
  // bullmq and ioredis: optional peer dependencies, imported only when the queue is used.
  external: ['nodejieba', 'opencc-js', 'bullmq', 'ioredis'],
};

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    esbuildPlugins: [esmOverCjs('src/index.ts', './index.cjs')],
    // Built in parallel with the bin below: keep its files when cleaning.
    clean: ['!cli.js', '!cli.js.map', '!cli-worker.js', '!cli-worker.js.map', '!queue.*'],
  },
  {
    // zh-analyze/queue: its own entry that loads the library as a sibling, not a second copy of it.
    ...shared,
    entry: { queue: 'src/queue/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    esbuildPlugins: [esmOverCjs('src/queue/index.ts', './queue.cjs'), libraryAsSibling],
  },
  {
    ...shared,
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    dts: false,
    splitting: false,
    clean: false,
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [libraryAsSibling],
  },
]);
