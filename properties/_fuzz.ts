/**
 * Temporary local fast-check parameters until properties/_internals/fuzzProfile.ts lands.
 */
export const params = (numRuns: number): { seed: number; numRuns: number } => ({
  seed: Number(process.env['FUZZ_SEED'] ?? 42),
  numRuns: numRuns * Number(process.env['FUZZ_RUNS'] ?? 1),
});
