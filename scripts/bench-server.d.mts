// Types for scripts/bench-server.mjs (a plain Node ESM script), for the TypeScript tests.

export const TARGET: { readonly requestsPerSecond: number; readonly p99Ms: number };
export const LIMITS: { readonly maxSeconds: number; readonly maxConnections: number; readonly maxWarmup: number; readonly maxWorkers: number };
export const DOCS_BEGIN: string;
export const DOCS_END: string;
export const NOT_MEASURED: { readonly auditOff: string };
export const AUDITED_RUNS: readonly string[];
export function meets(run: { requestsPerSecond: number; p99Ms: number | null }): boolean;
export function continuousCompileVector(): { name: string; request: unknown };
export function percentile(sorted: readonly number[], p: number): number | null;
export function formatMs(ms: number | null | undefined): string;
export function problemsOf(run: unknown): string[];
export function renderDocs(report: unknown): string;
export function replaceDocsSection(text: string, section: string): string;
