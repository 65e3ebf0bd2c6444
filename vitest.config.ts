import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const shared = {
  resolve: { alias: { '@': root } },
  oxc: { jsx: { runtime: 'automatic' as const } },
};

export default defineConfig({
  test: {
    // The JSON report lets .ci/run print one "N passed, N failed" line for every suite together.
    reporters: ['default', 'json'],
    outputFile: { json: '.artifacts/test-results.json' },
    projects: [
      {
        ...shared,
        test: { name: 'unit', environment: 'node', include: ['tests/lib/**/*.test.ts'] },
      },
      {
        ...shared,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['tests/components/**/*.test.tsx'],
          setupFiles: ['tests/components/setup.ts'],
        },
      },
      {
        ...shared,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          // One production build and server for the whole browser suite.
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
