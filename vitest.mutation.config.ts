import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// The suite Stryker runs for each mutant of core/: the unit tests of core/ and
// the properties, without the tests that spawn the CLI, pack the package, run
// the doc examples, lint or check the trace scripts (they test the shells
// around the core, take most of the suite's time, and kill no core mutant the
// core tests do not).
export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: ['test/core/**/*.test.ts', 'properties/**/*.test.ts'],
    },
  }),
);
