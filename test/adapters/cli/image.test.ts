import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRESCRIPTIONS } from '../firmware/_prescriptions.js';

const BIN = resolve(import.meta.dirname, '../../../bin/itdose.mjs');
const dir = mkdtempSync(join(tmpdir(), 'itdose-cli-image-'));

function itdose(args: readonly string[], stdin?: Uint8Array): { code: number | null; body: Record<string, unknown> } {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: stdin, timeout: 60_000 });
  return { code: r.status, body: JSON.parse(r.stdout.toString('utf8')) as Record<string, unknown> };
}

describe('itdose image encode|decode|verify', () => {
  const request = join(dir, 'request.json');
  writeFileSync(request, JSON.stringify(PRESCRIPTIONS['patient-bolus']));
  const out = join(dir, 'image.bin');

  it('[REQ-FW-001] encode answers the image, writes it with --out, and decode reads the same program back', () => {
    const enc = itdose(['image', 'encode', request, '--out', out]);
    expect(enc.code).toBe(0);
    const bytes = readFileSync(out);
    expect(Buffer.from(String(enc.body['image']), 'base64')).toEqual(bytes);
    expect(enc.body['bytes']).toBe(152);
    const dec = itdose(['image', 'decode', out]);
    expect(dec.code).toBe(0);
    expect(dec.body['program']).toEqual(enc.body['program']);
    expect(dec.body['crc32c']).toBe(enc.body['crc32c']);
    expect(itdose(['image', 'verify'], bytes)).toMatchObject({ code: 0, body: { ok: true, valid: true } });
  });

  it('[REQ-FW-003] a damaged image is refused with IMAGE_CORRUPT and exit 2', () => {
    itdose(['image', 'encode', request, '--out', out]);
    const bytes = readFileSync(out);
    bytes[20] = (bytes[20] ?? 0) ^ 4;
    const r = itdose(['image', 'verify'], bytes);
    expect(r.code).toBe(2);
    expect(r.body['errors']).toEqual([expect.objectContaining({ code: 'IMAGE_CORRUPT', path: 'crc' })]);
  });

  it('[REQ-FW-002] a program the image cannot hold is refused with IMAGE_NOT_REPRESENTABLE and exit 3', () => {
    const oneOff = join(dir, 'one-off.json');
    writeFileSync(oneOff, JSON.stringify({ ...(PRESCRIPTIONS['patient-bolus'] as Record<string, unknown>), oneOff: [{ kind: 'singleBolus', after: '2 h', dose: '0.1 mg', duration: '10 min' }] }));
    const r = itdose(['image', 'encode', oneOff]);
    expect(r.code).toBe(3);
    expect(r.body['errors']).toEqual([expect.objectContaining({ code: 'IMAGE_NOT_REPRESENTABLE', path: 'oneOff' })]);
  });

  it('[REQ-FW-001] an unknown verb is a malformed request', () => {
    expect(itdose(['image', 'print'], new Uint8Array())).toMatchObject({ code: 2, body: { ok: false } });
  });
});
