import type { Z3 } from './_internals/concolicArithmetic.js';
import type { Exploration } from './_internals/explore.js';

/**
 * A theorem about the safety kernel, proved by Z3 over the code that runs
 * (see `_internals/concolicArithmetic.ts`): its stable name, the requirement
 * IDs it verifies, what it states, and the proof.
 *
 * Implements REQ-PROOF-001.
 */
export interface Theorem {
  readonly name: string;
  readonly requirements: readonly string[];
  readonly statement: string;
  /** The largest instance proved (steps, boluses), when the theorem is bounded. */
  readonly bound?: string;
  prove(Z: Z3, deadline: number): Promise<Exploration>;
}

/** The first verdict that is not `proved` among several parts, or `proved` with the paths summed. */
export async function allOf(parts: readonly (() => Promise<Exploration & { part?: string }>)[], names: readonly string[]): Promise<Exploration> {
  let paths = 0;
  for (const [i, part] of parts.entries()) {
    const r = await part();
    paths += r.paths;
    if (r.status !== 'proved') return { ...r, paths, detail: `${names[i] ?? `part ${i}`}: ${r.detail ?? r.status}` };
  }
  return { status: 'proved', paths };
}
