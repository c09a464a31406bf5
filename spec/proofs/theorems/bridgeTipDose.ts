import { DAY_SECONDS, type DailyProgram } from '../../../core/kernel/DailyProgram.js';
import { planBridge } from '../../../core/kernel/bridge/planBridge.js';
import { tipDose24h } from '../../../core/kernel/bridge/tipDose24h.js';
import type { DeliveryPlan, FluidPath } from '../../../core/kernel/bridge/DeliveryPlan.js';
import type { ExactArithmetic } from '../../../core/arith/ExactArithmetic.js';
import type { Formula, Sym, Term, Z3 } from '../_internals/concolicArithmetic.js';
import { explore, type Exploration, type InputDecl } from '../_internals/explore.js';
import { allOf, type Theorem } from '../Theorem.js';

const DAY = Number(DAY_SECONDS);
/** The switch grid `bridge` plans on (whole minutes, s). */
const SWITCH_GRID = 60n;

/**
 * One change of fluid, one drug: the old and the new concentration and the
 * new continuous program's flow, fixed (base units: 0.001 mg/mL, 0.001
 * mL/day); the dead volume and the old flow are the theorem's symbolic inputs.
 * The rate grid is the base unit (0.001 mL/day).
 */
export interface BridgeCase {
  readonly name: string;
  readonly cOld: bigint;
  readonly cNew: bigint;
  readonly rNew: bigint;
}

/** The symbolic inputs: the dead volume (base units, mL × 86 400 000) and the old flow (0.001 mL/day), any reals in range. */
const INPUTS: readonly InputDecl[] = [
  { name: 'dead', sort: 'Real' },
  { name: 'rOld', sort: 'Real' },
];

/** `0 < dead <= maxDead`, `0 < rOld <= maxFlow`. */
function domain(maxDead: number, maxFlow: number) {
  return (Z: Z3, x: Readonly<Record<string, Term>>): Formula => Z.And(
    (x['dead'] as Term).gt(0), (x['dead'] as Term).le(maxDead),
    (x['rOld'] as Term).gt(0), (x['rOld'] as Term).le(maxFlow),
  );
}

/** The case's values, as the kernel reads them. */
function caseValues(A: ExactArithmetic<Sym>, c: BridgeCase, v: Readonly<Record<string, Sym>>) {
  const dead = v['dead'] as Sym;
  const program: DailyProgram<Sym> = { steps: [{ start: A.zero, flow: A.fromInteger(c.rNew) }], periodicBoluses: [] };
  const path: FluidPath<Sym> = { layers: [{ volume: dead, concentrations: [A.fromInteger(c.cOld)] }], reservoir: [A.fromInteger(c.cNew)] };
  return { dead, program, path };
}

/** The old and the new daily dose (base mass units), as `bridge` computes the prescribed range from them. */
function dailyDoses(Z: Z3, c: BridgeCase, v: Readonly<Record<string, Sym>>): { oldDaily: Term; newDaily: Term } {
  return {
    oldDaily: (v['rOld'] as Sym).t.mul(DAY * Number(c.cOld)),
    newDaily: Z.Real.val(String(c.rNew * DAY_SECONDS * c.cNew)),
  };
}

/**
 * With the bridge: `planBridge` plans the old fluid's flow and the switch,
 * `tipDose24h` runs the bridged plan (the same plan `bridge` builds); on every
 * path, the worst 24 h at the tip is at most the higher of the old and the
 * new daily dose, and the least is at least the lower of them less a stated
 * slack: one rate-grid step of the old fluid over a day (the bridge flow is
 * floored toward less drug) plus one switch-grid interval (60 s) at the
 * faster of the bridge and the new flow, of the stronger fluid (the switch is
 * rounded toward less drug: the mixed window at the switch that `bridge`
 * warns as BRIDGE_TIP_DOSE_OUT_OF_RANGE).
 */
function bridgedGoal(c: BridgeCase) {
  return (Z: Z3, A: ExactArithmetic<Sym>, v: Readonly<Record<string, Sym>>): Formula => {
    const { dead, program, path } = caseValues(A, c, v);
    const b = planBridge(A, {
      deadVolume: dead, oldConcentration: A.fromInteger(c.cOld), newConcentration: A.fromInteger(c.cNew), newProgram: program,
      oldFlow: v['rOld'] as Sym, rateGrid: A.one, switchGrid: A.fromInteger(SWITCH_GRID),
    });
    // the flow rounds to zero: bridge refuses it (RATE_BELOW_MINIMUM); no plan to prove
    if (b === undefined) return Z.Bool.val(true);
    const plan: DeliveryPlan<Sym> = A.compare(b.after.value, A.zero) > 0
      ? { prefix: [{ duration: b.after.value, flow: b.flow.value }], program, programClock: b.after.value }
      : { prefix: [], program, programClock: A.zero };
    const d = tipDose24h(A, plan, path)?.drugs[0];
    if (d === undefined) return Z.Bool.val(false);
    const { oldDaily, newDaily } = dailyDoses(Z, c, v);
    const strongest = Number(c.cOld > c.cNew ? c.cOld : c.cNew);
    const faster = A.compare(b.flow.value, A.fromInteger(c.rNew)) >= 0 ? b.flow.value.t : Z.Real.val(String(c.rNew));
    const slack = Z.Real.val(DAY * Number(c.cOld)).add(faster.mul(Number(SWITCH_GRID) * strongest));
    return Z.And(
      Z.Or(d.worst.value.t.le(oldDaily), d.worst.value.t.le(newDaily)),
      Z.Or(d.least.value.t.ge(oldDaily.sub(slack)), d.least.value.t.ge(newDaily.sub(slack))),
    );
  };
}

/**
 * Without the bridge (the new program pushing the old fluid from the refill
 * on), `tipDose24h`'s worst and least are attained: the window from the
 * refill delivers `M0 = c_old × min(r × 24 h, D) + c_new × max(r × 24 h − D, 0)`
 * and every window after the flush delivers the new daily dose; the worst is
 * the higher of the two rounded up to the base mass unit, the least the lower
 * rounded down (so each is the mass of a real window within one base unit,
 * 1 / 86 400 000 000 mg).
 */
function unbridgedGoal(c: BridgeCase) {
  return (Z: Z3, A: ExactArithmetic<Sym>, v: Readonly<Record<string, Sym>>): Formula => {
    const { dead, program, path } = caseValues(A, c, v);
    const d = tipDose24h(A, { prefix: [], program, programClock: A.zero }, path)?.drugs[0];
    if (d === undefined) return Z.Bool.val(false);
    const { newDaily } = dailyDoses(Z, c, v);
    const dayVolume = Z.Real.val(String(c.rNew * DAY_SECONDS));
    const oldPart = Z.If(dead.t.le(dayVolume), dead.t, dayVolume) as Term;
    const m0 = oldPart.mul(Number(c.cOld)).add(dayVolume.sub(oldPart).mul(Number(c.cNew)));
    const most = Z.If(m0.ge(newDaily), m0, newDaily) as Term;
    const least = Z.If(m0.le(newDaily), m0, newDaily) as Term;
    const w = d.worst.value.t;
    const l = d.least.value.t;
    return Z.And(most.le(w), w.sub(1).lt(most), l.le(least), least.lt(l.add(1)));
  };
}

/** Proves one case, with the bridge and without it. */
export async function proveBridgeCase(Z: Z3, deadline: number, c: BridgeCase, maxDead: number, maxFlow: number): Promise<Exploration> {
  const dom = domain(maxDead, maxFlow);
  return allOf([
    () => explore(Z, { inputs: INPUTS, domain: dom, run: (Zc, run, v) => bridgedGoal(c)(Zc, run.A, v) }, deadline),
    () => explore(Z, { inputs: INPUTS, domain: dom, run: (Zc, run, v) => unbridgedGoal(c)(Zc, run.A, v) }, deadline),
  ], [`${c.name}, with the bridge`, `${c.name}, without the bridge`]);
}

/**
 * The bridge theorem (issue 18) over `planBridge` and `tipDose24h` as they
 * run, for one drug, continuous old and new programs, every dead volume up to
 * `maxDead` and every old flow up to `maxFlow` (any reals), for each case of
 * concentrations and new flow.
 *
 * Implements REQ-PROOF-001.
 */
export const bridgeTipDose = (cases: readonly BridgeCase[], maxDead: number, maxFlow: number): Theorem => ({
  name: 'bridged-tip-dose-between-old-and-new-prescription',
  requirements: ['REQ-BRIDGE-001', 'REQ-BRIDGE-002', 'REQ-BRIDGE-003', 'REQ-BRIDGE-004', 'REQ-BRIDGE-005', 'REQ-BRIDGE-006'],
  statement: 'For one drug, continuous old and new programs, every dead volume and every old flow in range: with the bridge program (planBridge, then tipDose24h on the plan bridge builds) the worst 24 h tip dose is at most the higher of the old and new daily doses, and the least is at least the lower of them less one rate-grid step of the old fluid over a day and one 60 s switch interval at the faster flow of the stronger fluid (the flow and the switch rounded toward less drug); without the bridge, the worst and least tipDose24h reports are the window from the refill and the steady new dose, so each is attained within one base mass unit.',
  bound: `dead volume up to ${String(maxDead / 86_400_000)} mL, old flow up to ${String(maxFlow / 1000)} mL/day; cases: ${cases.map((c) => c.name).join('; ')}`,
  prove: (Z, deadline) => allOf(cases.map((c) => () => proveBridgeCase(Z, deadline, c, maxDead, maxFlow)), cases.map((c) => c.name)),
});
