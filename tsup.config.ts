import { resolve } from 'node:path';
import type { Plugin, PluginBuild } from 'esbuild';
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
 * their CommonJS build, so a process that both imports and requires zh-analyze gets one default
 * analyzer, one set of error classes, and loads jieba's dictionaries once (about 1.2 s and 300 MB
 * each time). The wrapper requires the CommonJS file and names its exports (read from the entry by
 * esbuild at build time) rather than `export * from "./index.cjs"`: for that, Node would first scan
 * the whole 400 KB CommonJS file for its export names, about 60 ms of every process's start.
 */
const esmOverCjs = (entry: string, cjs: string): Plugin => ({
  name: 'esm-over-cjs',
  setup(build) {
    if (build.initialOptions.format !== 'esm') return;
    const file = resolve(entry);
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path !== file) return undefined;
      const names = await exportNames(build, file);
      const contents =
        `import { createRequire } from "node:module";\n` +
        `const library = createRequire(import.meta.url)(${JSON.stringify(cjs)});\n` +
        `export const { ${names.join(', ')} } = library;\n`;
      return { contents, loader: 'js', resolveDir: resolve('src') };
    });
  },
});

/** The names `file` exports at run time (types left out), as esbuild bundles it. */
async function exportNames(build: PluginBuild, file: string): Promise<string[]> {
  const result = await build.esbuild.build({
    entryPoints: [file],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'node',
    outdir: 'out',
    external: shared.external as string[],
    logLevel: 'silent',
  });
  const outputs = Object.values(result.metafile.outputs).filter((o) => o.entryPoint !== undefined);
  const names = outputs[0]?.exports ?? [];
  if (outputs.length !== 1 || names.length === 0) throw new Error(`esm-over-cjs: no export names found for ${file}`);
  return [...names].sort();
}

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
