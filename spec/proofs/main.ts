import { init } from 'z3-solver';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { THEOREMS } from './theorems.js';
import { qText } from './_internals/Q.js';
import type { Z3 } from './_internals/concolicArithmetic.js';

/** One line of `reports/proofs.json`: a theorem, the requirements it verifies, its verdict and solver time. */
export interface ProofRecord {
  readonly theorem: string;
  readonly requirements: readonly string[];
  readonly status: 'proved' | 'failed' | 'unknown';
  readonly ms: number;
  readonly paths: number;
  readonly statement: string;
  readonly bound?: string;
  readonly detail?: string;
  readonly counterexample?: Readonly<Record<string, string>>;
}

/**
 * Proves every theorem, each within `perTheoremMs`; prints one line per
 * theorem (proved / failed / unknown, solver time), writes
 * `reports/proofs.json` and returns whether all were proved.
 *
 * Implements REQ-PROOF-001.
 */
export async function proveAll(root: string, perTheoremMs: number, only?: string): Promise<boolean> {
  const { Context } = await init();
  const Z: Z3 = Context('main');
  const records: ProofRecord[] = [];
  for (const th of THEOREMS.filter((t) => only === undefined || t.name.includes(only))) {
    const t0 = Date.now();
    let r;
    try {
      r = await th.prove(Z, t0 + perTheoremMs);
    } catch (e) {
      r = { status: 'unknown' as const, paths: 0, detail: `the proof stopped: ${e instanceof Error ? e.message : String(e)}` };
    }
    const ms = Date.now() - t0;
    const rec: ProofRecord = {
      theorem: th.name,
      requirements: th.requirements,
      status: r.status,
      ms,
      paths: r.paths,
      statement: th.statement,
      ...(th.bound === undefined ? {} : { bound: th.bound }),
      ...(r.detail === undefined ? {} : { detail: r.detail }),
      ...(r.counterexample === undefined ? {} : { counterexample: Object.fromEntries(Object.entries(r.counterexample).map(([k, v]) => [k, qText(v)])) }),
    };
    records.push(rec);
    process.stdout.write(`${r.status.padEnd(8)} ${th.name} [${th.requirements.join(', ')}] ${ms} ms, ${r.paths} paths${th.bound === undefined ? '' : ` (${th.bound})`}${r.detail === undefined ? '' : `: ${r.detail}`}\n`);
    if (rec.counterexample !== undefined) process.stdout.write(`         counterexample: ${JSON.stringify(rec.counterexample)}\n`);
  }
  await mkdir(path.join(root, 'reports'), { recursive: true });
  await writeFile(path.join(root, 'reports', 'proofs.json'), `${JSON.stringify({ solver: 'z3-solver (WASM)', theorems: records }, null, 2)}\n`);
  const ok = records.length > 0 && records.every((r) => r.status === 'proved');
  process.stdout.write(`${records.filter((r) => r.status === 'proved').length}/${records.length} theorems proved\n`);
  return ok;
}
