import type { DeviceProgram } from './DeviceProgram.js';
import { crc32c } from './crc32c.js';
import { IMAGE_LAYOUT as L } from './imageLayout.js';

/**
 * The program image of a device program (format version 1,
 * docs/firmware-image.md): header, steps, periodic boluses, drugs, then the
 * CRC-32C of everything before it; little-endian. The device program comes
 * from `toDeviceProgram`, which has checked every field against the image
 * bounds; this only lays the bytes out.
 *
 * @example
 * import { encodeImage } from './encodeImage.js';
 * // encodeImage(device).subarray(0, 4) is the ASCII "ITDI"
 *
 * Implements REQ-FW-001.
 * @since 0.1.0
 */
export function encodeImage(p: DeviceProgram): Uint8Array {
  const total = L.headerBytes + p.steps.length * L.stepBytes + p.periodicBoluses.length * L.bolusBytes + p.drugs.length * L.drugBytes + L.crcBytes;
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  const u16 = (at: number, v: number): void => view.setUint16(at, v, true);
  const u32 = (at: number, v: bigint | number): void => view.setUint32(at, Number(v), true);
  const ascii = (at: number, text: string): void => {
    for (let i = 0; i < text.length; i++) bytes[at + i] = text.charCodeAt(i);
  };
  ascii(L.at.magic, L.magic);
  u16(L.at.formatVersion, L.formatVersion);
  u16(L.at.headerBytes, L.headerBytes);
  u32(L.at.totalBytes, total);
  ascii(L.at.engineVersion, p.engineVersion);
  ascii(L.at.drugLibraryVersion, p.drugLibraryVersion);
  ascii(L.at.pumpProfile, p.pumpProfile);
  u32(L.at.period, p.periodSeconds);
  u16(L.at.stepCount, p.steps.length);
  u16(L.at.periodicCount, p.periodicBoluses.length);
  u16(L.at.drugCount, p.drugs.length);
  const pb = p.patientBolus;
  u16(L.at.flags, pb === undefined ? 0 : 1);
  if (pb !== undefined) {
    u32(L.at.patientVolume, pb.volumeNl);
    u32(L.at.patientDuration, pb.durationSeconds);
    u32(L.at.patientLockout, pb.lockoutSeconds);
    u32(L.at.patientMaxPerDay, pb.maxPerDay);
  }
  let at = L.headerBytes;
  for (const s of p.steps) {
    u32(at, s.startSeconds);
    u32(at + 4, s.flowNlPerDay);
    at += L.stepBytes;
  }
  for (const b of p.periodicBoluses) {
    u32(at, b.startSeconds);
    u32(at + 4, b.volumeNl);
    u32(at + 8, b.durationSeconds);
    at += L.bolusBytes;
  }
  for (const d of p.drugs) {
    ascii(at, d.name);
    u32(at + L.nameBytes, d.ceilingNlPer24h);
    at += L.drugBytes;
  }
  u32(at, crc32c(bytes.subarray(0, at)));
  return bytes;
}
