import type { Json } from '../engine.js';
import { arr, entries, str } from '../_internals/json.js';

/** One line of the side-by-side read-back: the program now on the pump and the pending one. @since 0.1.0 */
export interface CompareRow {
  readonly item: string;
  readonly current: string;
  readonly pending: string;
  readonly changed: boolean;
}

/** The figures of a compiled program a clinician reads at the pump, item by item, in the engine's text. */
function lines(r: Json | undefined): Map<string, string> {
  const m = new Map<string, string>();
  if (r === undefined) return m;
  arr(r, 'program.steps').forEach((st, i) => m.set(`basal step ${i + 1}`, `${str(st, 'start')}: ${str(st, 'rate')} (${str(st, 'ratePerHour')})`));
  arr(r, 'program.periodicBoluses').forEach((b, i) => m.set(`periodic bolus ${i + 1}`, `${str(b, 'start')}: ${str(b, 'volume')} over ${str(b, 'duration')}`));
  const pb = str(r, 'program.patientBolus.volume');
  m.set('patient bolus', pb === '' ? 'none' : `${pb} over ${str(r, 'program.patientBolus.duration')}, lockout ${str(r, 'program.patientBolus.lockout')}, at most ${str(r, 'program.patientBolus.maxPerDay')} a day`);
  for (const [drug, d] of entries(r, 'doses')) {
    m.set(`${drug} concentration`, str(d, 'concentration'));
    m.set(`${drug} per day`, str(d, 'perDay'));
    m.set(`${drug} worst 24 h`, str(d, 'worst24h'));
    m.set(`${drug} least 24 h`, str(d, 'least24h'));
  }
  m.set('low-reservoir alarm after', str(r, 'reservoir.lowAlarmAfter'));
  m.set('refill within', str(r, 'reservoir.refillWithin'));
  return m;
}

/**
 * The program now on the pump beside the pending one, every item on its own
 * row and every changed item marked, as a manufacturer's programmer shows
 * before it updates a pump. Both sides are engine responses (`compile`); the
 * rows compare their printed text, so a change of unit prints as a change.
 *
 * @example
 * compareProgram(current, pending).filter((r) => r.changed).map((r) => r.item); // ['basal step 1', 'morphine per day', ...]
 *
 * Implements REQ-APP-011.
 * @since 0.1.0
 */
export function compareProgram(current: Json | undefined, pending: Json): CompareRow[] {
  const a = lines(current);
  const b = lines(pending);
  const items = [...new Set([...b.keys(), ...a.keys()])];
  return items.map((item) => {
    const cur = a.get(item) ?? '—';
    const pen = b.get(item) ?? '—';
    return { item, current: cur, pending: pen, changed: current !== undefined && cur !== pen };
  });
}
