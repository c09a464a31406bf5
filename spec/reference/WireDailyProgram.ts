/**
 * A daily pump program in wire form, the shape `compile` puts in its
 * response's `program` field: every quantity a string, clock times `"HH:MM"`.
 * The reference model reads programs only in this form, so it shares no
 * representation with the engine.
 *
 * @example
 * import type { WireDailyProgram } from './WireDailyProgram.js';
 * const p: WireDailyProgram = {
 *   steps: [{ start: '00:00', rate: '0.3 mL/day' }],
 *   periodicBoluses: [{ start: '23:30', volume: '0.05 mL', duration: '1 h' }],
 *   patientBolus: { volume: '0.01 mL', duration: '10 min', lockout: '4 h', maxPerDay: 4 },
 * };
 *
 * Implements REQ-REF-003 (reference model of a daily program, read from wire form).
 * @since 0.1.0
 */
export interface WireDailyProgram {
  /** Sorted by start; the first at `"00:00"`; each runs to the next, the last to midnight. */
  readonly steps: readonly { readonly start: string; readonly rate: string }[];
  /** Given every day at `start`; may run past midnight. */
  readonly periodicBoluses: readonly { readonly start: string; readonly volume: string; readonly duration: string }[];
  readonly patientBolus?: {
    readonly volume: string;
    readonly duration: string;
    readonly lockout: string;
    /** A JSON integer. */
    readonly maxPerDay: number;
  };
}
