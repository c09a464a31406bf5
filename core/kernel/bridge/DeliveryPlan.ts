import type { DailyProgram } from '../DailyProgram.js';

/**
 * What the pump does from an instant `t = 0` (a refill, a priming, a catheter
 * revision) on: a few segments in time order (a bridge, a priming bolus), then
 * a daily program, forever. Units are the kernel's base units (times in s,
 * flows in base flow units, volumes in base volume units).
 *
 * Together with a {@link FluidPath} it fixes, exactly, what leaves the
 * catheter tip and when.
 *
 * Implements REQ-BRIDGE-001 (plug flow from a refill).
 * @since 0.1.0
 */
export interface DeliveryPlan<N> {
  /** Segments from `t = 0`, each starting where the previous one ends. */
  readonly prefix: readonly PrefixSegment<N>[];
  /** The daily program that runs after the prefix. */
  readonly program: DailyProgram<N>;
  /** The pump clock (s after midnight) when the program starts, i.e. at the end of the prefix. */
  readonly programClock: N;
}

/**
 * A segment of the prefix: `duration` seconds at a constant `flow`, or
 * `volume` spread evenly over `duration` seconds (a bolus whose rate need not
 * be a round number).
 * @since 0.1.0
 */
export type PrefixSegment<N> =
  | { readonly duration: N; readonly flow: N }
  | { readonly duration: N; readonly volume: N };

/**
 * The fluid between the reservoir and the catheter tip at `t = 0` and what
 * follows it. The pump's fluid path and the catheter are a plug-flow queue:
 * what enters first leaves first, and every volume the pump moves pushes the
 * same volume out at the tip.
 *
 * Implements REQ-BRIDGE-001.
 * @since 0.1.0
 */
export interface FluidPath<N> {
  /** The fluid in the dead volume, from the catheter tip back to the reservoir. */
  readonly layers: readonly FluidLayer<N>[];
  /** Each drug's concentration in the reservoir (base units, zero when absent): the fluid behind the layers. */
  readonly reservoir: readonly N[];
}

/**
 * One layer of fluid in the dead volume: its volume and each drug's
 * concentration in it (the order of `FluidPath.reservoir`; zero for none: air,
 * saline, or a drug the fluid does not hold).
 * @since 0.1.0
 */
export interface FluidLayer<N> {
  readonly volume: N;
  readonly concentrations: readonly N[];
}
