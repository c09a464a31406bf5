import type { Theorem } from './Theorem.js';
import { roundingToGrid } from './theorems/roundingToGrid.js';
import { everyWindowIsDaily } from './theorems/everyWindowIsDaily.js';
import { patientBolusBound } from './theorems/patientBolusBound.js';
import { earliestPatientDraw } from './theorems/earliestPatientDraw.js';
import { bridgeTipDose, type BridgeCase } from './theorems/bridgeTipDose.js';

/** Dead volumes up to 2 mL (base units, mL × 86 400 000), old flows up to 10 mL/day (0.001 mL/day). */
export const BRIDGE_MAX_DEAD = 172_800_000;
/** See {@link BRIDGE_MAX_DEAD}. */
export const BRIDGE_MAX_FLOW = 10_000;

/**
 * Every theorem `npm run prove` proves, in the order of issue 18, with the
 * bounds CI proves within its time (about two and a half minutes in all on an idle two-core machine):
 * programs of 24 steps and 24 periodic boluses (the wire allows 48 of each;
 * 48 and 48 is proved in about two minutes), `maxPerDay` up to 4 (the
 * worst 24 h; 6 takes two minutes) and 3 (the earliest draw, over the first two days after the fill),
 * and the bridge over dead volumes up to 2 mL for two changes of concentration (about two thirds of the time).
 *
 * Implements REQ-PROOF-001.
 */
export const THEOREMS: readonly Theorem[] = [roundingToGrid(), everyWindowIsDaily(24, 24), patientBolusBound(4), earliestPatientDraw(3, 2), bridgeTipDose(bridgeCases(), BRIDGE_MAX_DEAD, BRIDGE_MAX_FLOW)];

/**
 * The bridge theorem's cases in the default run: morphine-like 20 → 10 mg/mL
 * (the switch rounded later) and 10 → 20 mg/mL (rounded earlier), the new
 * program 0.3 mL/day; both bridge flows fall on the rate grid.
 *
 * Implements REQ-PROOF-001.
 */
function bridgeCases(): readonly BridgeCase[] {
  return [
    { name: '20 -> 10 mg/mL at 0.3 mL/day', cOld: 20_000n, cNew: 10_000n, rNew: 300n },
    { name: '10 -> 20 mg/mL at 0.3 mL/day', cOld: 10_000n, cNew: 20_000n, rNew: 300n },
  ];
}

/**
 * Theorems proved only when named (`npm run prove -- --only NAME`): longer
 * than CI's time. The bridge theorem with a bridge flow rounded down to the
 * rate grid (70 → 10 mg/mL at 0.3 mL/day: 300 × 10 / 70 = 42.86, floored to
 * 42; about 100 s on an idle machine for the bridged part).
 *
 * Implements REQ-PROOF-001.
 */
export const EXTENDED_THEOREMS: readonly Theorem[] = [
  { ...bridgeTipDose([{ name: '70 -> 10 mg/mL at 0.3 mL/day (flow rounded)', cOld: 70_000n, cNew: 10_000n, rNew: 300n }], BRIDGE_MAX_DEAD, BRIDGE_MAX_FLOW), name: 'bridged-tip-dose-rounded-bridge-flow' },
];
