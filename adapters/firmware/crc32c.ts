/**
 * CRC-32C (Castagnoli: reflected polynomial 0x82F63B78, initial value and
 * final xor 0xFFFFFFFF) of `bytes`; the image's check value. Check value of
 * the ASCII "123456789": 0xE3069283.
 *
 * @example
 * import { crc32c } from './crc32c.js';
 * crc32c(new TextEncoder().encode('123456789')); // 0xe3069283
 *
 * Implements REQ-FW-001.
 * @since 0.1.0
 */
export function crc32c(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) {
      crc = (crc & 1) === 1 ? (crc >>> 1) ^ 0x82f63b78 : crc >>> 1;
    }
  }
  return (crc ^ 0xffffffff) >>> 0;
}
