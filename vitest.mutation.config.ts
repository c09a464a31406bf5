import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The test files that replace modules (`vi.mock`) or change a module's state:
 * they run isolated, each in a fresh module graph. Every other file of the
 * mutation suite shares one module graph per worker, which halves the time of
 * each mutant's run. `test/meta/mutationConfig.test.ts` fails when a file that
 * mocks is missing here.
 */
export const ISOLATED_TESTS: readonly string[] = [
  'test/core/compile/compileBrokenLibrary.test.ts',
  'test/core/convert/convertDoseChain.test.ts',
  'test/core/library/brokenLibrary.test.ts',
  'test/core/limits/bolusLimits.test.ts',
  'test/core/refill/checkRefillBrokenLibrary.test.ts',
];

/** The files of the mutation suite: the unit tests of core/ and the properties. */
export const MUTATION_SUITE: readonly string[] = ['test/core/**/*.test.ts', 'properties/**/*.test.ts'];

// The suite Stryker runs for each mutant of core/ (npm run mutate), without
// the tests that spawn the CLI, pack the package, run the doc examples, lint
// or check the trace scripts: they test the shells around the core, take most
// of the suite's time, and kill no core mutant the core tests do not. (Not
// `mergeConfig`: it would append to the base config's `include` instead of
// replacing it.) The properties run a fifth of their default cases
// (FUZZ_RUNS=1/5, unless FUZZ_RUNS is set): each mutant reruns every property
// that reaches it, and the unit tests pin the known edge cases. A score
// measured so is a lower bound of the full suite's.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [],
    env: { ...base.test?.env, FUZZ_RUNS: process.env['FUZZ_RUNS'] ?? '1/5' },
    projects: [
      { extends: true, test: { name: 'isolated', include: [...ISOLATED_TESTS], isolate: true } },
      { extends: true, test: { name: 'shared', include: [...MUTATION_SUITE], exclude: [...ISOLATED_TESTS], isolate: false } },
    ],
  },
});
