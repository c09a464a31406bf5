import * as E from 'fp-ts/lib/Either.js';
import {
  decimalArithmetic as A, engineError, floorToGridTowardLessDrug, quotientTowardLessDrug, quotientUpForUpperBound,
  type CompileResult, type EngineError, type Exact, type RoundingRecord,
} from '../../core/index.js';
import type { DeviceBolus, DevicePatientBolus, DeviceProgram, DeviceStep } from './DeviceProgram.js';
import { IMAGE_BOUNDS, IMAGE_LAYOUT } from './imageLayout.js';
import { exactText, gcd, toBigInt } from './_internals/exactText.js';

/** What the image names besides the program. @since 0.1.0 */
export interface ImageIdentity {
  readonly engineVersion: string;
  readonly drugLibraryVersion: string;
  /** The pump profile the program was compiled for (a built-in name, or the integrator's own). */
  readonly pumpProfile: string;
}

/** A device program with every rounding its conversion made. @since 0.1.0 */
export interface DeviceConversion {
  readonly program: DeviceProgram;
  readonly roundings: readonly RoundingRecord[];
}

const THOUSAND = A.fromInteger(1000n);
const DAY = A.fromInteger(86_400n);

/**
 * The compiled program in device units, every figure from the core: basal
 * flows (numerically uL/day) times 1000 floored to whole nL/day; bolus
 * volumes (1/86400 uL) floored to whole nL, and further to a multiple of
 * `duration / gcd(duration, 86400)` nL so that the bolus's rate is a whole
 * number of 1/86400 nL per second (the C scheduler then delivers exactly);
 * lockouts rounded up to whole seconds; each drug's 24 h volume ceiling its
 * worst 24 h dose divided by its concentration, rounded up to whole nL (an
 * upper bound). Every rounding is toward less drug (or outward for the
 * bound) and reported. Times that must be whole seconds (step starts, bolus
 * starts and durations), one-off events, and anything beyond the image's
 * bounds are refused with IMAGE_NOT_REPRESENTABLE, never clamped.
 *
 * @example
 * import { toDeviceProgram } from './toDeviceProgram.js';
 * // toDeviceProgram(compiled, { engineVersion: '0.1.0', drugLibraryVersion: '1.3.0', pumpProfile: 'custom' })
 * //   .right.program.steps[0].flowNlPerDay === 300000n for 0.3 mL/day
 *
 * Implements REQ-FW-002.
 * @since 0.1.0
 */
export function toDeviceProgram(result: CompileResult, id: ImageIdentity): E.Either<EngineError[], DeviceConversion> {
  const errors: EngineError[] = [];
  const roundings: RoundingRecord[] = [];
  const refuse = (path: string, message: string): bigint => {
    errors.push(engineError('IMAGE_NOT_REPRESENTABLE', path, message));
    return 0n;
  };
  const text = (path: string, value: string, bytes: number): void => {
    if (!/^[\x20-\x7e]+$/.test(value) || value.length > bytes) refuse(path, `the image holds 1 to ${bytes} printable ASCII characters here; got ${JSON.stringify(value)}`);
  };
  const within = (path: string, value: bigint, most: bigint, unit: string): bigint =>
    value > most ? refuse(path, `${value} ${unit} is above the image bound ${most} ${unit}`) : value;
  const wholeSeconds = (path: string, x: Exact): bigint =>
    A.isInteger(x) && A.compare(x, A.zero) >= 0 ? within(path, toBigInt(x), IMAGE_BOUNDS.maxU32, 's') : refuse(path, `${A.toDecimalString(x)} s is not a whole number of seconds`);

  text('engineVersion', id.engineVersion, IMAGE_LAYOUT.versionBytes);
  text('drugLibraryVersion', id.drugLibraryVersion, IMAGE_LAYOUT.versionBytes);
  text('pumpProfile', id.pumpProfile, IMAGE_LAYOUT.nameBytes);
  if (result.oneOff !== undefined) refuse('oneOff', 'one-off events are not part of image format 1');
  const program = result.program;
  const periodSeconds = program.period === undefined ? IMAGE_BOUNDS.daySeconds : wholeSeconds('program.period', program.period);
  if (periodSeconds !== IMAGE_BOUNDS.daySeconds && periodSeconds !== IMAGE_BOUNDS.weekSeconds) refuse('program.period', 'the period is a day or a week');
  if (program.steps.length > IMAGE_BOUNDS.maxSteps) refuse('program.steps', `more than ${IMAGE_BOUNDS.maxSteps} steps`);
  if (program.periodicBoluses.length > IMAGE_BOUNDS.maxPeriodic) refuse('program.periodicBoluses', `more than ${IMAGE_BOUNDS.maxPeriodic} periodic boluses`);
  if (result.drugs.length > IMAGE_BOUNDS.maxDrugs) refuse('drugs', `more than ${IMAGE_BOUNDS.maxDrugs} drugs`);

  const steps: DeviceStep[] = program.steps.map((step, i) => {
    const path = `image.steps.${i}.flow`;
    const exact = A.mul(step.flow, THOUSAND);
    const floored = floorToGridTowardLessDrug(A, exact, A.one);
    if (floored.changed) roundings.push({ what: path, from: `${exactText(exact, A.one)} nL/day`, to: `${A.toDecimalString(floored.value)} nL/day`, direction: 'toward less drug', why: 'the image holds whole nL/day' });
    return { startSeconds: wholeSeconds(`program.steps.${i}.start`, step.start), flowNlPerDay: within(path, toBigInt(floored.value), IMAGE_BOUNDS.maxFlowNlPerDay, 'nL/day') };
  });

  const bolusVolume = (path: string, volume: Exact, duration: Exact): bigint => {
    if (!A.isInteger(duration) || A.compare(duration, A.zero) <= 0) return refuse(path, 'the bolus duration is not a whole number of seconds');
    const grid = toBigInt(duration) / gcd(toBigInt(duration), 86_400n);
    const scaled = A.mul(volume, THOUSAND);
    const floored = quotientTowardLessDrug(A, scaled, DAY, A.fromInteger(grid));
    if (floored.changed) {
      roundings.push({ what: path, from: `${exactText(scaled, DAY)} nL`, to: `${A.toDecimalString(floored.value)} nL`, direction: 'toward less drug', why: grid === 1n ? 'the image holds whole nL' : `the image holds whole nL, a multiple of ${grid} nL over ${A.toDecimalString(duration)} s so that the bolus runs at a whole number of 1/86400 nL a second` });
    }
    return within(path, toBigInt(floored.value), IMAGE_BOUNDS.maxBolusNl, 'nL');
  };

  const periodicBoluses: DeviceBolus[] = program.periodicBoluses.map((b, i) => ({
    startSeconds: wholeSeconds(`program.periodicBoluses.${i}.start`, b.start),
    volumeNl: bolusVolume(`image.periodicBoluses.${i}.volume`, b.volume, b.duration),
    durationSeconds: within(`program.periodicBoluses.${i}.duration`, wholeSeconds(`program.periodicBoluses.${i}.duration`, b.duration), IMAGE_BOUNDS.daySeconds - 1n, 's'),
  }));

  let patientBolus: DevicePatientBolus | undefined;
  const pb = program.patientBolus;
  if (pb !== undefined) {
    const lockout = A.ceilDiv(pb.lockout, A.one);
    if (A.compare(lockout, pb.lockout) !== 0) {
      roundings.push({ what: 'image.patientBolus.lockout', from: `${A.toDecimalString(pb.lockout)} s`, to: `${A.toDecimalString(lockout)} s`, direction: 'toward less drug', why: 'the image holds whole seconds; a longer lockout allows no more boluses' });
    }
    patientBolus = {
      volumeNl: bolusVolume('image.patientBolus.volume', pb.volume, pb.duration),
      durationSeconds: within('program.patientBolus.duration', wholeSeconds('program.patientBolus.duration', pb.duration), IMAGE_BOUNDS.daySeconds - 1n, 's'),
      lockoutSeconds: within('program.patientBolus.lockout', toBigInt(lockout), IMAGE_BOUNDS.weekSeconds, 's'),
      maxPerDay: within('program.patientBolus.maxPerDay', wholeSeconds('program.patientBolus.maxPerDay', pb.maxPerDay), BigInt(IMAGE_BOUNDS.maxPerDay), 'boluses'),
    };
  }

  const drugs = result.drugs.map((name, i) => {
    text(`drugs.${i}`, name, IMAGE_LAYOUT.nameBytes);
    const doses = result.doses[name];
    if (doses === undefined || A.compare(doses.concentration.base, A.zero) <= 0) return { name, ceilingNlPer24h: refuse(`doses.${name}`, 'no positive concentration to turn the worst 24 h dose into a volume') };
    // mass (1/86400 ng) / concentration (ng/uL) = volume (1/86400 uL); times 1000/86400 for nL
    const scaled = A.mul(doses.worst24h.base, THOUSAND);
    const divisor = A.mul(doses.concentration.base, DAY);
    const ceiling = quotientUpForUpperBound(A, scaled, divisor, A.one);
    if (ceiling.changed) {
      roundings.push({ what: `image.drugs.${i}.ceiling`, from: `${exactText(scaled, divisor)} nL`, to: `${A.toDecimalString(ceiling.value)} nL`, direction: 'up (upper bound)', why: 'the image holds whole nL; the ceiling is an upper bound of the worst 24 h' });
    }
    return { name, ceilingNlPer24h: within(`image.drugs.${i}.ceiling`, toBigInt(ceiling.value), IMAGE_BOUNDS.maxU32, 'nL') };
  });

  if (errors.length > 0) return E.left(errors);
  return E.right({
    program: {
      engineVersion: id.engineVersion, drugLibraryVersion: id.drugLibraryVersion, pumpProfile: id.pumpProfile, periodSeconds,
      steps, periodicBoluses, ...(patientBolus === undefined ? {} : { patientBolus }), drugs,
    },
    roundings,
  });
}
