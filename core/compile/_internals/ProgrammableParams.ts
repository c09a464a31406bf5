import type { Exact } from '../../arith/decimalArithmetic.js';

/** The programmable-pump parameters compile needs, in base units. */
export interface ProgrammableParams {
  readonly reservoir: Exact;
  readonly lowReservoirAlarm: Exact;
  readonly rateResolution: Exact;
  readonly minRate: Exact;
  readonly maxRate: Exact;
  readonly maxBolusRate: Exact;
  /** Grid of bolus volumes; 1e-6 mL when the pump declares none. */
  readonly bolusVolumeResolution: Exact;
  readonly bolusVolumeResolutionDeclared: boolean;
}

/** The fixed-rate-pump parameters compile needs, in base units. */
export interface FixedRateParams {
  readonly reservoir: Exact;
  readonly lowReservoirAlarm: Exact;
  readonly nominalFlow: Exact;
  /** Percent, e.g. 15 for ±15 %. */
  readonly flowTolerance: Exact;
}
