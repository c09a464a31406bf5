import { writeFileSync } from 'node:fs';
import * as E from 'fp-ts/lib/Either.js';
import { compile, type EngineError, type LibraryOptions } from '../../../core/index.js';
import { decodeCompileRequest, parseJsonBytes } from '../../../spec/codecs/index.js';
import { errorResponse, okResponse, type WireResponse } from '../../../spec/wire/WireResponse.js';
import type { DeviceProgram } from '../../firmware/DeviceProgram.js';
import { crc32c } from '../../firmware/crc32c.js';
import { decodeImage } from '../../firmware/decodeImage.js';
import { programImage } from '../../firmware/programImage.js';
import { readInput } from './readInput.js';

const USAGE = 'itdose image encode [REQUEST] [--out IMAGE] | itdose image decode [IMAGE] | itdose image verify [IMAGE]';

/** The device program in JSON: whole numbers as decimal strings (they may exceed 2^53 in principle). */
function programJson(p: DeviceProgram): Record<string, unknown> {
  const pb = p.patientBolus;
  return {
    engineVersion: p.engineVersion, drugLibraryVersion: p.drugLibraryVersion, pumpProfile: p.pumpProfile, periodSeconds: String(p.periodSeconds),
    steps: p.steps.map((s) => ({ startSeconds: String(s.startSeconds), flowNlPerDay: String(s.flowNlPerDay) })),
    periodicBoluses: p.periodicBoluses.map((b) => ({ startSeconds: String(b.startSeconds), volumeNl: String(b.volumeNl), durationSeconds: String(b.durationSeconds) })),
    ...(pb === undefined ? {} : { patientBolus: { volumeNl: String(pb.volumeNl), durationSeconds: String(pb.durationSeconds), lockoutSeconds: String(pb.lockoutSeconds), maxPerDay: String(pb.maxPerDay) } }),
    drugs: p.drugs.map((d) => ({ name: d.name, ceilingNlPer24h: String(d.ceilingNlPer24h) })),
  };
}

const crcHex = (bytes: Uint8Array): string => crc32c(bytes.subarray(0, bytes.length - 4)).toString(16).padStart(8, '0');
const usage = (message: string): WireResponse => errorResponse([{ code: 'UNKNOWN_FIELD', path: '', message: `${message}; usage: ${USAGE}` }]);

/**
 * `itdose image encode|decode|verify`: the firmware program image on the
 * command line (docs/firmware-image.md). `encode` compiles a request and
 * answers the image (base64), its CRC-32C, the device program and every
 * rounding of the conversion, writing the bytes to `--out IMAGE` when given;
 * `decode` reads an image (raw bytes) and answers its device program;
 * `verify` answers whether it is a valid image. Errors are coded: the
 * compile's own, IMAGE_NOT_REPRESENTABLE (exit 3), IMAGE_CORRUPT (exit 2).
 *
 * Implements REQ-FW-001, REQ-FW-002, REQ-FW-003.
 * @since 0.1.0
 */
export async function imageCommand(args: readonly string[], options: LibraryOptions): Promise<WireResponse> {
  const [verb, ...rest] = args;
  const outAt = rest.indexOf('--out');
  const out = outAt === -1 ? undefined : rest[outAt + 1];
  const files = outAt === -1 ? rest : rest.filter((_, i) => i !== outAt && i !== outAt + 1);
  if (verb !== 'encode' && verb !== 'decode' && verb !== 'verify') return usage(`unknown image verb ${JSON.stringify(verb ?? '(none)')}`);
  if (files.length > 1 || (outAt !== -1 && (verb !== 'encode' || out === undefined))) return usage('unexpected arguments');
  const input = await readInput(files[0]);
  if (!input.ok) return errorResponse([{ code: input.tooLarge ? 'INPUT_TOO_LARGE' : 'INPUT_UNREADABLE', path: '', message: input.message }]);
  if (verb === 'encode') {
    const parsed = parseJsonBytes(input.bytes);
    if (E.isLeft(parsed)) return errorResponse(parsed.left);
    const request = decodeCompileRequest(parsed.right);
    if (E.isLeft(request)) return errorResponse(request.left);
    const compiled = compile(request.right, options);
    if (E.isLeft(compiled)) return errorResponse(compiled.left);
    const image = programImage(request.right, compiled.right);
    if (E.isLeft(image)) return errorResponse(image.left);
    if (out !== undefined) {
      try {
        writeFileSync(out, image.right.image);
      } catch (e: unknown) {
        const fault: EngineError = { code: 'INPUT_UNREADABLE', path: '', message: `cannot write "${out}" (${e instanceof Error ? e.message : 'error'})` };
        return errorResponse([fault]);
      }
    }
    return okResponse({
      image: Buffer.from(image.right.image).toString('base64'), bytes: image.right.image.length, crc32c: crcHex(image.right.image),
      program: programJson(image.right.device), roundings: image.right.roundings,
    }, compiled.right.warnings);
  }
  const decoded = decodeImage(input.bytes);
  if (E.isLeft(decoded)) return errorResponse(decoded.left);
  return verb === 'decode'
    ? okResponse({ bytes: input.bytes.length, crc32c: crcHex(input.bytes), program: programJson(decoded.right) }, [])
    : okResponse({ valid: true, bytes: input.bytes.length, crc32c: crcHex(input.bytes) }, []);
}
