import { defineConfig } from 'vitest/config';

// Long fuzz profiles (FUZZ_RUNS=n) multiply every property's runs by n, so the
// per-test time limit grows with them; the default profile keeps 2 minutes.
const runsFactor = Math.max(1, Number(process.env['FUZZ_RUNS'] ?? '1') || 1);

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'properties/**/*.test.ts', 'core/**/*.test.ts', 'spec/**/*.test.ts', 'adapters/**/*.test.ts'],
    testTimeout: 120_000 * runsFactor,
    hookTimeout: 120_000,
    // Every test must make at least one assertion (expect.hasAssertions for all):
    // a test that checks nothing fails instead of passing silently (REQ-TEST-001).
    expect: { requireAssertions: true },
    coverage: {
      provider: 'v8',
      include: ['core/**/*.ts'],
      exclude: ['core/**/*.test.ts'],
      thresholds: { 'core/**': { branches: 95 } },
      reporter: ['text-summary', 'json-summary', 'html'],
      reportsDirectory: 'reports/coverage',
    },
  },
});
