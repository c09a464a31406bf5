import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as E from 'fp-ts/lib/Either.js';
import {
  decodeBridgeRequest, decodeClockChangeRequest, decodeCompileRequest, decodeConvertRequest, decodePrimeRequest, decodeRefillCheckRequest,
} from '../../spec/codecs/index.js';
import type { BridgeRequest, ClockChangeRequest, CompileRequest, ConvertRequest, EngineError, PrimeRequest, RefillCheckRequest } from '../../core/index.js';

interface Vector { readonly command: string; readonly request: unknown; readonly expect?: { readonly ok?: boolean } }

const VECTORS = resolve(import.meta.dirname, '../vectors');
const all: Vector[] = ['contract/core.json', 'contract/reservoir.json', 'contract/safety.json', 'project/bridge-prime-clock.json', 'project/pump-labels.json', 'project/week-programs.json']
  .flatMap((f) => JSON.parse(readFileSync(resolve(VECTORS, f), 'utf8')) as Vector[]);

function decoded<T>(command: string, decode: (u: unknown) => E.Either<EngineError[], T>): T[] {
  return all.filter((v) => v.command === command).flatMap((v) => {
    const r = decode(v.request);
    return E.isRight(r) ? [r.right] : [];
  });
}

/** Decoded requests of every command, from the contract's and the project's vectors (frozen, null prototypes). */
export const DECODED = {
  compile: decoded<CompileRequest>('compile', decodeCompileRequest),
  bridge: decoded<BridgeRequest>('bridge', decodeBridgeRequest),
  prime: decoded<PrimeRequest>('prime', decodePrimeRequest),
  clockChange: decoded<ClockChangeRequest>('clock-change', decodeClockChangeRequest),
  convert: decoded<ConvertRequest>('convert', decodeConvertRequest),
  refill: decoded<RefillCheckRequest>('refill-check', decodeRefillCheckRequest),
};

/** A deep, mutable, plain-object copy of a decoded request (decimals and bigints kept), as a caller would build one by hand. */
export function thaw<T>(x: T): T {
  if (Array.isArray(x)) return x.map((v: unknown) => thaw(v)) as T;
  if (x !== null && typeof x === 'object') {
    const p: unknown = Object.getPrototypeOf(x);
    if (p !== null && p !== Object.prototype) return x; // a decimal
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, thaw(v)])) as T;
  }
  return x;
}

/** Every path below the root of a request (object keys and array indices). */
export function pathsOf(v: unknown, prefix: readonly string[] = []): string[][] {
  if (v === null || typeof v !== 'object') return [];
  const p: unknown = Object.getPrototypeOf(v);
  if (!Array.isArray(v) && p !== null && p !== Object.prototype) return []; // a decimal: a leaf
  return Object.entries(v).flatMap(([k, x]) => [[...prefix, k], ...pathsOf(x, [...prefix, k])]);
}

/** Sets (or, with `remove`, deletes) the value at a path of a thawed request, as an own data property. */
export function setAt(root: unknown, path: readonly string[], value: unknown, remove = false): void {
  let cur = root as Record<string, unknown>;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string, unknown>;
  const last = path[path.length - 1] ?? '';
  if (remove) Reflect.deleteProperty(cur, last);
  else Object.defineProperty(cur, last, { value, enumerable: true, writable: true, configurable: true });
}
