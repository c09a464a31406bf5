import type { Model, Solver } from 'z3-solver';
import { concolicRun, type ConcolicRun, type Formula, type Sym, type Term, type Z3 } from './concolicArithmetic.js';
import { q, type Q } from './Q.js';

/** A symbolic input of a theorem: a real, or an integer (seen by the kernel as a real). */
export interface InputDecl {
  readonly name: string;
  readonly sort: 'Real' | 'Int';
}

/** The verdict on one theorem (or lemma). */
export type Status = 'proved' | 'failed' | 'unknown';

/** What exploring every path of a theorem found. */
export interface Exploration {
  readonly status: Status;
  /** Paths (runs of the kernel) explored. */
  readonly paths: number;
  /** On `failed`: the inputs of a run on which the goal (or an obligation) is false. */
  readonly counterexample?: Readonly<Record<string, Q>>;
  /** On `failed`/`unknown`: what. */
  readonly detail?: string;
}

/** A theorem, stated over inputs: its domain, the code it runs, and what must hold on every path. */
export interface Statement {
  readonly inputs: readonly InputDecl[];
  /** The wire format's domain of the inputs (terms by name). */
  domain(Z: Z3, x: Readonly<Record<string, Term>>): Formula;
  /** Runs the kernel on the concolic inputs; returns the goal, a formula that must hold on the path. */
  run(Z: Z3, r: ConcolicRun, x: Readonly<Record<string, Sym>>): Formula;
}

/** The input terms of a statement, by name (integers as reals). */
export function inputTerms(Z: Z3, inputs: readonly InputDecl[]): Record<string, Term> {
  return Object.fromEntries(inputs.map((d) => [d.name, d.sort === 'Int' ? Z.ToReal(Z.Int.const(d.name)) : Z.Real.const(d.name)]));
}

/** The value of an input in a model, exactly. */
function valueOf(Z: Z3, m: Model<'main'>, d: InputDecl): Q {
  const e = d.sort === 'Int' ? m.eval(Z.Int.const(d.name), true) : m.eval(Z.Real.const(d.name), true);
  if (Z.isIntVal(e)) return q(e.value());
  if (Z.isRealVal(e)) {
    const v = e.value();
    return q(v.numerator, v.denominator);
  }
  throw new Error(`input ${d.name} has no rational value in the model (${e.sexpr()})`);
}

const valuesOf = (Z: Z3, m: Model<'main'>, inputs: readonly InputDecl[]): Record<string, Q> => Object.fromEntries(inputs.map((d) => [d.name, valueOf(Z, m, d)]));

/** One explored path: its fresh-integer definitions, its branch outcomes, its obligations and what the run returned. */
export interface PathOf<R> {
  readonly facts: readonly Formula[];
  readonly taken: readonly Formula[];
  readonly obligations: readonly Formula[];
  readonly result: R;
}

/**
 * Concolic exploration of every feasible path of `run` over `domain`: start
 * from one model of the domain, run the kernel on it (recording the path),
 * hand the path to `visit`, and for every branch beyond the part already
 * fixed, every outcome not taken that is feasible gives a model for a new
 * run. `visit` may stop the walk with a verdict. Ends when no path is left
 * (proved), `visit` stops it, or the solver or the deadline gives up.
 * `prefix` names the fresh integers (each path gets its own names).
 */
export async function walk<R>(
  Z: Z3,
  inputs: readonly InputDecl[],
  domain: Formula,
  run: (r: ConcolicRun, x: Readonly<Record<string, Sym>>) => R,
  deadline: number,
  visit: (path: PathOf<R>, solver: Solver<'main'>) => Promise<Exploration | undefined>,
  options: { readonly prefix?: string; readonly maxPaths?: number } = {},
): Promise<Exploration> {
  const maxPaths = options.maxPaths ?? 20_000;
  const x = inputTerms(Z, inputs);
  const first = await solve(Z, [domain], deadline);
  if (first.status !== 'sat') return { status: first.status === 'unsat' ? 'failed' : 'unknown', paths: 0, detail: 'the domain is empty or undecided' };
  const queue: { values: Record<string, Q>; fixed: number }[] = [{ values: valuesOf(Z, first.model, inputs), fixed: 0 }];
  let paths = 0;
  while (queue.length > 0) {
    if (paths >= maxPaths) return { status: 'unknown', paths, detail: `more than ${maxPaths} paths` };
    const { values, fixed } = queue.pop() as { values: Record<string, Q>; fixed: number };
    const r = concolicRun(Z, `${options.prefix ?? ''}p${paths}_`);
    paths++;
    const args = Object.fromEntries(inputs.map((d) => [d.name, r.input(x[d.name] as Term, values[d.name] as Q)]));
    const result = run(r, args);
    const solver = new Z.Solver();
    solver.add(domain);
    let branch = 0;
    const facts: Formula[] = [];
    const taken: Formula[] = [];
    const obligations: Formula[] = [];
    for (const e of r.events) {
      if (e.kind === 'fact') {
        solver.add(e.fact);
        facts.push(e.fact);
      } else if (e.kind === 'obligation') obligations.push(e.holds);
      else {
        if (branch >= fixed) {
          for (const other of e.others) {
            solver.push();
            solver.add(other);
            const res = await check(solver, deadline);
            if (res === 'unknown') return { status: 'unknown', paths, detail: 'a branch feasibility check was undecided' };
            if (res === 'sat') queue.push({ values: valuesOf(Z, solver.model(), inputs), fixed: branch + 1 });
            solver.pop();
          }
        }
        solver.add(e.taken);
        taken.push(e.taken);
        branch++;
      }
    }
    const stop = await visit({ facts, taken, obligations, result }, solver);
    if (stop !== undefined) return { ...stop, paths };
  }
  return { status: 'proved', paths };
}

/**
 * Proves a statement on every path: the goal and every obligation follow
 * from the domain and the path condition (their negation is unsatisfiable).
 */
export async function explore(Z: Z3, s: Statement, deadline: number, maxPaths = 20_000): Promise<Exploration> {
  const x = inputTerms(Z, s.inputs);
  return walk(
    Z,
    s.inputs,
    s.domain(Z, x),
    (r, args) => s.run(Z, r, args),
    deadline,
    async (path, solver) => {
      solver.push();
      solver.add(Z.Not(Z.And(path.result, ...path.obligations)));
      const res = await check(solver, deadline);
      if (res === 'sat') return { status: 'failed', paths: 0, counterexample: valuesOf(Z, solver.model(), s.inputs), detail: 'the goal is false on this path' };
      if (res === 'unknown') return { status: 'unknown', paths: 0, detail: 'the goal on a path was undecided' };
      solver.pop();
      return undefined;
    },
    { maxPaths },
  );
}

/** The values of the inputs in a model, exactly. */
export const modelValues = valuesOf;

async function check(solver: Solver<'main'>, deadline: number): Promise<'sat' | 'unsat' | 'unknown'> {
  const left = deadline - Date.now();
  if (left <= 0) return 'unknown';
  solver.set('timeout', Math.max(1, Math.floor(left)));
  return solver.check();
}

async function solve(Z: Z3, fs: readonly Formula[], deadline: number): Promise<{ status: 'sat'; model: Model<'main'> } | { status: 'unsat' | 'unknown' }> {
  const solver = new Z.Solver();
  solver.add(...fs);
  const res = await check(solver, deadline);
  return res === 'sat' ? { status: 'sat', model: solver.model() } : { status: res };
}

/** Proves `fs` jointly unsatisfiable (their conjunction never holds): one solver query. */
export async function refute(Z: Z3, fs: readonly Formula[], deadline: number): Promise<{ status: Status; model?: Model<'main'> }> {
  const r = await solve(Z, fs, deadline);
  return r.status === 'sat' ? { status: 'failed', model: r.model } : { status: r.status === 'unsat' ? 'proved' : 'unknown' };
}
