import fc from 'fast-check';

/**
 * The parts the tip-dose properties draw their cases from, written once:
 * volumes are whole numbers of 0.0001 mL (`QUANTUM` base volume units), a
 * concentration is 0 or up to 50 000 (two drugs), a prefix is a bridge-like
 * step (whole minutes) or a priming-like bolus (seconds), a fluid layer has a
 * volume and the two drugs' concentrations.
 *
 * Implements REQ-FUZZ-003.
 * @since 0.1.0
 */
export const QUANTUM = 8640n; // 0.0001 mL in base volume units

/** A drug's concentration in a layer: none, or up to 50 000 base units. */
export const conc = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 50_000 }));

/** A bridge-like step: whole minutes, a volume in 0.0001 mL. */
export const bridgeStep = fc.record({ seconds: fc.integer({ min: 1, max: 3000 }).map((m) => m * 60), volume: fc.integer({ min: 0, max: 3000 }) });

/** A bridge-like step or a priming-like bolus (seconds, a volume in 0.0001 mL). */
export const prefixPart = fc.oneof(bridgeStep, fc.record({ seconds: fc.integer({ min: 1, max: 3600 }), volume: fc.integer({ min: 0, max: 5000 }) }));

/** Fluid layers in the dead volume, oldest at the tip. */
export const layers = (minLength: number, maxLength: number) =>
  fc.array(fc.record({ volume: fc.integer({ min: 1, max: 5000 }), conc: fc.tuple(conc, conc) }), { minLength, maxLength });
