import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// The suite Stryker runs for each mutant of core/: the unit tests of core/ and
// the properties, without the tests that spawn the CLI, pack the package, run
// the doc examples, lint or check the trace scripts (they test the shells
// around the core, take most of the suite's time, and kill no core mutant the
// core tests do not). Not `mergeConfig`: it would append this `include` to the
// base config's instead of replacing it. The properties run a fifth of their
// default cases (FUZZ_RUNS=1/5, unless FUZZ_RUNS is set): each mutant reruns
// every property that reaches it, and the unit tests pin the known edge cases.
// A score measured so is a lower bound of the full suite's.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['test/core/**/*.test.ts', 'properties/**/*.test.ts'],
    env: { ...base.test?.env, FUZZ_RUNS: process.env['FUZZ_RUNS'] ?? '1/5' },
  },
});
