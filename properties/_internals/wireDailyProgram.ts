import fc from 'fast-check';
import type { WireDailyProgram } from '../../spec/reference/WireDailyProgram.js';

/** `n / 10^digits` as a plain decimal (`n` ≥ 0). */
function decimalText(n: number, digits: number): string {
  const s = n.toString().padStart(digits + 1, '0');
  return digits === 0 ? s : `${s.slice(0, -digits)}.${s.slice(-digits)}`;
}

/** "HH:MM" of a minute of the day. */
export function clockText(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** Flow units with the decimals a quantum of each is written with. */
const FLOW_UNITS = [
  { unit: 'mL/day', digits: 3 },
  { unit: 'uL/h', digits: 1 },
  { unit: 'mL/h', digits: 4 },
  { unit: 'uL/day', digits: 0 },
] as const;

/** Clock minutes that are edges: midnight, the minute before it, noon. */
const edgeMinute = fc.constantFrom(0, 1, 1438, 1439, 720);

/** Step starts: 00:00, then up to 6 more distinct minutes, 23:59 often among them. */
const stepStarts = fc
  .uniqueArray(fc.oneof({ arbitrary: fc.integer({ min: 1, max: 1439 }), weight: 3 }, { arbitrary: fc.constantFrom(1, 1438, 1439), weight: 1 }), { maxLength: 6 })
  .map((xs) => [0, ...xs.sort((a, b) => a - b)]);

/** Step rates as quanta of the unit: fresh values, zeros, or neighbours of the previous step (equal, ±1 quantum). */
const rateQuanta = (count: number): fc.Arbitrary<number[]> =>
  fc.tuple(
    fc.integer({ min: 0, max: 30_000 }),
    fc.array(fc.oneof(
      { arbitrary: fc.record({ kind: fc.constant('fresh' as const), k: fc.integer({ min: 0, max: 30_000 }) }), weight: 3 },
      { arbitrary: fc.record({ kind: fc.constant('zero' as const), k: fc.constant(0) }), weight: 1 },
      { arbitrary: fc.record({ kind: fc.constant('next' as const), k: fc.integer({ min: -1, max: 1 }) }), weight: 2 },
    ), { minLength: count, maxLength: count }),
  ).map(([first, rest]) => {
    const out: number[] = [];
    let prev = first;
    for (const r of rest) {
      prev = r.kind === 'next' ? Math.max(0, prev + r.k) : r.k;
      out.push(prev);
    }
    return out;
  });

/** A duration below 24 h, in whichever unit writes it: minutes, seconds, hours, fractional hours. */
const periodicDuration = fc.oneof(
  fc.integer({ min: 1, max: 720 }).map((m) => `${m} min`),
  fc.integer({ min: 1, max: 86_399 }).map((s) => `${s} s`),
  fc.integer({ min: 1, max: 23 }).map((h) => `${h} h`),
  fc.constantFrom('1.5 h', '0.25 h', '23.99 h', '1439 min'),
);

/** A volume: quanta of 0.001 mL, of 0.1 uL, or of 0.000001 mL (a fraction of a base unit, so bolus parts round). */
const volume = (maxQuanta: number): fc.Arbitrary<string> =>
  fc.oneof(
    fc.integer({ min: 0, max: maxQuanta }).map((k) => `${decimalText(k, 3)} mL`),
    fc.integer({ min: 0, max: maxQuanta * 10 }).map((k) => `${decimalText(k, 1)} uL`),
    fc.integer({ min: 0, max: maxQuanta * 1000 }).map((k) => `${decimalText(k, 6)} mL`),
  );

const periodicBolus = fc.record({
  start: fc.oneof(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1320, max: 1439 }), edgeMinute).map(clockText),
  volume: volume(500),
  duration: periodicDuration,
});

/** A duration in minutes, written in min, h (when whole) or s. */
const minutesText = (m: number, how: number): string =>
  how === 0 && m % 60 === 0 ? `${m / 60} h` : how === 1 ? `${m * 60} s` : `${m} min`;

/**
 * Patient boluses on a grid of `u` minutes (gcd(u, 24 h) is 5 min or
 * coarser, so the reference's exhaustive search stays small): lockouts that
 * divide 24 h and lockouts just either side of 24 h / k (leaving a remainder
 * shorter than, equal to or longer than the bolus), lockout = duration,
 * lockouts over 24 h, and maxPerDay 0, 1, near what the lockout allows, and
 * large.
 */
const patientBolus = fc
  .record({
    u: fc.constantFrom(5, 10, 15, 20, 25, 30, 35, 45, 55, 60, 90, 120),
    a: fc.integer({ min: 1, max: 12 }),
    lock: fc.oneof(
      fc.record({ kind: fc.constant('extra' as const), b: fc.integer({ min: 0, max: 40 }) }),
      fc.record({ kind: fc.constant('extra' as const), b: fc.integer({ min: 0, max: 400 }) }),
      fc.record({ kind: fc.constant('near' as const), b: fc.integer({ min: 1, max: 24 }), off: fc.integer({ min: -2, max: 2 }) }),
      fc.record({ kind: fc.constant('near' as const), b: fc.integer({ min: 1, max: 24 }), off: fc.integer({ min: -2, max: 2 }) }),
      fc.record({ kind: fc.constant('equal' as const), b: fc.constant(0) }),
    ),
    max: fc.oneof(
      fc.record({ near: fc.constant(false), n: fc.oneof(fc.constantFrom(0, 1), fc.integer({ min: 2, max: 12 }), fc.integer({ min: 13, max: 1000 })) }),
      fc.record({ near: fc.constant(true), n: fc.integer({ min: -1, max: 1 }) }),
    ),
    vol: volume(300),
    how: fc.integer({ min: 0, max: 2 }),
  })
  .map(({ u, a, lock, max, vol, how }) => {
    // at most 4 h, and at most 1 h on the grids that do not divide 24 h evenly (25, 35, 55 min), to keep the search grid coarse
    const d = u * Math.max(1, Math.min(a, Math.floor((1440 % u === 0 ? 240 : 60) / u)));
    let L = lock.kind === 'extra' ? d + u * lock.b : lock.kind === 'equal' ? d : u * (Math.floor(1440 / lock.b / u) + lock.off);
    L = Math.max(L, d);
    // near: one less than, as many as, or one more than the whole boluses the lockout fits in 24 h
    const maxPerDay = max.near ? Math.max(0, Math.floor(1440 / L) + max.n) : max.n;
    return { volume: vol, duration: minutesText(d, how), lockout: minutesText(L, (how + 1) % 3), maxPerDay };
  });

/**
 * Random daily programs in wire form (the shape of `compile`'s `program`),
 * over the edges the kernel must get right: steps at 23:59 and in adjacent
 * minutes, zero rates and neighbouring rates, periodic boluses across
 * midnight and of durations in s, min and h, patient boluses with lockouts
 * that do not divide 24 h, lockout = duration, maxPerDay 0, 1 and large.
 *
 * @example
 * import fc from 'fast-check';
 * import { wireDailyProgram } from './wireDailyProgram.js';
 * const [p] = fc.sample(wireDailyProgram, { seed: 1, numRuns: 1 });
 * // p.steps[0].start === '00:00'
 *
 * Implements REQ-FUZZ-003 (generators that reach the edges of the worst case).
 * @since 0.1.0
 */
export const wireDailyProgram: fc.Arbitrary<WireDailyProgram> = stepStarts
  .chain((starts) => fc.tuple(fc.constant(starts), rateQuanta(starts.length), fc.constantFrom(...FLOW_UNITS)))
  .chain(([starts, quanta, flow]) =>
    fc.record({
      steps: fc.constant(starts.map((s, i) => ({ start: clockText(s), rate: `${decimalText(quanta[i] ?? 0, flow.digits)} ${flow.unit}` }))),
      periodicBoluses: fc.array(periodicBolus, { maxLength: 3 }),
      patientBolus: fc.option(patientBolus, { nil: undefined, freq: 3 }),
    }),
  )
  .map(({ steps, periodicBoluses, patientBolus: pb }) => (pb === undefined ? { steps, periodicBoluses } : { steps, periodicBoluses, patientBolus: pb }));
