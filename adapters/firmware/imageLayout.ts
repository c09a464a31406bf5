/**
 * The program image's layout, format version 1 (docs/firmware-image.md):
 * little-endian, fixed field sizes, no padding. The C decoder
 * (`c/itdose_image.h`) carries the same constants; a test compares them.
 *
 * Implements REQ-FW-001.
 * @since 0.1.0
 */
export const IMAGE_LAYOUT = {
  magic: 'ITDI',
  formatVersion: 1,
  headerBytes: 104,
  stepBytes: 8,
  bolusBytes: 12,
  drugBytes: 36,
  crcBytes: 4,
  versionBytes: 16,
  nameBytes: 32,
  /** Header offsets. */
  at: {
    magic: 0, formatVersion: 4, headerBytes: 6, totalBytes: 8, engineVersion: 12, drugLibraryVersion: 28, pumpProfile: 44,
    period: 76, stepCount: 80, periodicCount: 82, drugCount: 84, flags: 86,
    patientVolume: 88, patientDuration: 92, patientLockout: 96, patientMaxPerDay: 100,
  },
} as const;

/**
 * The image's bounds: an image outside them is refused by both decoders, and
 * a program outside them is refused by the encoder (IMAGE_NOT_REPRESENTABLE).
 * Engine bounds, chosen so every figure of the C scheduler fits 64 bits with
 * room to spare (docs/firmware-image.md, "Bounds"); no pump comes near them.
 *
 * Implements REQ-FW-001, REQ-FW-003.
 * @since 0.1.0
 */
export const IMAGE_BOUNDS = {
  maxSteps: 336,
  maxPeriodic: 336,
  maxDrugs: 16,
  maxPerDay: 48,
  /** 1 L/day in nL/day. */
  maxFlowNlPerDay: 1_000_000_000n,
  /** 100 mL in nL. */
  maxBolusNl: 100_000_000n,
  daySeconds: 86_400n,
  weekSeconds: 604_800n,
  maxU32: 4_294_967_295n,
} as const;

/** The largest image, bytes. @since 0.1.0 */
export const MAX_IMAGE_BYTES = IMAGE_LAYOUT.headerBytes + IMAGE_BOUNDS.maxSteps * IMAGE_LAYOUT.stepBytes
  + IMAGE_BOUNDS.maxPeriodic * IMAGE_LAYOUT.bolusBytes + IMAGE_BOUNDS.maxDrugs * IMAGE_LAYOUT.drugBytes + IMAGE_LAYOUT.crcBytes;
