// Types for scripts/audit-bundle.mjs (a plain Node ESM script), for the TypeScript tests.

/** What `npm run mutate` records of a run (reports/mutation/run.json). */
export interface MutationRun {
  readonly commit: string;
  readonly workTreeClean: boolean | 'unknown';
  readonly mutate: string;
  readonly fuzzRuns: string;
  readonly node: string;
  readonly started: string;
  readonly finished: string;
  readonly seconds: number;
  readonly strykerExitCode: number;
  readonly incremental?: boolean;
}

/** The files whose change makes a mutation report stale. */
export const MUTATION_INPUTS: readonly string[];

/** The lines saying which commit the mutation report is of and whether it is stale. */
export function mutationProvenance(run: MutationRun | undefined, changed: readonly string[] | undefined): string[];

/** The mutation score and surviving mutants of a Stryker JSON report, as Markdown lines. */
export function mutationSection(report: unknown, when: string | undefined, provenance?: readonly string[]): string[];

/** The proofs section of the bundle's README: theorems, requirements, status, solver time; the wrong-kernel demonstrations. */
export function proofsSection(proofs: unknown): string[];
