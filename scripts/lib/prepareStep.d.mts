// Types for scripts/lib/prepareStep.mjs (a plain Node ESM module), for the TypeScript tests.

export function prepareAction(env: Readonly<Record<string, string | undefined>>, built: boolean): 'build' | 'use-existing';
