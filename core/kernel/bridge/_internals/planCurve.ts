import type { ExactArithmetic } from '../../../arith/ExactArithmetic.js';
import type { FlowPiece } from '../../_internals/flowPieces.js';
import { lcm } from '../../_internals/lcm.js';
import { programPieces } from '../../_internals/programPieces.js';
import { hasOwn } from '../../../request/ownProperties.js';
import type { DeliveryPlan, FluidPath, PrefixSegment } from '../DeliveryPlan.js';

/** True for a segment at a constant flow, false for a bolus (`volume` over `duration`); read from its own fields only. */
export const isRate = <N>(s: PrefixSegment<N>): s is { readonly duration: N; readonly flow: N } => hasOwn(s, 'flow');

/** Where the prefix ends (the program's start) and the volume it moves. */
export function prefixTotals<N>(A: ExactArithmetic<N>, plan: DeliveryPlan<N>): { readonly end: N; readonly volume: N } {
  let end = A.zero;
  let volume = A.zero;
  for (const s of plan.prefix) {
    end = A.add(end, s.duration);
    volume = A.add(volume, isRate(s) ? A.mul(s.flow, s.duration) : s.volume);
  }
  return { end, volume };
}

/**
 * The plan's deterministic delivery (no patient boluses) as pieces on
 * `[0, horizon)`; `running` says whether a periodic bolus that the program's
 * clock placed before its start but that would still be running is given.
 */
export function planPieces<N>(A: ExactArithmetic<N>, plan: DeliveryPlan<N>, horizon: N, running: boolean): FlowPiece<N>[] {
  const pieces: FlowPiece<N>[] = [];
  let t = A.zero;
  for (const s of plan.prefix) {
    if (A.compare(s.duration, A.zero) > 0) {
      pieces.push(isRate(s) ? { kind: 'rate', start: t, end: A.add(t, s.duration), flow: s.flow } : { kind: 'bolus', start: t, duration: s.duration, volume: s.volume });
    }
    t = A.add(t, s.duration);
  }
  if (A.compare(t, horizon) < 0) for (const p of programPieces(A, plan.program, t, horizon, plan.programClock, running)) pieces.push(p); // no argument spread of a long list
  return pieces;
}

/** True when a periodic bolus placed by the program's clock before the program starts would still be running at the start. */
export function bolusRunningAtStart<N>(A: ExactArithmetic<N>, plan: DeliveryPlan<N>): boolean {
  const start = prefixTotals(A, plan).end;
  const day = A.fromInteger(86_400n);
  return programPieces(A, plan.program, start, A.add(start, day), plan.programClock, true)
    .some((p) => p.kind === 'bolus' && A.compare(p.start, start) < 0);
}

/** Cumulative layer volumes from the tip, i.e. the queue positions where each layer ends (times `scale`). */
export function layerBounds<N>(A: ExactArithmetic<N>, path: FluidPath<N>, scale: N): N[] {
  let v = A.zero;
  return path.layers.map((l) => {
    v = A.add(v, A.mul(l.volume, scale));
    return v;
  });
}

/** A scale that makes every flow of the plan exact: the lcm of its bolus durations (prefix boluses and periodic boluses), times `extra` ones. */
export function planScale<N>(A: ExactArithmetic<N>, plan: DeliveryPlan<N>, extra: readonly N[] = []): N {
  let q = A.one;
  for (const s of plan.prefix) if (!isRate(s) && A.compare(s.duration, A.zero) > 0) q = lcm(A, q, s.duration);
  for (const b of plan.program.periodicBoluses) q = lcm(A, q, b.duration);
  for (const d of extra) q = lcm(A, q, d);
  return q;
}
