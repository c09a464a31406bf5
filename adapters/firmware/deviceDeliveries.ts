import { cumulativeVolume, decimalArithmetic as A, worst24hVolume, type DailyProgram, type Exact } from '../../core/index.js';
import type { DeviceProgram } from './DeviceProgram.js';

const DAY = 86_400n;
const e = (n: bigint): Exact => A.fromInteger(n);
const big = (x: Exact): bigint => BigInt(A.toDecimalString(x));

/**
 * The device program as a core program in units 86400 times finer than nL
 * (flows nL/day, volumes 1/86400 nL), so that the core's kernel computes the
 * device's exact figures: each bolus's rate is a whole number of units a
 * second (the image guarantees it), so no kernel rounding applies.
 */
function scaledProgram(p: DeviceProgram, withPatient: boolean): DailyProgram<Exact> {
  const pb = p.patientBolus;
  return {
    steps: p.steps.map((s) => ({ start: e(s.startSeconds), flow: e(s.flowNlPerDay) })),
    periodicBoluses: p.periodicBoluses.map((b) => ({ start: e(b.startSeconds), volume: e(b.volumeNl * DAY), duration: e(b.durationSeconds) })),
    ...(withPatient && pb !== undefined ? { patientBolus: { volume: e(pb.volumeNl * DAY), duration: e(pb.durationSeconds), lockout: e(pb.lockoutSeconds), maxPerDay: e(pb.maxPerDay) } } : {}),
    ...(p.periodSeconds === DAY ? {} : { period: e(p.periodSeconds) }),
  };
}

/** One call of the scheduler: pump time `t` (seconds from the period start), and whether the patient asked for a bolus. @since 0.1.0 */
export interface SchedulerCall {
  readonly t: bigint;
  readonly request: boolean;
}

/** What the scheduler must answer to a call: nanolitres to deliver, and the patient bolus outcome (as `itd_bolus_outcome`). @since 0.1.0 */
export interface ExpectedDelivery {
  readonly t: bigint;
  readonly deliverNl: bigint;
  readonly bolus: 0 | 1 | 2 | 3 | 4;
}

/**
 * The deliveries a device program must give, computed by the core: at each
 * call, the whole nanolitres due since the previous call, where the due
 * volume at time `t` is the core's `cumulativeVolume` of the program from
 * pump time 0 to `t` plus the patient boluses started so far, floored to
 * whole nL once (so the delivered total never runs ahead of the exact
 * volume, and lags it by less than 1 nL). Patient requests follow the image's
 * rules: refused within `lockout` of the last start, or when `maxPerDay`
 * starts already lie in the last 24 h `(t − 86400, t]`. The C scheduler must
 * give exactly these figures (the cross-check); it adds the 24 h ceiling,
 * which a program's own deliveries never reach at whole-minute calls.
 *
 * Work: one kernel call per call (each one term per step and bolus), and a
 * scan of at most 48 recent starts.
 *
 * @example
 * import { expectedDeliveries } from './deviceDeliveries.js';
 * // 0.3 mL/day, calls every hour: 12500 nL each
 * // expectedDeliveries(device, 0n, [{ t: 3600n, request: false }])[0].deliverNl === 12500n
 *
 * Implements REQ-FW-004.
 * @since 0.1.0
 */
export function expectedDeliveries(p: DeviceProgram, t0: bigint, calls: readonly SchedulerCall[]): ExpectedDelivery[] {
  const program = scaledProgram(p, false);
  const pb = p.patientBolus;
  const starts: bigint[] = [];
  const due = (t: bigint): bigint => {
    let units = big(cumulativeVolume(A, program, A.zero, e(t)));
    if (pb !== undefined) {
      const rate = (pb.volumeNl * DAY) / pb.durationSeconds;
      for (const s of starts) units += rate * (t - s < pb.durationSeconds ? t - s : pb.durationSeconds);
    }
    return units / DAY;
  };
  let before = due(t0);
  return calls.map(({ t, request }) => {
    const now = due(t);
    const deliverNl = now - before;
    before = now;
    let bolus: ExpectedDelivery['bolus'] = 0;
    if (request) {
      const last = starts[starts.length - 1];
      if (pb === undefined || pb.maxPerDay === 0n) bolus = 4;
      else if (last !== undefined && t - last < pb.lockoutSeconds) bolus = 2;
      else if (BigInt(starts.filter((s) => t < DAY || s > t - DAY).length) >= pb.maxPerDay) bolus = 3;
      else {
        bolus = 1;
        starts.push(t);
        if (starts.length > 48) starts.shift();
      }
    }
    return { t, deliverNl, bolus };
  });
}

/**
 * The most nanolitres the device program can deliver in any 24 h, by the
 * core's `worst24hVolume` (patient boluses placed adversarially), rounded up
 * to whole nL: an upper bound of what the scheduler delivers in any 24 h,
 * since `floor(x) − floor(y) ≤ ceil(x − y)`.
 *
 * Implements REQ-FW-005.
 * @since 0.1.0
 */
export function deviceWorst24hNl(p: DeviceProgram): bigint {
  const units = big(A.ceilDiv(worst24hVolume(A, scaledProgram(p, true)).volume, A.one));
  return (units + DAY - 1n) / DAY;
}
