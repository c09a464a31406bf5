import { deliveryPieces, type Piece } from '../../spec/reference/deliveryPieces.js';
import { Rational } from '../../spec/reference/Rational.js';
import { DAY } from '../../spec/reference/ReferenceProgram.js';
import { readWireProgram } from '../../spec/reference/readWireProgram.js';
import { volumeBetween } from '../../spec/reference/volumeBetween.js';
import type { WireDailyProgram } from '../../spec/reference/WireDailyProgram.js';

/**
 * A morphine dose schedule for the model-based test: flex steps on the hour,
 * each `k × 0.02 mg/day`; an optional daily bolus of `j × 0.02 mg`; optionally
 * the contract's patient bolus (0.1 mg over 10 min, 4 h lockout, 4 a day).
 * At 10 or 20 mg/mL every flow and volume is a whole number of 0.001 mL.
 */
export interface DoseSchedule {
  readonly steps: readonly { readonly hour: number; readonly k: number }[];
  readonly periodic?: { readonly hour: number; readonly j: number; readonly minutes: number };
  readonly patient: boolean;
}

/** The model's concentrations (mg/mL): Infumorph/Mitigo 10 mg/mL and the PACC maximum 20 mg/mL. */
export const CONCENTRATIONS = [10, 20] as const;

/** The dead volume of the contract's example: 0.2 mL in the pump, 0.05 mL of catheter. */
export const DEAD_ML = Rational.of(1n, 4n);

/** `n / 1000` as a plain decimal. */
export const milli = (n: number): string => `${Math.floor(n / 1000)}.${String(n % 1000).padStart(3, '0')}`;

const hh = (h: number): string => `${String(h).padStart(2, '0')}:00`;

/** The wire-form program that gives `s` at `conc` mg/mL. */
export function wireProgram(s: DoseSchedule, conc: number): WireDailyProgram {
  const per = 20 / conc; // thousandths of a mL per 0.02 mg
  const program: WireDailyProgram = {
    steps: s.steps.map((x) => ({ start: hh(x.hour), rate: `${milli(x.k * per)} mL/day` })),
    periodicBoluses: s.periodic === undefined ? [] : [{ start: hh(s.periodic.hour), volume: `${milli(s.periodic.j * per)} mL`, duration: `${s.periodic.minutes} min` }],
  };
  return s.patient ? { ...program, patientBolus: { volume: `${milli(5 * per)} mL`, duration: '10 min', lockout: '4 h', maxPerDay: 4 } } : program;
}

/** A continuous program at a flow given in thousandths of a mL per day. */
export const continuousWire = (thousandths: number): WireDailyProgram => ({ steps: [{ start: '00:00', rate: `${milli(thousandths)} mL/day` }], periodicBoluses: [] });

/**
 * The pieces (mL/s) a program delivers on `[from, to)`, its clock reading
 * `clock` at `from`: basal cut to the span, each periodic bolus that starts in
 * the span in full. The reference's own pieces, shifted: nothing of the engine.
 */
export function runPieces(program: WireDailyProgram, from: Rational, to: Rational, clock: Rational): Piece[] {
  const ref = readWireProgram(program);
  const shift = from.sub(clock);
  const days = Number(to.sub(shift).div(DAY).floor()) + 1;
  const out: Piece[] = [];
  for (const p of deliveryPieces({ steps: ref.steps, periodicBoluses: [] }, 0, days)) {
    const a = Rational.max(p.from.add(shift), from);
    const b = Rational.min(p.to.add(shift), to);
    if (b.gt(a)) out.push({ from: a, to: b, rate: p.rate });
  }
  for (const p of deliveryPieces({ steps: [], periodicBoluses: ref.periodicBoluses }, 0, days)) {
    const a = p.from.add(shift);
    if (a.ge(from) && a.lt(to)) out.push({ from: a, to: p.to.add(shift), rate: p.rate });
  }
  return out;
}

/** One fill of the reservoir: when, how much (mL) and at what concentration (mg/mL). */
export interface Fill {
  readonly time: Rational;
  readonly volume: Rational;
  readonly conc: number;
}

/**
 * The reservoir after a history, by the model's own rule: each fill gives
 * what the pieces schedule from its time on, but never more than it holds;
 * returns what is left of the last fill and the volume each fill gave.
 */
export function drawnPerFill(pieces: readonly Piece[], fills: readonly Fill[], now: Rational): { readonly left: Rational; readonly given: readonly Rational[] } {
  const given = fills.map((f, i) => {
    const until = fills[i + 1]?.time ?? now;
    return Rational.min(volumeBetween(pieces, f.time, until), f.volume);
  });
  const last = fills[fills.length - 1];
  const lastGiven = given[given.length - 1] ?? Rational.ZERO;
  return { left: last === undefined ? Rational.ZERO : last.volume.sub(lastGiven), given };
}

/** The morphine (mg) that has left the catheter tip: the first `Σ given` of the queue (the dead volume's first fluid, then each fill's). */
export function tipMg(initialConc: number, fills: readonly Fill[], given: readonly Rational[]): Rational {
  let left = given.reduce((s, g) => s.add(g), Rational.ZERO);
  let mass = Rational.ZERO;
  const queue = [{ volume: DEAD_ML, conc: initialConc }, ...fills.map((f, i) => ({ volume: given[i] ?? Rational.ZERO, conc: f.conc }))];
  for (const q of queue) {
    const take = Rational.min(q.volume, left);
    mass = mass.add(take.mul(Rational.of(BigInt(q.conc))));
    left = left.sub(take);
  }
  return mass;
}
