import { resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

const LIBRARY_ENTRY = resolve('src/index.ts');

/**
 * The bin and its worker import the library through `src/index.ts`; in the build that import
 * becomes `./index.js`, the library's own ESM output, so the library is shipped (and loaded) once.
 */
const libraryAsSibling: Plugin = {
  name: 'library-as-sibling',
  setup(build) {
    build.onResolve({ filter: /\/index\.js$/ }, (args) => {
      const target = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
      return target === LIBRARY_ENTRY ? { path: './index.js', external: true } : undefined;
    });
  },
};

const shared: Options = {
  sourcemap: true,
  shims: true,
  target: 'node18',
  platform: 'node',
  external: ['nodejieba', 'opencc-js'],
};

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // Built in parallel with the bin below: keep its files when cleaning.
    clean: ['!cli.js', '!cli.js.map', '!cli-worker.js', '!cli-worker.js.map'],
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
