// Types for scripts/verify-c.mjs (a plain Node ESM script), for the TypeScript tests.

export interface EvaResult {
  readonly summary: string;
  readonly alarms: number | undefined;
  readonly functionsAnalysed: number | undefined;
  readonly functionsTotal: number | undefined;
  readonly errorsOrWarnings: boolean;
  readonly alarmLines: readonly string[];
}

export const EVA_SOURCES: readonly string[];
export const EVA_OPTIONS: readonly string[];
export function parseEva(log: string): EvaResult;
export function runEva(root?: string): { readonly ok: boolean; readonly version: string | undefined; readonly result: EvaResult | undefined; readonly log: string };
export function reportMarkdown(version: string | undefined, result: EvaResult): string;
