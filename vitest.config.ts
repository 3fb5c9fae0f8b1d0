import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Builds dist/ when missing or stale: the CLI, examples and package tests use the build.
    globalSetup: ['tests/global-setup.ts'],
  },
});
