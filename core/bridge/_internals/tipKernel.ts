import type { Exact } from '../../arith/decimalArithmetic.js';
import { onPath, type KernelPath, type NumberPath } from '../../arith/numberPath.js';
import type { Rounded } from '../../rounding/directedRounding.js';
import type { DailyProgram } from '../../kernel/DailyProgram.js';
import type { DeliveryPlan, FluidPath } from '../../kernel/bridge/DeliveryPlan.js';
import { timeUntilPumped } from '../../kernel/bridge/timeUntilPumped.js';
import { tipDose24h, type TipDoseBounds, type TipDoses } from '../../kernel/bridge/tipDose24h.js';
import { tipDoseAcrossRefill, type AcrossRefillDoses, type BeforeRefill } from '../../kernel/bridge/tipDoseAcrossRefill.js';
import { tipMass } from '../../kernel/bridge/tipMass.js';
import { mapPath, mapPlan, mapProgram, mapRounded } from '../../kernel/_internals/mapNumbers.js';

/** A time bracket of `timeUntilPumped`. */
export interface PumpedBy<N> {
  readonly earliest: Rounded<N>;
  readonly latest: Rounded<N>;
}

/**
 * The tip-dose kernel functions `bridge` and `prime` call, on the engine's
 * decimals in and out, computed on one number path: on the fast path every
 * input is moved ONCE to scaled BigInt decimals at this edge, the kernel
 * runs on them, and each result is moved back (see `numberPath`); on the
 * decimal path the kernel runs on decimal.js. Each program is moved once
 * per kernel (by identity), however many plans share it.
 */
export interface TipKernel {
  /** `tipDose24h`. */
  tipDose24h(plan: DeliveryPlan<Exact>, path: FluidPath<Exact>): TipDoses<Exact> | undefined;
  /** `tipDoseAcrossRefill`. */
  tipDoseAcrossRefill(plan: DeliveryPlan<Exact>, path: FluidPath<Exact>, before: BeforeRefill<Exact>): AcrossRefillDoses<Exact> | undefined;
  /** `timeUntilPumped`. */
  timeUntilPumped(plan: DeliveryPlan<Exact>, volume: Exact): PumpedBy<Exact> | undefined;
  /** `tipMass`. */
  tipMass(plan: DeliveryPlan<Exact>, path: FluidPath<Exact>, t: Exact): readonly { readonly atMost: Rounded<Exact>; readonly atLeast: Rounded<Exact> }[];
}

function kernelOn<N>(p: NumberPath<N>): TipKernel {
  const { A, into, back } = p;
  const programs = new Map<DailyProgram<Exact>, DailyProgram<N>>();
  const program = (x: DailyProgram<Exact>): DailyProgram<N> => {
    const known = programs.get(x);
    if (known !== undefined) return known;
    const moved = mapProgram(into, x);
    programs.set(x, moved);
    return moved;
  };
  const plan = (x: DeliveryPlan<Exact>): DeliveryPlan<N> => mapPlan(into, x, program(x.program));
  const bounds = (b: TipDoseBounds<N>): TipDoseBounds<Exact> => ({ worst: mapRounded(back, b.worst), least: mapRounded(back, b.least) });
  return {
    tipDose24h: (x, path) => {
      const r = tipDose24h(A, plan(x), mapPath(into, path));
      return r === undefined ? undefined : { drugs: r.drugs.map(bounds), patientBolusBound: r.patientBolusBound, steadyFrom: back(r.steadyFrom) };
    },
    tipDoseAcrossRefill: (x, path, before) => {
      const b: BeforeRefill<N> = { program: program(before.program), clock: into(before.clock), concentrations: before.concentrations.map(into) };
      const r = tipDoseAcrossRefill(A, plan(x), mapPath(into, path), b);
      return r === undefined ? undefined : { drugs: r.drugs.map(bounds), patientBolusBound: r.patientBolusBound };
    },
    timeUntilPumped: (x, volume) => {
      const r = timeUntilPumped(A, plan(x), into(volume));
      return r === undefined ? undefined : { earliest: mapRounded(back, r.earliest), latest: mapRounded(back, r.latest) };
    },
    tipMass: (x, path, t) => tipMass(A, plan(x), mapPath(into, path), into(t)).map((m) => ({ atMost: mapRounded(back, m.atMost), atLeast: mapRounded(back, m.atLeast) })),
  };
}

/**
 * The tip-dose kernel on the number path `path` names (`'fast'` for the
 * commands, `'decimal'` for the property that holds both identical).
 *
 * @example
 * import { tipKernel } from './tipKernel.js';
 * // tipKernel('fast').tipDose24h(plan, path) answers tipDose24h(decimalArithmetic, plan, path), digit for digit
 *
 * Implements REQ-ARITH-005.
 */
export function tipKernel(path: KernelPath): TipKernel {
  return onPath(path, kernelOn);
}
