/**
 * A one-off event on top of a running daily program, in the kernel's base
 * units, timed from an instant `t = 0` (the fill): a clinician single bolus
 * of `volume` delivered evenly over `duration` seconds from `start`, on top
 * of the program; or a stop, during which the pump delivers nothing (basal,
 * periodic and patient boluses) from `start` for `duration` seconds, the
 * program running on by its clock afterwards (a periodic bolus cut by the
 * stop delivers only its parts outside it).
 *
 * Implements REQ-ONEOFF-001.
 * @since 0.1.0
 */
export type OneOffEvent<N> =
  | { readonly kind: 'singleBolus'; readonly start: N; readonly duration: N; readonly volume: N }
  | { readonly kind: 'stop'; readonly start: N; readonly duration: N };
