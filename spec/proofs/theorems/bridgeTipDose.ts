import { DAY_SECONDS } from '../../../core/kernel/DailyProgram.js';
import { planBridge } from '../../../core/kernel/bridge/planBridge.js';
import { tipDose24h } from '../../../core/kernel/bridge/tipDose24h.js';
import type { DeliveryPlan } from '../../../core/kernel/bridge/DeliveryPlan.js';
import type { Formula, Sym, Term, Z3 } from '../_internals/concolicArithmetic.js';
import { explore, type Exploration, type InputDecl } from '../_internals/explore.js';
import type { Theorem } from '../Theorem.js';

const DAY = Number(DAY_SECONDS);

/** The inputs: dead volume, the old and new concentrations of the one drug, the new program's continuous flow, the old flow. */
const INPUTS: readonly InputDecl[] = [
  { name: 'dead', sort: 'Real' },
  { name: 'rOld', sort: 'Real' },
];

/** One case: the concentrations (base units) and the new program's flow, fixed; the dead volume and the old flow symbolic. */
export interface BridgeCase {
  readonly cOld: bigint;
  readonly cNew: bigint;
  readonly rNew: bigint;
}

/** Bounds (base units). */
export interface BridgeBounds {
  readonly maxDead: number;
  readonly maxConcentration: number;
  readonly maxFlow: number;
}

function domain(b: BridgeBounds) {
  return (Z: Z3, x: Readonly<Record<string, Term>>): Formula => Z.And(
    (x['dead'] as Term).gt(0), (x['dead'] as Term).le(b.maxDead),
    (x['rOld'] as Term).gt(0), (x['rOld'] as Term).le(b.maxFlow),
  );
}

/** Runs planBridge, then tipDose24h on the bridged plan; returns the goal. */
function bridgedGoal(side: 'worst' | 'least', c: BridgeCase) {
  return (Z: Z3, A: Parameters<typeof planBridge<Sym>>[0], v0: Readonly<Record<string, Sym>>): Formula => {
    const v: Record<string, Sym> = { ...v0, cOld: A.fromInteger(c.cOld), cNew: A.fromInteger(c.cNew), rNew: A.fromInteger(c.rNew) };
    const program = { steps: [{ start: A.zero, flow: v['rNew'] as Sym }], periodicBoluses: [] };
    const b = planBridge(A, {
      deadVolume: v['dead'] as Sym, oldConcentration: v['cOld'] as Sym, newConcentration: v['cNew'] as Sym, newProgram: program,
      oldFlow: v['rOld'] as Sym, rateGrid: A.one, switchGrid: A.fromInteger(60n),
    });
    if (b === undefined) return Z.Bool.val(true);
    const plan: DeliveryPlan<Sym> = A.compare(b.after.value, A.zero) > 0
      ? { prefix: [{ duration: b.after.value, flow: b.flow.value }], program, programClock: b.after.value }
      : { prefix: [], program, programClock: A.zero };
    const tip = tipDose24h(A, plan, { layers: [{ volume: v['dead'] as Sym, concentrations: [v['cOld'] as Sym] }], reservoir: [v['cNew'] as Sym] });
    if (tip === undefined) return Z.Bool.val(false);
    const d = tip.drugs[0];
    if (d === undefined) return Z.Bool.val(false);
    const day = Z.Real.val(DAY);
    const oldDaily = (v['rOld'] as Sym).t.mul(day).mul((v['cOld'] as Sym).t);
    const newDaily = (v['rNew'] as Sym).t.mul(day).mul((v['cNew'] as Sym).t);
    if (side === 'worst') return Z.Or(d.worst.value.t.le(oldDaily), d.worst.value.t.le(newDaily));
    return Z.Or(d.least.value.t.ge(oldDaily), d.least.value.t.ge(newDaily));
  };
}

export async function proveBridge(Z: Z3, deadline: number, bounds: BridgeBounds, side: 'worst' | 'least', c: BridgeCase): Promise<Exploration> {
  const g = bridgedGoal(side, c);
  return explore(Z, { inputs: INPUTS, domain: domain(bounds), run: (Zc, run, v) => g(Zc, run.A, v) }, deadline);
}

export const bridgeTipDose = (bounds: BridgeBounds): Theorem => ({
  name: 'bridged-tip-dose-between-old-and-new',
  requirements: ['REQ-BRIDGE-002', 'REQ-BRIDGE-003', 'REQ-BRIDGE-004', 'REQ-BRIDGE-005'],
  statement: 'experimental',
  prove: (Z, deadline) => proveBridge(Z, deadline, bounds, 'worst', { cOld: 20_000n, cNew: 10_000n, rNew: 300n }),
});
