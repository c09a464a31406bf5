// Types for scripts/lib/benchWorkloads.mjs (a plain Node ESM module), for the TypeScript tests.

export const VECTOR_COMMANDS: readonly string[];

export function everydayWorkloads(
  demoRequest: Readonly<Record<string, unknown>>,
  vectors: readonly { readonly command: string; readonly name: string; readonly request: unknown }[],
  exitCodeOf: (command: string, request: unknown) => number,
): { readonly id: string; readonly command: string; readonly label: string; readonly request: unknown; readonly before?: string }[];
