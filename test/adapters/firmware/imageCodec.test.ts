import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../core/index.js';
import { decodeCompileRequest } from '../../../spec/codecs/index.js';
import { crc32c } from '../../../adapters/firmware/crc32c.js';
import { decodeImage } from '../../../adapters/firmware/decodeImage.js';
import { encodeImage } from '../../../adapters/firmware/encodeImage.js';
import { IMAGE_BOUNDS, IMAGE_LAYOUT, MAX_IMAGE_BYTES } from '../../../adapters/firmware/imageLayout.js';
import { programImage } from '../../../adapters/firmware/programImage.js';
import type { DeviceProgram } from '../../../adapters/firmware/DeviceProgram.js';
import { execFileSync } from 'node:child_process';
import { CC, C_HEADER, C_SOURCE, STRICT, runHarness, writeTemp } from './_harness.js';
import { PRESCRIPTIONS, imageOf } from './_prescriptions.js';

/** The decoded image as the C driver prints it. */
function cText(p: DeviceProgram): string {
  const pb = p.patientBolus;
  return [
    'status 0', `engine ${p.engineVersion}`, `library ${p.drugLibraryVersion}`, `pump ${p.pumpProfile}`, `period ${p.periodSeconds}`,
    ...p.steps.map((s) => `step ${s.startSeconds} ${s.flowNlPerDay}`),
    ...p.periodicBoluses.map((b) => `periodic ${b.startSeconds} ${b.volumeNl} ${b.durationSeconds}`),
    ...(pb === undefined ? [] : [`patient ${pb.volumeNl} ${pb.durationSeconds} ${pb.lockoutSeconds} ${pb.maxPerDay}`]),
    ...p.drugs.map((d) => `drug ${d.name} ${d.ceilingNlPer24h}`),
  ].join('\n');
}

describe('the program image format', () => {
  it('[REQ-FW-001] the C header carries the same layout and bounds as the TypeScript one', () => {
    const h = readFileSync(C_HEADER, 'utf8');
    const define = (name: string): string => new RegExp(`#define ${name} ([0-9]+)u`).exec(h)?.[1] ?? 'missing';
    expect(define('ITD_FORMAT_VERSION')).toBe(String(IMAGE_LAYOUT.formatVersion));
    expect(define('ITD_HEADER_BYTES')).toBe(String(IMAGE_LAYOUT.headerBytes));
    expect(define('ITD_STEP_BYTES')).toBe(String(IMAGE_LAYOUT.stepBytes));
    expect(define('ITD_BOLUS_BYTES')).toBe(String(IMAGE_LAYOUT.bolusBytes));
    expect(define('ITD_DRUG_BYTES')).toBe(String(IMAGE_LAYOUT.drugBytes));
    expect(define('ITD_MAX_STEPS')).toBe(String(IMAGE_BOUNDS.maxSteps));
    expect(define('ITD_MAX_PERIODIC')).toBe(String(IMAGE_BOUNDS.maxPeriodic));
    expect(define('ITD_MAX_DRUGS')).toBe(String(IMAGE_BOUNDS.maxDrugs));
    expect(define('ITD_MAX_PER_DAY')).toBe(String(IMAGE_BOUNDS.maxPerDay));
    expect(define('ITD_MAX_FLOW_NL_PER_DAY')).toBe(String(IMAGE_BOUNDS.maxFlowNlPerDay));
    expect(define('ITD_MAX_BOLUS_NL')).toBe(String(IMAGE_BOUNDS.maxBolusNl));
    expect(MAX_IMAGE_BYTES).toBe(104 + 336 * 8 + 336 * 12 + 16 * 36 + 4);
  });

  it('[REQ-FW-003] the C sources build alone with strict C99 flags and hold no allocation, floating point, recursion or goto', () => {
    execFileSync(CC, [...STRICT, '-fsyntax-only', `-I${dirname(C_HEADER)}`, C_SOURCE], { stdio: 'pipe' });
    const code = `${readFileSync(C_HEADER, 'utf8')}\n${readFileSync(C_SOURCE, 'utf8')}`.replace(/\/\*[\s\S]*?\*\//g, '');
    expect(code.match(/\b(malloc|calloc|realloc|free|alloca|float|double|goto|setjmp|longjmp)\b/g)).toBeNull();
    expect(code.match(/#include\s*<([^>]+)>/g)?.sort()).toEqual(['#include <stddef.h>', '#include <stdint.h>']);
    // no function calls itself (the only way to recurse here: there are no function pointers)
    expect(code).not.toMatch(/\(\s*\*\s*\w+\s*\)\s*\(/);
    const bodies = [...code.matchAll(/\n(?:static )?[a-z_0-9]+ \*?([a-z_0-9]+)\([^)]*\) \{([\s\S]*?)\n\}/g)];
    expect(bodies.length).toBeGreaterThan(10);
    for (const [, name, body] of bodies) expect(body ?? '', `${name ?? ''} calls itself`).not.toMatch(new RegExp(`\\b${name ?? ''}\\(`));
  });

  it('[REQ-FW-001] CRC-32C has its published check value', () => {
    expect(crc32c(new TextEncoder().encode('123456789'))).toBe(0xe3069283);
  });

  for (const name of Object.keys(PRESCRIPTIONS)) {
    it(`[REQ-FW-001] ${name}: encode then decode gives the device program back, in TypeScript and in C`, () => {
      const img = imageOf(name);
      const decoded = decodeImage(img.image);
      expect(decoded).toEqual(E.right(img.device));
      expect(encodeImage(img.device)).toEqual(img.image);
      expect(runHarness('sanitized', ['decode', writeTemp(`${name}.bin`, img.image)]).trim()).toBe(cText(img.device));
    });
  }

  it('[REQ-FW-001] the header: magic, version, length, little-endian fields, CRC over everything before it', () => {
    const img = imageOf('continuous-3mg-day');
    const b = img.image;
    const v = new DataView(b.buffer, b.byteOffset);
    expect(String.fromCharCode(...b.subarray(0, 4))).toBe('ITDI');
    expect(v.getUint16(4, true)).toBe(1);
    expect(v.getUint32(8, true)).toBe(b.length);
    expect(v.getUint32(76, true)).toBe(86_400);
    expect(v.getUint32(108, true)).toBe(300_000); // 0.3 mL/day in nL/day
    expect(v.getUint32(b.length - 4, true)).toBe(crc32c(b.subarray(0, b.length - 4)));
    expect(img.device.drugs).toEqual([{ name: 'morphine', ceilingNlPer24h: 300_000n }]);
    expect(img.roundings).toEqual([]);
  });

  it('[REQ-FW-002] a bolus volume off the image grid is floored toward less drug and reported', () => {
    const img = imageOf('flex-periodic-admixture');
    // 0.25 mg at 10 mg/mL = 25000 nL over 420 s: a multiple of 7 nL keeps the rate whole (25000 * 86400 / 420 is not)
    expect(img.device.periodicBoluses[0]).toEqual({ startSeconds: 43_200n, volumeNl: 24_997n, durationSeconds: 420n });
    expect(img.roundings).toContainEqual({ what: 'image.periodicBoluses.0.volume', from: '25000 nL', to: '24997 nL', direction: 'toward less drug', why: expect.stringContaining('7 nL') as unknown });
    for (const b of [...img.device.periodicBoluses, ...(img.device.patientBolus === undefined ? [] : [img.device.patientBolus])]) {
      expect((b.volumeNl * 86_400n) % b.durationSeconds).toBe(0n);
    }
  });

  it('[REQ-FW-002] one-off events are refused, never dropped', () => {
    const wire = { ...(PRESCRIPTIONS['patient-bolus'] as Record<string, unknown>), oneOff: [{ kind: 'singleBolus', after: '2 h', dose: '0.1 mg', duration: '10 min' }] };
    const request = decodeCompileRequest(wire);
    if (E.isLeft(request)) return expect.fail(JSON.stringify(request.left));
    const compiled = compile(request.right);
    if (E.isLeft(compiled)) return expect.fail(JSON.stringify(compiled.left));
    const image = programImage(request.right, compiled.right);
    expect(E.isLeft(image) ? image.left.map((e) => [e.code, e.path]) : 'accepted').toEqual([['IMAGE_NOT_REPRESENTABLE', 'oneOff']]);
  });

  it('[REQ-FW-003] the TypeScript decoder names what is wrong', () => {
    const good = imageOf('patient-bolus').image;
    const code = (b: Uint8Array): string => {
      const r = decodeImage(b);
      return E.isLeft(r) ? `${r.left[0]?.code ?? ''} ${r.left[0]?.path ?? ''}` : 'accepted';
    };
    const changed = (at: number, value: number): Uint8Array => {
      const c = Uint8Array.from(good);
      c[at] = value;
      return c;
    };
    expect(code(good.subarray(0, 10))).toBe('IMAGE_CORRUPT length');
    expect(code(changed(0, 0x41))).toBe('IMAGE_CORRUPT magic');
    expect(code(changed(4, 2))).toBe('IMAGE_CORRUPT formatVersion');
    expect(code(changed(8, 0))).toBe('IMAGE_CORRUPT totalBytes');
    expect(code(changed(120, 1))).toBe('IMAGE_CORRUPT crc');
    // a range error behind a right CRC: maxPerDay 49
    const bad = changed(100, 49);
    new DataView(bad.buffer).setUint32(bad.length - 4, crc32c(bad.subarray(0, bad.length - 4)), true);
    expect(code(bad)).toBe('IMAGE_CORRUPT patientBolus.maxPerDay');
    expect(runHarness('sanitized', ['decode', writeTemp('bad.bin', bad)]).trim()).toBe('status 6');
  });
});
