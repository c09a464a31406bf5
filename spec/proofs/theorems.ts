import type { Theorem } from './Theorem.js';
import { roundingToGrid } from './theorems/roundingToGrid.js';
import { everyWindowIsDaily } from './theorems/everyWindowIsDaily.js';
import { patientBolusBound } from './theorems/patientBolusBound.js';
import { earliestPatientDraw } from './theorems/earliestPatientDraw.js';

/**
 * Every theorem `npm run prove` proves, in the order of issue 18, with the
 * bounds CI proves within its time (under a minute in all on an idle two-core machine):
 * programs of 24 steps and 24 periodic boluses (the wire allows 48 of each;
 * 48 and 48 is proved in about two minutes), `maxPerDay` up to 4 (the
 * worst 24 h; 6 takes two minutes) and 3 (the earliest draw, over the first 24 h after the fill).
 *
 * Implements REQ-PROOF-001.
 */
export const THEOREMS: readonly Theorem[] = [roundingToGrid(), everyWindowIsDaily(24, 24), patientBolusBound(4), earliestPatientDraw(3)];
