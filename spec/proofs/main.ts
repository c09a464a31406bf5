import { init } from 'z3-solver';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EXTENDED_THEOREMS, THEOREMS } from './theorems.js';
import { ceilingDemonstration, midnightDemonstration, type Counterexample } from './wrongKernels.js';
import { compileCommand } from '../wire/commands/compile.js';
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
  // the extended theorems run only when named (they take longer than CI's time)
  const chosen = only === undefined ? THEOREMS : [...THEOREMS, ...EXTENDED_THEOREMS].filter((t) => t.name.includes(only));
  for (const th of chosen) {
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
  // the wrong kernels: each must fail, and its counterexample request must be refused by compile
  const demos: { name: string; theorem: string; ms: number; status: string; request?: unknown; refusedWith?: string; ok: boolean }[] = [];
  if (only === undefined || 'wrong-kernels'.includes(only)) {
    for (const demo of [ceilingDemonstration, midnightDemonstration]) {
      const t0 = Date.now();
      const c: Counterexample = await demo(Z, t0 + perTheoremMs);
      const ms = Date.now() - t0;
      // the wire command itdose compile runs (decoding the request as the CLI and the server do)
      const answer = c.request === undefined ? undefined : compileCommand.run(c.request).body;
      const errors = (answer?.ok === false ? answer['errors'] : undefined) as readonly { readonly code: string; readonly path: string }[] | undefined;
      const refused = errors?.find((e) => e.code === c.expect.code && e.path === c.expect.path);
      const ok = c.exploration.status === 'failed' && refused !== undefined;
      demos.push({ name: c.name, theorem: c.theorem, ms, status: c.exploration.status, ...(c.request === undefined ? {} : { request: c.request }), ...(refused === undefined ? {} : { refusedWith: refused.code }), ok });
      process.stdout.write(`${ok ? 'refuted ' : 'MISSED  '} wrong kernel "${c.name}" against ${c.theorem}: ${c.exploration.status} in ${ms} ms; compile ${refused === undefined ? 'did not refuse the counterexample' : `refuses it: ${refused.code}`}\n         model: ${JSON.stringify(c.model)}\n         request: ${JSON.stringify(c.request)}\n`);
    }
  }
  await mkdir(path.join(root, 'reports'), { recursive: true });
  await writeFile(path.join(root, 'reports', 'proofs.json'), `${JSON.stringify({ solver: 'z3-solver (WASM)', theorems: records, wrongKernels: demos }, null, 2)}\n`);
  const ok = records.length + demos.length > 0 && records.every((r) => r.status === 'proved') && demos.every((d) => d.ok);
  process.stdout.write(`${records.filter((r) => r.status === 'proved').length}/${records.length} theorems proved\n`);
  return ok;
}
