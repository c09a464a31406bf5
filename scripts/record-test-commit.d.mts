// Types for scripts/record-test-commit.mjs (a plain Node ESM script), for the TypeScript tests.

export interface TestCommitRecord {
  readonly commit: string | null;
  readonly clean: boolean;
  readonly recordedAt: number;
}

export const META_PATH: string;
export function headCommit(root: string): string | undefined;
export function treeClean(root: string): boolean | undefined;
export function recordTestCommit(root: string, now?: number): Promise<TestCommitRecord>;
