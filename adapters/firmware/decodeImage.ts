import * as E from 'fp-ts/lib/Either.js';
import { engineError, type EngineError } from '../../core/index.js';
import type { DeviceBolus, DeviceDrug, DevicePatientBolus, DeviceProgram, DeviceStep } from './DeviceProgram.js';
import { crc32c } from './crc32c.js';
import { IMAGE_BOUNDS as B, IMAGE_LAYOUT as L, MAX_IMAGE_BYTES } from './imageLayout.js';

/** A bolus the scheduler can deliver exactly: 0 to 100 mL over 1 s to 24 h, volume × 86400 a multiple of the duration. */
function bolusOk(volume: bigint, duration: bigint): boolean {
  return duration >= 1n && duration < B.daySeconds && volume <= B.maxBolusNl && (volume * B.daySeconds) % duration === 0n;
}

/**
 * Reads a program image, checking, in this order and before any field is
 * used, what the C decoder checks: length, magic, format version, declared
 * length, CRC-32C, then counts, the length they give, every range and the
 * order of the steps. Anything else is IMAGE_CORRUPT, its path naming the
 * field. The TypeScript twin of `itd_decode` (a test runs both on the same
 * images).
 *
 * @example
 * import { decodeImage } from './decodeImage.js';
 * decodeImage(new Uint8Array(3))._tag; // "Left": IMAGE_CORRUPT at "length"
 *
 * Implements REQ-FW-001, REQ-FW-003.
 * @since 0.1.0
 */
export function decodeImage(bytes: Uint8Array): E.Either<EngineError[], DeviceProgram> {
  const bad = (path: string, message: string): E.Either<EngineError[], DeviceProgram> => E.left([engineError('IMAGE_CORRUPT', path, message)]);
  const n = bytes.length;
  if (n < L.headerBytes + L.crcBytes || n > MAX_IMAGE_BYTES) return bad('length', `an image has ${L.headerBytes + L.crcBytes} to ${MAX_IMAGE_BYTES} bytes; got ${n}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, n);
  const u16 = (at: number): number => view.getUint16(at, true);
  const u32 = (at: number): bigint => BigInt(view.getUint32(at, true));
  const text = (at: number, size: number): string | undefined => {
    const raw = bytes.subarray(at, at + size);
    const end = raw.indexOf(0) === -1 ? size : raw.indexOf(0);
    if (end === 0 || raw.subarray(end).some((c) => c !== 0) || raw.subarray(0, end).some((c) => c < 0x20 || c > 0x7e)) return undefined;
    return String.fromCharCode(...raw.subarray(0, end));
  };
  if (String.fromCharCode(...bytes.subarray(0, 4)) !== L.magic) return bad('magic', 'not a program image (magic is not "ITDI")');
  if (u16(L.at.formatVersion) !== L.formatVersion) return bad('formatVersion', `format version ${u16(L.at.formatVersion)}; this decoder reads ${L.formatVersion}`);
  if (u16(L.at.headerBytes) !== L.headerBytes) return bad('headerBytes', `the header has ${L.headerBytes} bytes`);
  if (u32(L.at.totalBytes) !== BigInt(n)) return bad('totalBytes', `the image says ${u32(L.at.totalBytes)} bytes; ${n} arrived`);
  if (BigInt(crc32c(bytes.subarray(0, n - L.crcBytes))) !== u32(n - L.crcBytes)) return bad('crc', 'CRC-32C mismatch: the image is damaged');

  const period = u32(L.at.period);
  const stepCount = u16(L.at.stepCount);
  const periodicCount = u16(L.at.periodicCount);
  const drugCount = u16(L.at.drugCount);
  const flags = u16(L.at.flags);
  if (stepCount < 1 || stepCount > B.maxSteps) return bad('stepCount', `1 to ${B.maxSteps} steps`);
  if (periodicCount > B.maxPeriodic) return bad('periodicCount', `at most ${B.maxPeriodic} periodic boluses`);
  if (drugCount < 1 || drugCount > B.maxDrugs) return bad('drugCount', `1 to ${B.maxDrugs} drugs`);
  if (L.headerBytes + stepCount * L.stepBytes + periodicCount * L.bolusBytes + drugCount * L.drugBytes + L.crcBytes !== n) return bad('length', 'the counts do not give the image length');
  if (flags > 1) return bad('flags', 'unknown flags');
  if (period !== B.daySeconds && period !== B.weekSeconds) return bad('period', 'the period is 86400 or 604800 s');
  const engineVersion = text(L.at.engineVersion, L.versionBytes);
  const drugLibraryVersion = text(L.at.drugLibraryVersion, L.versionBytes);
  const pumpProfile = text(L.at.pumpProfile, L.nameBytes);
  if (engineVersion === undefined) return bad('engineVersion', 'not printable ASCII then NUL bytes');
  if (drugLibraryVersion === undefined) return bad('drugLibraryVersion', 'not printable ASCII then NUL bytes');
  if (pumpProfile === undefined) return bad('pumpProfile', 'not printable ASCII then NUL bytes');

  const pbFields = [u32(L.at.patientVolume), u32(L.at.patientDuration), u32(L.at.patientLockout), u32(L.at.patientMaxPerDay)] as const;
  let patientBolus: DevicePatientBolus | undefined;
  if (flags === 1) {
    const [volumeNl, durationSeconds, lockoutSeconds, maxPerDay] = pbFields;
    if (!bolusOk(volumeNl, durationSeconds)) return bad('patientBolus', 'volume or duration out of bounds');
    if (lockoutSeconds < durationSeconds || lockoutSeconds > B.weekSeconds) return bad('patientBolus.lockout', 'the lockout is at least the duration and at most a week');
    if (maxPerDay > BigInt(B.maxPerDay)) return bad('patientBolus.maxPerDay', `at most ${B.maxPerDay}`);
    patientBolus = { volumeNl, durationSeconds, lockoutSeconds, maxPerDay };
  } else if (pbFields.some((v) => v !== 0n)) {
    return bad('patientBolus', 'no patient bolus: its fields are zero');
  }

  let at = L.headerBytes;
  const steps: DeviceStep[] = [];
  for (let i = 0; i < stepCount; i++, at += L.stepBytes) {
    const step = { startSeconds: u32(at), flowNlPerDay: u32(at + 4) };
    if (step.startSeconds >= period || step.flowNlPerDay > B.maxFlowNlPerDay) return bad(`steps.${i}`, 'start or flow out of bounds');
    const before = steps[i - 1];
    if (before === undefined ? step.startSeconds !== 0n : step.startSeconds <= before.startSeconds) return bad(`steps.${i}.start`, 'steps start at 0 and strictly increase');
    steps.push(step);
  }
  const periodicBoluses: DeviceBolus[] = [];
  for (let i = 0; i < periodicCount; i++, at += L.bolusBytes) {
    const b = { startSeconds: u32(at), volumeNl: u32(at + 4), durationSeconds: u32(at + 8) };
    if (b.startSeconds >= period || !bolusOk(b.volumeNl, b.durationSeconds)) return bad(`periodicBoluses.${i}`, 'start, volume or duration out of bounds');
    periodicBoluses.push(b);
  }
  const drugs: DeviceDrug[] = [];
  for (let i = 0; i < drugCount; i++, at += L.drugBytes) {
    const name = text(at, L.nameBytes);
    if (name === undefined) return bad(`drugs.${i}.name`, 'not printable ASCII then NUL bytes');
    drugs.push({ name, ceilingNlPer24h: u32(at + L.nameBytes) });
  }
  return E.right({ engineVersion, drugLibraryVersion, pumpProfile, periodSeconds: period, steps, periodicBoluses, ...(patientBolus === undefined ? {} : { patientBolus }), drugs });
}
