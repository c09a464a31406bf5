import { hasOwn, nullPrototype } from '../../request/ownProperties.js';
import type { Rounded } from '../../rounding/directedRounding.js';
import type { DailyProgram } from '../DailyProgram.js';
import type { ExactFraction } from '../ExactFraction.js';
import type { DeliveryPlan, FluidPath, PrefixSegment } from '../bridge/DeliveryPlan.js';
import { isRate } from '../bridge/_internals/planCurve.js';

/** A number map: every kernel input or result moved to another number type, value for value. */
export type NumberMap<M, N> = (x: M) => N;

/** The program with every number moved by `f` (own fields only, `period` and the patient bolus kept when present). */
export function mapProgram<M, N>(f: NumberMap<M, N>, p: DailyProgram<M>): DailyProgram<N> {
  const pb = hasOwn(p, 'patientBolus') ? p.patientBolus : undefined;
  const period = hasOwn(p, 'period') ? p.period : undefined;
  return nullPrototype({
    steps: p.steps.map((s) => nullPrototype({ start: f(s.start), flow: f(s.flow) })),
    periodicBoluses: p.periodicBoluses.map((b) => nullPrototype({ start: f(b.start), volume: f(b.volume), duration: f(b.duration) })),
    ...(pb === undefined ? {} : { patientBolus: nullPrototype({ volume: f(pb.volume), duration: f(pb.duration), lockout: f(pb.lockout), maxPerDay: f(pb.maxPerDay) }) }),
    ...(period === undefined ? {} : { period: f(period) }),
  });
}

/** A prefix segment moved by `f`, of the same kind (a rate has an own `flow`, as the kernel tells them apart). */
function mapSegment<M, N>(f: NumberMap<M, N>, s: PrefixSegment<M>): PrefixSegment<N> {
  return isRate(s) ? nullPrototype({ duration: f(s.duration), flow: f(s.flow) }) : nullPrototype({ duration: f(s.duration), volume: f(s.volume) });
}

/** A delivery plan moved by `f`; `program` is the plan's program already moved (so that one program is moved once). */
export function mapPlan<M, N>(f: NumberMap<M, N>, plan: DeliveryPlan<M>, program: DailyProgram<N>): DeliveryPlan<N> {
  return { prefix: plan.prefix.map((s) => mapSegment(f, s)), program, programClock: f(plan.programClock) };
}

/** A fluid path moved by `f`. */
export function mapPath<M, N>(f: NumberMap<M, N>, path: FluidPath<M>): FluidPath<N> {
  return { layers: path.layers.map((l) => ({ volume: f(l.volume), concentrations: l.concentrations.map(f) })), reservoir: path.reservoir.map(f) };
}

/** A rounded value moved by `f` (`changed` kept). */
export const mapRounded = <M, N>(f: NumberMap<M, N>, r: Rounded<M>): Rounded<N> => ({ value: f(r.value), changed: r.changed });

/** An exact fraction moved by `f`. */
export const mapFraction = <M, N>(f: NumberMap<M, N>, x: ExactFraction<M>): ExactFraction<N> => ({ num: f(x.num), den: f(x.den) });
