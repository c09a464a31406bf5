// Types for scripts/bench.mjs (a plain Node ESM script), for the TypeScript tests.

export const PROPERTY_FILES: readonly { readonly file: string; readonly what: string; readonly requirement: string }[];
export const DOCS_BEGIN: string;
export const DOCS_END: string;
export function formatMs(ms: number | undefined): string;
export function renderDocs(report: unknown): string;
export function replaceDocsSection(text: string, section: string): string;
