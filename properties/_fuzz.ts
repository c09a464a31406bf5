import { fuzzProfile } from './_internals/fuzzProfile.js';

/**
 * The fast-check parameters of the properties written before
 * `properties/_internals/fuzzProfile.ts` landed; now the same profile (seed,
 * FUZZ_SEED, FUZZ_RUNS, case recording). New properties call `fuzzProfile`.
 */
export const params = (numRuns: number): ReturnType<typeof fuzzProfile> => fuzzProfile(numRuns);
