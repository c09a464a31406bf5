// Types for scripts/lib/randomRequests.mjs (a plain Node ESM module), for the TypeScript tests.

export interface RandomRequest {
  readonly command: string;
  readonly origin: string;
  readonly text?: string | null;
  readonly bytes?: Buffer;
}

export interface Vector {
  readonly name: string;
  readonly command: string;
  readonly request?: unknown;
  readonly raw?: string;
}

export const REQUEST_COMMANDS: readonly string[];
export const LISTING_COMMANDS: readonly string[];

export function prng(seed: number): {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
  chance(p: number): boolean;
};

export function requestSource(
  seed: number,
  opts: {
    readonly bounds: { readonly MAX_PER_DAY_ENTRIES: number; readonly MAX_COUNT: number; readonly MAX_RESERVOIR_DRUGS: number };
    readonly pumpNames: readonly string[];
    readonly vectors: readonly Vector[];
  },
): { next(): RandomRequest };
