import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decimalArithmetic as A,
  applyPumpEvent,
  clockChange24h,
  minutesUntilDrawn,
  planBridge,
  startPump,
  tipDose24h,
  tipDoseAcrossRefill,
  transition24h,
  worst24hVolume,
  type DailyProgram,
  type DeliveryPlan,
  type Exact,
  type ExactFraction,
  type PumpEvent,
  type PumpState,
} from '../../core/index.js';
import type { Piece } from '../../spec/reference/deliveryPieces.js';
import { Rational } from '../../spec/reference/Rational.js';
import { DAY } from '../../spec/reference/ReferenceProgram.js';
import type { WireDailyProgram } from '../../spec/reference/WireDailyProgram.js';
import { engineProgram } from '../_internals/engineProgram.js';
import { fuzzProfile } from '../_internals/fuzzProfile.js';
import {
  CONCENTRATIONS, DEAD_ML, continuousWire, drawnPerFill, runPieces, tipMg, wireProgram,
  type DoseSchedule, type Fill,
} from '../_internals/pumpModel.js';
import { asRational } from '../_internals/worst24hDifferential.js';
import { holds } from '../_internals/holds.js';

// Units: the model works in s, mL, mg (Rationals); the engine in its base units.
const ML = 86_400_000n; // base volume units per mL
const MG = 86_400_000_000n; // base mass units per mg
/** A prescriber's ceiling of 3 mg/day (the contract's morphine dose), as a mass in 24 h: tight, so that transitions can break it. */
const CEILING_MG = Rational.of(3n);
const CEILING = A.fromInteger(3n * MG);
const ALARM_ML = 2n; // SynchroMed low-reservoir alarm, 2 mL
const baseConc = (mgPerMl: number): Exact => A.fromInteger(BigInt(mgPerMl) * 1000n);
const frac = (f: ExactFraction<Exact>): Rational => asRational(f.num).div(asRational(f.den));
const mlOf = (base: Rational): Rational => base.div(Rational.of(ML));

/** The model: what the pump should have done, by the test's own simple rules. */
interface Model {
  time: Rational;
  clock: Rational;
  schedule: DoseSchedule;
  conc: number;
  initialConc: number;
  program: WireDailyProgram;
  pieces: Piece[];
  fills: Fill[];
  patientStarts: Rational[];
  pending?: { readonly at: Rational; readonly program: WireDailyProgram } | undefined;
  /** Program changes, clock changes and changes of fluid at least a day apart: no 24 h window holds two. */
  quietUntil: Rational;
  refills: Rational[];
  samples: { readonly t: Rational; readonly tip: Rational }[];
  /** The fill's alarm prediction (s), while the program it was made for runs. */
  prediction?: { readonly seconds: Rational; readonly simple: boolean } | undefined;
}

interface Real {
  s: PumpState<Exact>;
}

const apply = (r: Real, e: PumpEvent<Exact>): void => {
  r.s = applyPumpEvent(A, r.s, e);
};

const isSimple = (w: WireDailyProgram): boolean => w.periodicBoluses.length === 0 && w.patientBolus === undefined;

function predict(m: Model, volumeMl: Rational): Model['prediction'] {
  const toAlarm = volumeMl.sub(Rational.of(ALARM_ML));
  if (!toAlarm.gt(Rational.ZERO)) return { seconds: Rational.ZERO, simple: isSimple(m.program) };
  const minutes = minutesUntilDrawn(A, engineProgram(m.program), A.fromDecimalString(m.clock.toString()), A.fromInteger(toAlarm.mul(Rational.of(ML)).floor()));
  return minutes === undefined ? undefined : { seconds: asRational(minutes).mul(Rational.of(60n)), simple: isSimple(m.program) };
}

/** Every check that holds after any command. */
function checkInvariants(m: Model, r: Real): void {
  const s = r.s;
  const left = frac(s.reservoir);
  // the reservoir is never negative, and holds exactly what the model says
  expect(left.ge(Rational.ZERO)).toBe(true);
  const model = drawnPerFill(m.pieces, m.fills, m.time);
  expect(mlOf(left).toString()).toBe(model.left.toString());
  // the tip has received exactly the plug-flow queue's first Σ drawn
  expect(frac(s.atTip[0] ?? { num: A.zero, den: A.one }).div(Rational.of(MG)).toString()).toBe(tipMg(m.initialConc, m.fills, model.given).toString());
  // the alarm: never before the prediction for this fill; for a plain program, never more than the minute's rounding after it
  const p = m.prediction;
  if (p !== undefined) {
    const last = m.fills[m.fills.length - 1];
    const since = last === undefined ? Rational.ZERO : last.time;
    if (s.alarmAt !== undefined) expect(frac(s.alarmAt).sub(since).ge(p.seconds)).toBe(true);
    if (p.simple && m.time.sub(since).ge(p.seconds.add(Rational.of(60n)))) expect(s.alarmAt).toBeDefined();
  }
  // no sampled 24 h window exceeds the ceiling at the tip, those across a refill included
  const n = m.samples.length;
  const newest = m.samples[n - 1];
  if (newest !== undefined) {
    for (const a of m.samples) {
      if (newest.t.sub(a.t).gt(DAY) || !newest.t.gt(a.t)) continue;
      expect(newest.tip.sub(a.tip).le(CEILING_MG), `${newest.tip.sub(a.tip).toString()} mg in [${a.t.toString()}, ${newest.t.toString()}] s`).toBe(true);
    }
  }
}

function sample(m: Model, r: Real): void {
  m.samples.push({ t: m.time, tip: frac(r.s.atTip[0] ?? { num: A.zero, den: A.one }).div(Rational.of(MG)) });
}

/** Runs the pump for `seconds` (in model and real), switching to a pending program on time. */
function runFor(m: Model, r: Real, seconds: number): void {
  const end = m.time.add(Rational.of(BigInt(seconds)));
  while (m.time.lt(end)) {
    let next = Rational.min(end, m.time.add(Rational.of(3600n)));
    if (m.pending !== undefined && m.pending.at.gt(m.time) && m.pending.at.lt(next)) next = m.pending.at;
    const d = next.sub(m.time);
    const wasEmpty = !frac(r.s.reservoir).gt(Rational.ZERO);
    const tipBefore = r.s.atTip[0];
    m.pieces.push(...runPieces(m.program, m.time, next, m.clock));
    apply(r, { kind: 'run', seconds: A.fromDecimalString(d.toString()) });
    m.time = next;
    m.clock = m.clock.add(d).sub(DAY.mul(Rational.of(m.clock.add(d).div(DAY).floor())));
    // nothing is delivered while the reservoir is empty
    if (wasEmpty && tipBefore !== undefined) expect(frac(r.s.atTip[0] ?? tipBefore).toString()).toBe(frac(tipBefore).toString());
    if (m.pending !== undefined && m.pending.at.eq(m.time)) {
      m.program = m.pending.program;
      apply(r, { kind: 'program', program: engineProgram(m.program) });
      m.pending = undefined;
    }
    sample(m, r);
    checkInvariants(m, r);
  }
}

/**
 * The most concentrated fluid that left the tip in the last 24 h (by the model's own queue: the first dead volume,
 * then each fill's given volume): what the engine is told ran before a refill, a bound whatever the layers.
 */
function leftInLastDay(m: Model): number {
  const sum = (g: readonly Rational[]): Rational => g.reduce((x, y) => x.add(y), Rational.ZERO);
  const now = sum(drawnPerFill(m.pieces, m.fills, m.time).given);
  const dayAgo = m.time.sub(DAY);
  const then = dayAgo.gt(Rational.ZERO) ? sum(drawnPerFill(m.pieces, m.fills.filter((f) => f.time.le(dayAgo)), dayAgo).given) : Rational.ZERO;
  const given = drawnPerFill(m.pieces, m.fills, m.time).given;
  const queue = [{ volume: DEAD_ML, conc: m.initialConc }, ...m.fills.map((f, i) => ({ volume: given[i] ?? Rational.ZERO, conc: f.conc }))];
  let at = Rational.ZERO;
  let top = 0;
  for (const q of queue) {
    const end = at.add(q.volume);
    // the part of the queue between positions `then` and `now` (plus the first dead volume, which left first)
    if (end.gt(then) && at.le(now)) top = Math.max(top, q.conc);
    at = end;
  }
  return top;
}

/** The most concentrated fluid anywhere between the reservoir and the tip (for bounds that hold whatever the fluid). */
const topConc = (m: Model, r: Real): Exact =>
  [baseConc(m.conc), ...r.s.deadVolume.flatMap((x) => x.concentrations)].reduce((a, b) => (A.compare(a, b) >= 0 ? a : b), A.zero);

class RunCommand implements fc.Command<Model, Real> {
  constructor(readonly minutes: number) {}
  check = (): boolean => true;
  run(m: Model, r: Real): void {
    runFor(m, r, this.minutes * 60);
  }
  toString = (): string => `run(${this.minutes} min)`;
}

class PatientBolusCommand implements fc.Command<Model, Real> {
  check = (): boolean => true;
  run(m: Model, r: Real): void {
    const pb = m.program.patientBolus;
    const recent = m.patientStarts.filter((t) => t.gt(m.time.sub(DAY)));
    const last = recent[recent.length - 1];
    const left = drawnPerFill(m.pieces, m.fills, m.time).left;
    const expected = pb === undefined || pb.maxPerDay === 0 ? 'none'
      : !left.gt(Rational.ZERO) ? 'empty'
      : last !== undefined && m.time.sub(last).lt(Rational.of(14_400n)) ? 'lockout'
      : recent.length >= pb.maxPerDay ? 'count'
      : 'accepted';
    apply(r, { kind: 'patientBolus' });
    expect(r.s.lastRequest).toBe(expected);
    if (expected === 'accepted' && pb !== undefined) {
      m.patientStarts.push(m.time);
      const volume = Rational.fromDecimal(pb.volume.split(' ')[0] ?? '0');
      m.pieces.push({ from: m.time, to: m.time.add(Rational.of(600n)), rate: volume.div(Rational.of(600n)) });
    }
    checkInvariants(m, r);
  }
  toString = (): string => 'patientBolus';
}

class RefillCommand implements fc.Command<Model, Real> {
  /** `schedule`: a new prescription with the refill (else the same doses); `crossing`: the engine's check of the windows across the refill (off only to show what it stops). */
  constructor(readonly volumeMl: string, readonly conc: number, readonly schedule?: DoseSchedule, readonly crossing = true) {}
  check = (m: Readonly<Model>): boolean => m.pending === undefined && m.time.ge(m.quietUntil);
  run(m: Model, r: Real): void {
    const schedule = this.schedule ?? m.schedule;
    const newWire = wireProgram(schedule, this.conc);
    const newProgram = engineProgram(newWire);
    const clock = A.fromDecimalString(m.clock.toString());
    const dead = A.fromInteger(DEAD_ML.mul(Rational.of(ML)).floor());
    // the engine's checks, with the dead volume taken at its most concentrated fluid (a bound whatever its layers)
    const path = { layers: [{ volume: dead, concentrations: [topConc(m, r)] }], reservoir: [baseConc(this.conc)] };
    const changes = this.conc !== m.conc || r.s.deadVolume.some((x) => A.compare(x.concentrations[0] ?? A.zero, baseConc(this.conc)) !== 0);
    // [REQ-XREFILL-001]: every 24 h window from the refill on and across it (the old program before it) within the ceiling
    const before = { program: engineProgram(m.program), clock, concentrations: [baseConc(leftInLastDay(m))] };
    const within = (p: DeliveryPlan<Exact>): boolean => {
      const from = tipDose24h(A, p, path);
      const across = this.crossing ? tipDoseAcrossRefill(A, p, path, before) : from;
      return from !== undefined && across !== undefined
        && A.compare(from.drugs[0]?.worst.value ?? CEILING, CEILING) <= 0 && A.compare(across.drugs[0]?.worst.value ?? CEILING, CEILING) <= 0;
    };
    let bridge: { flow: Exact; after: Exact } | undefined;
    if (!within({ prefix: [], program: newProgram, programClock: clock })) {
      if (!changes) return; // refused: no bridge helps when the fluid does not change
      const b = planBridge(A, { deadVolume: dead, oldConcentration: topConc(m, r), newConcentration: baseConc(this.conc), newProgram, oldFlow: A.one, rateGrid: A.one, switchGrid: A.fromInteger(60n) });
      if (b === undefined) return;
      if (!within({ prefix: [{ duration: b.after.value, flow: b.flow.value }], program: newProgram, programClock: A.add(clock, b.after.value) })) return;
      bridge = { flow: b.flow.value, after: b.after.value };
    }
    const volume = Rational.fromDecimal(this.volumeMl);
    apply(r, { kind: 'refill', volume: A.fromDecimalString(volume.mul(Rational.of(ML)).toString()), concentrations: [baseConc(this.conc)] });
    m.fills.push({ time: m.time, volume, conc: this.conc });
    m.refills.push(m.time);
    m.conc = this.conc;
    m.schedule = schedule;
    if (bridge === undefined) {
      m.program = newWire;
      apply(r, { kind: 'program', program: newProgram });
      m.prediction = predict(m, volume);
    } else {
      m.program = continuousWire(Number(A.toDecimalString(bridge.flow)));
      apply(r, { kind: 'program', program: engineProgram(m.program) });
      m.pending = { at: m.time.add(asRational(bridge.after)), program: newWire };
      m.prediction = undefined;
    }
    if (changes || this.schedule !== undefined) m.quietUntil = m.time.add(asRational(bridge?.after ?? A.zero)).add(DAY);
    checkInvariants(m, r);
  }
  toString = (): string => `refill(${this.volumeMl} mL at ${this.conc} mg/mL${this.schedule === undefined ? '' : `, ${JSON.stringify(this.schedule)}`})`;
}

class ProgramCommand implements fc.Command<Model, Real> {
  constructor(readonly schedule: DoseSchedule) {}
  check = (m: Readonly<Model>): boolean => m.pending === undefined && m.time.ge(m.quietUntil);
  run(m: Model, r: Real): void {
    const wire = wireProgram(this.schedule, m.conc);
    const next = engineProgram(wire);
    const clock = A.fromDecimalString(m.clock.toString());
    const top = topConc(m, r);
    const own = A.mul(worst24hVolume(A, next).volume, top);
    const across = A.mul(transition24h(A, { before: engineProgram(m.program), clockBefore: clock, after: next, clockAfter: clock }).worst.value, top);
    if (A.compare(own, CEILING) > 0 || A.compare(across, CEILING) > 0) return; // refused by the engine's checks
    apply(r, { kind: 'program', program: next });
    m.schedule = this.schedule;
    m.program = wire;
    m.quietUntil = m.time.add(DAY);
    m.prediction = undefined;
    checkInvariants(m, r);
  }
  toString = (): string => `program(${JSON.stringify(this.schedule)})`;
}

class ClockCommand implements fc.Command<Model, Real> {
  constructor(readonly jumpHours: number) {}
  check = (m: Readonly<Model>): boolean => m.pending === undefined && m.time.ge(m.quietUntil);
  run(m: Model, r: Real): void {
    const jump = A.fromInteger(BigInt(this.jumpHours * 3600));
    const across = clockChange24h(A, engineProgram(m.program), A.fromDecimalString(m.clock.toString()), jump);
    if (A.compare(A.mul(across.worst.value, topConc(m, r)), CEILING) > 0) return; // refused: CLOCK_CHANGE_LIMIT_EXCEEDED
    apply(r, { kind: 'clock', jump });
    const c = m.clock.add(Rational.of(BigInt(this.jumpHours * 3600)));
    m.clock = c.sub(DAY.mul(Rational.of(c.div(DAY).floor())));
    m.quietUntil = m.time.add(DAY);
    m.prediction = undefined;
    checkInvariants(m, r);
  }
  toString = (): string => `clock(${this.jumpHours} h)`;
}

/** Schedules: 1 to 3 steps on the hour of 0.2 to `maxK` × 0.02 mg/day; sometimes a daily bolus of up to 0.5 mg; sometimes the patient bolus. */
const schedule = (maxK: number): fc.Arbitrary<DoseSchedule> =>
  fc.record({
    // often a heavy and a light half day, whose heavy half a clock change or a program change can double
    hours: fc.oneof(fc.constant<number[]>([0, 12]), fc.uniqueArray(fc.integer({ min: 1, max: 23 }), { maxLength: 2 }).map((h) => [0, ...h.sort((a, b) => a - b)])),
    ks: fc.array(fc.oneof(fc.constantFrom(10, maxK), fc.integer({ min: 10, max: maxK })), { minLength: 3, maxLength: 3 }),
    periodic: fc.option(fc.record({ hour: fc.integer({ min: 0, max: 23 }), j: fc.integer({ min: 1, max: 25 }), minutes: fc.constantFrom(10, 30, 60, 120) }), { nil: undefined }),
    patient: fc.boolean(),
  }).map(({ hours, ks, periodic, patient }) => ({ steps: hours.map((hour, i) => ({ hour, k: ks[i] ?? 10 })), ...(periodic === undefined ? {} : { periodic }), patient }));

const refill = fc.record({ v: fc.constantFrom('0.3', '2', '2.5', '5', '20', '40'), c: fc.constantFrom(...CONCENTRATIONS), s: fc.option(schedule(150), { nil: undefined }) })
  .map(({ v, c, s }) => new RefillCommand(v, c, s));
const programChange = schedule(150).map((s) => new ProgramCommand(s));
const clockChange = fc.constantFrom(-12, -11, -6, -3, -1, 1, 2, 12).map((h) => new ClockCommand(h));
const longRun = fc.integer({ min: 1440, max: 4320 }).map((n) => new RunCommand(n));
const commands = fc.commands([
  fc.integer({ min: 1, max: 720 }).map((n) => new RunCommand(n)),
  longRun, longRun,
  fc.constant(new PatientBolusCommand()), fc.constant(new PatientBolusCommand()),
  refill, refill,
  programChange, programChange,
  clockChange, clockChange,
], { maxCommands: 60 });

/** A pump started at `hour` with `fillMl` of `conc` mg/mL running `sched`, and its model. */
function setup(sched: DoseSchedule, conc: number, fillMl: string, hour: number): { model: Model; real: Real } {
  const program = wireProgram(sched, conc);
  const fill = Rational.fromDecimal(fillMl);
  const clock = Rational.of(BigInt(hour * 3600));
  const real: Real = {
    s: startPump(A, {
      program: engineProgram(program) as DailyProgram<Exact>, clock: A.fromDecimalString(clock.toString()),
      fill: A.fromDecimalString(fill.mul(Rational.of(ML)).toString()), concentrations: [baseConc(conc)],
      alarmVolume: A.fromInteger(ALARM_ML * ML), deadVolume: A.fromInteger(DEAD_ML.mul(Rational.of(ML)).floor()), deadVolumeConcentrations: [baseConc(conc)],
    }),
  };
  const model: Model = {
    time: Rational.ZERO, clock, schedule: sched, conc, initialConc: conc, program, pieces: [],
    fills: [{ time: Rational.ZERO, volume: fill, conc }], patientStarts: [], quietUntil: Rational.ZERO, refills: [],
    samples: [{ t: Rational.ZERO, tip: Rational.ZERO }],
  };
  model.prediction = predict(model, fill);
  return { model, real };
}

describe('model-based test of the pump', () => {
  it('[REQ-MODEL-001] [REQ-XREFILL-001] a refill that only the check across it stops: 3 mg/day, then a new 1 mg/day with 2 mg over 1 h at the refill', () => {
    // every 24 h window from the refill on holds 3 mg (the new program's worst); the window from 23 h before it holds
    // 23/24 × 3 mg of the old program, the 2 mg bolus and 1 h of the new basal: 4.9 mg, over the 3 mg ceiling
    const steady: DoseSchedule = { steps: [{ hour: 0, k: 150 }], patient: false };
    const heavyStart: DoseSchedule = { steps: [{ hour: 0, k: 50 }], periodic: { hour: 0, j: 100, minutes: 60 }, patient: false };
    const scenario = (crossing: boolean): fc.Command<Model, Real>[] => [new RunCommand(2880), new RefillCommand('40', 10, heavyStart, crossing), new RunCommand(1440)];
    // with the check the refill is refused, and every window keeps to the ceiling
    const checked = setup(steady, 10, '40', 0);
    fc.modelRun(() => checked, scenario(true));
    expect(checked.model.refills).toEqual([]);
    // without it the refill goes ahead and a window across it breaks the ceiling
    const unchecked = setup(steady, 10, '40', 0);
    expect(() => fc.modelRun(() => unchecked, scenario(false))).toThrow('59/12 mg in [90000, 176400] s');
    expect(unchecked.model.refills.length).toBe(1);
  });

  it('[REQ-MODEL-001] [REQ-RES-005] [REQ-RES-001] [REQ-BRIDGE-003] [REQ-CLOCK-003] [REQ-XREFILL-001] random runs, patient boluses, refills (with new doses or not), program and clock changes keep the reservoir, the alarm and the tip dose as the model says', () => {
    holds(
      fc.property(
        schedule(100),
        fc.constantFrom(...CONCENTRATIONS),
        fc.constantFrom('0.3', '2.5', '5', '40'),
        fc.integer({ min: 0, max: 23 }),
        commands,
        (sched, conc, fillMl, hour, cmds) => {
          const start = setup(sched, conc, fillMl, hour);
          fc.modelRun(() => start, cmds);
        },
      ),
      fuzzProfile(40),
    );
  });
});
