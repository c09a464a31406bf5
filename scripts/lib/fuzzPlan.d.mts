// Types for scripts/lib/fuzzPlan.mjs (a plain Node ESM module), for the TypeScript tests.

export const TARGET_CASES: number;
export function countPropertySites(text: string): number;
export function timeBoxMs(o: { budgetSeconds: number; workers: number; properties: number }): number;
export interface FuzzRecord { cases?: number; defaultRuns?: number; ms?: number; reachedShare?: number; drawn?: number; file?: string; test?: string }
export function readRecords(text: string): FuzzRecord[];
export function areaOf(file: string | undefined): string;
export interface PropertySummary { file: string; test: string; cases: number; defaultRuns: number; ms: number; casesPerSecond: number | null; atLeastDefault: boolean; reachedShare?: number }
export interface FuzzSummary {
  cases: number;
  target: number;
  reachedTarget: boolean;
  casesPerSecond: number | null;
  belowDefault: string[];
  distribution: { area: string; properties: number; cases: number; share: number }[];
  properties: PropertySummary[];
}
export function summarise(records: readonly FuzzRecord[], o: { seconds: number; target?: number }): FuzzSummary;
