import { defineConfig } from 'vitest/config';

// Tests import the packages' TypeScript sources (the `source` export condition), so no build
// is needed to test; the CLI's end-to-end tests run its built `bin/dsl.js`.
export default defineConfig({
  resolve: { conditions: ['source', 'module', 'node', 'import', 'default'] },
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'import', 'default'], externalConditions: ['source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts', 'examples/*/test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    // The first test of an import file loads the TypeScript compiler (ts-morph): tens of seconds
    // on a busy 2-core machine, so 30 s timed out there while nothing hung.
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // One DSL_TEST_RUN id per run: every engine object a test creates is named with it.
    globalSetup: ['./test/support/global-setup.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    typecheck: { enabled: true, include: ['packages/*/src/**/*.test-d.ts', 'test/**/*.test-d.ts'], tsconfig: './tsconfig.test.json' },
  },
});
