import { describe, expect, it } from 'vitest';
import * as E from 'fp-ts/lib/Either.js';
import { decodeImage } from '../../../adapters/firmware/decodeImage.js';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { crc32c } from '../../../adapters/firmware/crc32c.js';
import { CC, C_DIR, C_SOURCE, SANITIZER_ENV, STRICT, runHarness, writeTemp } from './_harness.js';
import { PRESCRIPTIONS, imageOf } from './_prescriptions.js';

// REQ-FW-006: every single-bit and double-bit flip and every truncation of the images is rejected by the C decoder
// (exhaustively: every bit pair of every image); random byte strings and random mutations never crash it (ASan + UBSan).
function counts(out: string): Record<string, { tried: number; accepted: number }> {
  return Object.fromEntries(out.trim().split('\n').map((line) => {
    const [kind, tried, , accepted] = line.split(' ');
    return [kind ?? '', { tried: Number(tried), accepted: Number(accepted) }];
  }));
}

describe('the C decoder rejects every damaged image', () => {
  for (const name of Object.keys(PRESCRIPTIONS)) {
    // every bit pair of the small images (152 bytes: 738 720 pairs each); the larger ones every single flip
    const small = imageOf(name).image.length <= 152;
    it(`[REQ-FW-006] ${name}: every 1-bit flip${small ? ', every 2-bit flip' : ''} and every truncation is rejected`, () => {
      const image = imageOf(name).image;
      const c = counts(runHarness('fast', ['corrupt', writeTemp(`${name}.bin`, image), small ? 'double' : 'single']));
      const bits = image.length * 8;
      expect(c['single']).toEqual({ tried: bits, accepted: 0 });
      expect(c['double']).toEqual(small ? { tried: (bits * (bits - 1)) / 2, accepted: 0 } : undefined);
      expect(c['truncation']).toEqual({ tried: image.length, accepted: 0 });
    });
  }

  it('[REQ-FW-006] the TypeScript decoder rejects every 1-bit flip and truncation of the smallest image too', () => {
    const image = imageOf('continuous-3mg-day').image;
    let accepted = 0;
    for (let bit = 0; bit < image.length * 8; bit++) {
      const copy = Uint8Array.from(image);
      copy[bit >> 3] = (copy[bit >> 3] ?? 0) ^ (1 << (bit & 7));
      if (E.isRight(decodeImage(copy))) accepted++;
    }
    for (let n = 0; n < image.length; n++) if (E.isRight(decodeImage(image.subarray(0, n)))) accepted++;
    expect(accepted).toBe(0);
    expect(E.isRight(decodeImage(image))).toBe(true);
  });

  it('[REQ-FW-006] the libFuzzer target, built as a replayer with cc under ASan + UBSan, runs every image and 2000 mutations with their CRC made right', () => {
    const replay = writeTemp('fuzz-replay', '');
    execFileSync(CC, [...STRICT, '-g', '-O1', '-fsanitize=address,undefined', '-fno-sanitize-recover=all', '-DITD_FUZZ_REPLAY', `-I${C_DIR}`, C_SOURCE, join(C_DIR, 'fuzz/fuzz_image.c'), '-o', replay], { stdio: 'pipe' });
    const files: string[] = [];
    let seed = 20_260_101;
    const next = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed;
    };
    for (const name of Object.keys(PRESCRIPTIONS)) {
      const image = imageOf(name).image;
      files.push(writeTemp(`${name}.bin`, image));
      for (let k = 0; k < 400; k++) {
        const m = Uint8Array.from(image);
        const at = 12 + (next() % (m.length - 16));
        m[at] = (m[at] ?? 0) ^ (1 + (next() % 255));
        new DataView(m.buffer).setUint32(m.length - 4, crc32c(m.subarray(0, m.length - 4)), true);
        files.push(writeTemp(`${name}-${k}.bin`, m));
      }
    }
    const out = execFileSync(replay, files, { env: SANITIZER_ENV, encoding: 'utf8' });
    expect(out.trim()).toBe(`replayed ${files.length}`);
    expect(files).toHaveLength(2005);
  });

  it('[REQ-FW-006] random byte strings and random mutations never crash the decoder or the scheduler (ASan + UBSan)', () => {
    const image = imageOf('flex-periodic-admixture').image;
    const out = runHarness('sanitized', ['fuzz', '20260101', '200000', writeTemp('fuzz.bin', image)]).trim();
    const [, runs, , accepted, , restamped, , scheduled] = out.split(' ');
    expect(Number(runs)).toBe(200_000);
    expect(Number(accepted)).toBe(0);
    // mutations with the CRC made right pass the CRC: some are still valid images, and the scheduler runs them
    expect(Number(restamped)).toBeGreaterThan(0);
    expect(Number(scheduled)).toBeGreaterThan(0);
  });
});
