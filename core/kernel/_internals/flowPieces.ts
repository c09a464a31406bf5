import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';
import { hasOwn } from '../../request/ownProperties.js';
import { lcm } from './lcm.js';

/**
 * Delivery over real time as explicit pieces: a basal rate on `[start, end)`,
 * or a bolus of `volume` spread evenly over `[start, start + duration)`.
 * Pieces may overlap; the flow at an instant is the sum of the pieces covering
 * it. Times in s, flows in base flow units, volumes in base volume units. A
 * bolus with `deliveredFrom` delivers only its part from that time on (a bolus
 * already running when a program starts).
 */
export type FlowPiece<N> =
  | { readonly kind: 'rate'; readonly start: N; readonly end: N; readonly flow: N }
  | { readonly kind: 'bolus'; readonly start: N; readonly duration: N; readonly volume: N; readonly deliveredFrom?: N };

/** Where a piece starts delivering. */
/** `p` moved `by` seconds later in time (earlier for a negative `by`), exactly: its times plus `by`, its flow and volume unchanged. */
export const movePiece = <N>(A: ExactArithmetic<N>, p: FlowPiece<N>, by: N): FlowPiece<N> =>
  p.kind === 'rate'
    ? { kind: 'rate', start: A.add(p.start, by), end: A.add(p.end, by), flow: p.flow }
    : !hasOwn(p, 'deliveredFrom') || p.deliveredFrom === undefined
      ? { kind: 'bolus', start: A.add(p.start, by), duration: p.duration, volume: p.volume }
      : { kind: 'bolus', start: A.add(p.start, by), duration: p.duration, volume: p.volume, deliveredFrom: A.add(p.deliveredFrom, by) };

export const pieceStart = <N>(A: ExactArithmetic<N>, p: FlowPiece<N>): N =>
  p.kind === 'bolus' && hasOwn(p, 'deliveredFrom') && p.deliveredFrom !== undefined && A.compare(p.deliveredFrom, p.start) > 0 ? p.deliveredFrom : p.start;

/** Where a piece ends. */
export const pieceEnd = <N>(A: ExactArithmetic<N>, p: FlowPiece<N>): N => (p.kind === 'rate' ? p.end : A.add(p.start, p.duration));

/**
 * The scale `Q` that makes every piece's flow an exact value: the least common
 * multiple of the bolus durations (1 when there is none). A bolus's flow is
 * `volume / duration`; times `Q` it is `volume × (Q / duration)`, exact.
 */
export function curveScale<N>(A: ExactArithmetic<N>, pieces: readonly FlowPiece<N>[]): N {
  let q = A.one;
  for (const p of pieces) if (p.kind === 'bolus') q = lcm(A, q, p.duration);
  return q;
}

/** The flow of a piece times the scale `q` (which every bolus duration divides). */
export const scaledFlow = <N>(A: ExactArithmetic<N>, p: FlowPiece<N>, q: N): N =>
  p.kind === 'rate' ? A.mul(p.flow, q) : A.mul(p.volume, A.floorDiv(q, p.duration));
