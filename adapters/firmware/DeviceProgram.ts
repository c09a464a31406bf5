/**
 * A program image's content in device units, every figure a whole number:
 * times in seconds, basal flows in nL/day, volumes in nL. The image is this,
 * laid out as `docs/firmware-image.md` says, with a CRC-32C.
 *
 * Implements REQ-FW-001.
 * @since 0.1.0
 */
export interface DeviceProgram {
  readonly engineVersion: string;
  readonly drugLibraryVersion: string;
  readonly pumpProfile: string;
  /** 86400 (a daily program) or 604800 (a week program, from Monday 00:00). */
  readonly periodSeconds: bigint;
  readonly steps: readonly DeviceStep[];
  readonly periodicBoluses: readonly DeviceBolus[];
  readonly patientBolus?: DevicePatientBolus;
  readonly drugs: readonly DeviceDrug[];
}

/** A basal step: from `startSeconds` of the period at `flowNlPerDay`. @since 0.1.0 */
export interface DeviceStep {
  readonly startSeconds: bigint;
  readonly flowNlPerDay: bigint;
}

/** A periodic bolus: `volumeNl` evenly over `durationSeconds` from `startSeconds`, every period. @since 0.1.0 */
export interface DeviceBolus {
  readonly startSeconds: bigint;
  readonly volumeNl: bigint;
  readonly durationSeconds: bigint;
}

/** The patient bolus rules. @since 0.1.0 */
export interface DevicePatientBolus {
  readonly volumeNl: bigint;
  readonly durationSeconds: bigint;
  readonly lockoutSeconds: bigint;
  readonly maxPerDay: bigint;
}

/** A drug of the reservoir and the most volume of the program any 24 h may deliver (defence in depth). @since 0.1.0 */
export interface DeviceDrug {
  readonly name: string;
  readonly ceilingNlPer24h: bigint;
}
