/**
 * The reference model of delivery: a second, deliberately naive
 * implementation of what a daily program delivers, independent of `core/`
 * (own BigInt rationals, own quantity reader, brute-force searches), which
 * the differential properties hold the engine to.
 *
 * Implements REQ-REF-001 to REQ-REF-008, REQ-ONEOFF-006.
 * @since 0.1.0
 */
export { Rational } from './Rational.js';
export { parseWireQuantity, type ReferenceDimension } from './parseWireQuantity.js';
export { parseWireClock } from './parseWireClock.js';
export type { WireDailyProgram } from './WireDailyProgram.js';
export { DAY, WEEK, periodOf, type ReferenceProgram } from './ReferenceProgram.js';
export { readWireProgram } from './readWireProgram.js';
export { readWireWeekProgram, type WireWeekProgram } from './readWireWeekProgram.js';
export { deliveryPieces, type Piece } from './deliveryPieces.js';
export { volumeBetween } from './volumeBetween.js';
export { windowExtremes, type WindowExtremes } from './windowExtremes.js';
export { patientBolusMost, type PatientBolusMost } from './patientBolusMost.js';
export { worst24h, type ReferenceWorst24h } from './worst24h.js';
export { least24h } from './least24h.js';
export { earliestPresses } from './earliestPresses.js';
export { drawnBy } from './drawnBy.js';
export { timeUntilDrawn } from './timeUntilDrawn.js';
export { minutesUntilDrawn } from './minutesUntilDrawn.js';
export { drugAmounts } from './drugAmounts.js';
export { oneOffExtremes, type ReferenceOneOff } from './oneOffExtremes.js';
