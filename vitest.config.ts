import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const dist = fileURLToPath(new URL('./dist/index.js', import.meta.url));

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Builds dist/ when missing or stale: the CLI, examples and package tests use the build.
    globalSetup: ['tests/global-setup.ts'],
    projects: [
      { extends: true, test: { name: 'src', include: ['tests/**/*.test.ts'] } },
      {
        // The fixture suites once more, against the built package that users install.
        extends: true,
        test: {
          name: 'dist',
          alias: [{ find: /^(?:\.\.\/)+src\/index\.js$/, replacement: dist }],
          include: ['tests/quantity/fixtures.test.ts', 'tests/entity/entity.test.ts', 'tests/segment.test.ts', 'tests/analyze.test.ts'],
        },
      },
    ],
  },
});
