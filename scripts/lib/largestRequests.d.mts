// Types for scripts/lib/largestRequests.mjs (a plain Node ESM module), for the TypeScript tests.

export interface BenchCase {
  readonly id: string;
  readonly command: string;
  readonly stress: string;
  readonly request: unknown;
}

export const DECODER_OF: Readonly<Record<string, string>>;

export function largestRequests(
  codecs: Readonly<Record<string, unknown>>,
  digits: { readonly integer: number; readonly fraction: number },
  accepts?: { readonly convert?: (request: unknown) => boolean },
): { readonly bounds: Readonly<Record<string, unknown>>; readonly cases: readonly BenchCase[] };
