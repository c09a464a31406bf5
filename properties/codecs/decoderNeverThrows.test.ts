import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decodeCompileRequest } from '../../spec/codecs/decodeCompileRequest.js';
import { contractRequest } from '../../test/spec/codecs/_fixtures.js';
import { params } from '../_fuzz.js';
import { snapshotObjectPrototype, wellFormedResult } from './_wellFormed.js';
import { holds } from '../_internals/holds.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Valid requests to mutate: the contract example, and a flex one with periodic boluses and an admixture. */
function validRequests(): Json[] {
  const flex = contractRequest() as { [k: string]: Json };
  flex['therapy'] = {
    mode: 'flex', drug: 'morphine',
    steps: [{ start: '00:00', dose: '2 mg/day' }, { start: '08:00', dose: '3 mg/day' }],
    periodicBoluses: [{ start: '22:00', dose: '0.5 mg', duration: '30 min' }],
  };
  flex['reservoir'] = { fill: '20 mL', drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }, { drug: 'clonidine', concentration: '50 mcg/mL' }] };
  flex['pump'] = 'NAME';
  return [contractRequest() as Json, flex];
}

/** Every path below the root, as key lists. */
function pathsOf(v: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== 'object') return [];
  const entries: [string | number, Json][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
  return entries.flatMap(([k, x]) => [[...prefix, k], ...pathsOf(x, [...prefix, k])]);
}

function parentAndKey(root: Json, path: (string | number)[]): [Json[] | { [k: string]: Json }, string | number] {
  let cur = root as Json[] | { [k: string]: Json };
  for (const k of path.slice(0, -1)) cur = (cur as Record<string | number, Json>)[k] as Json[] | { [k: string]: Json };
  return [cur, path[path.length - 1] as string | number];
}

/** Sets a key as an own data property (never through a setter, so "__proto__" stays a key). */
function define(o: object, k: string | number, value: Json): void {
  Object.defineProperty(o, k, { value, enumerable: true, writable: true, configurable: true });
}

const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf');

/** JSON values whose objects may carry prototype-related keys, as own properties. */
const hostileJson: fc.Arbitrary<Json> = fc.letrec<{ v: Json }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
    fc.array(fc.tuple(fc.oneof(hostileKey, fc.string()), tie('v')), { maxLength: 5 }).map((pairs) => Object.fromEntries(pairs) as Json),
    fc.array(tie('v'), { maxLength: 4 }),
  ),
})).v;

const absurd: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(1e308, -1e308, 5e-324, -0, Number.MAX_SAFE_INTEGER + 2, 0.1 + 0.2, '', ' ', '\u0000', '\ud800', '0 mL', '-0 mg/mL', 'NaN mg', 'Infinity mL', '1e400 mg', '١٢ mg'),
  fc.nat({ max: 200_000 }).map((n) => `${'9'.repeat(n)} mg`),
  fc.nat({ max: 200_000 }).map((n) => 'x'.repeat(n)),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.double(),
);

/** A deep nesting of arrays or objects (built without recursion), up to 20 000 levels. */
const deep: fc.Arbitrary<Json> = fc.tuple(fc.nat({ max: 20_000 }), fc.boolean(), fc.constantFrom('therapy', 'steps', '__proto__', 'x')).map(([depth, arrays, key]) => {
  let v: Json = '1 mg';
  for (let i = 0; i < depth; i += 1) v = arrays ? [v] : Object.fromEntries([[key, v]]);
  return v;
});

describe('decodeCompileRequest on arbitrary input', () => {
  it('[REQ-WIRE-014] [REQ-ERR-001] arbitrary JSON never throws: a Right or well-formed coded errors', () => {
    holds(fc.property(fc.jsonValue(), (u) => wellFormedResult(decodeCompileRequest(u))), params(300));
  });

  it('[REQ-WIRE-014] [REQ-WIRE-013] [REQ-WIRE-002] objects with __proto__ / constructor / prototype keys are refused cleanly and Object.prototype is unchanged', () => {
    const before = snapshotObjectPrototype();
    holds(
      fc.property(fc.constantFrom(...validRequests()), fc.array(fc.tuple(fc.nat(), hostileKey, hostileJson), { minLength: 1, maxLength: 3 }), (base, inserts) => {
        const req = structuredClone(base);
        const objects = [[], ...pathsOf(req)].filter((p) => {
          const v = p.length === 0 ? req : parentAndKey(req, p)[0];
          const target = p.length === 0 ? v : (v as Record<string | number, Json>)[p[p.length - 1] as string | number];
          return target !== null && typeof target === 'object' && !Array.isArray(target);
        });
        for (const [i, key, value] of inserts) {
          const p = objects[i % objects.length] ?? [];
          const target = (p.length === 0 ? req : (parentAndKey(req, p)[0] as Record<string | number, Json>)[p[p.length - 1] as string | number]) as object;
          define(target, key, value);
        }
        const r = decodeCompileRequest(req);
        return E.isLeft(r) && wellFormedResult(r) && r.left.some((e) => e.code === 'UNKNOWN_FIELD' && /(^|\.)(__proto__|constructor|prototype|toString|hasOwnProperty|valueOf|isPrototypeOf)$/.test(e.path));
      }),
      params(200),
    );
    expect(snapshotObjectPrototype()).toBe(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('[REQ-WIRE-014] deep nesting, huge strings and absurd numbers at any field never throw', () => {
    holds(
      fc.property(fc.constantFrom(...validRequests()), fc.nat(), fc.oneof(deep, absurd, hostileJson), (base, i, value) => {
        const req = structuredClone(base);
        const paths = pathsOf(req);
        const [parent, key] = parentAndKey(req, paths[i % paths.length] ?? ['pump']);
        define(parent, key, value);
        return wellFormedResult(decodeCompileRequest(req));
      }),
      params(200),
    );
  });

  it('[REQ-WIRE-002] [REQ-WIRE-003] [REQ-WIRE-014] a valid request with one field dropped, renamed or retyped is refused at that field (or, for an optional field dropped, accepted)', () => {
    holds(
      fc.property(fc.constantFrom(...validRequests()), fc.nat(), fc.constantFrom('drop', 'rename', 'retype'), fc.constantFrom<Json>(null, true), (base, i, how, badValue) => {
        const req = structuredClone(base);
        const objectKeyPaths = pathsOf(req).filter((p) => typeof p[p.length - 1] === 'string');
        const p = objectKeyPaths[i % objectKeyPaths.length] ?? ['pump'];
        const [parent, key] = parentAndKey(req, p) as [Record<string, Json>, string];
        const value = parent[key] as Json;
        const dotted = p.join('.');
        const r = (() => {
          if (how === 'drop') {
            delete parent[key];
          } else if (how === 'rename') {
            delete parent[key];
            define(parent, `${key}X`, value);
          } else {
            define(parent, key, badValue);
          }
          return decodeCompileRequest(req);
        })();
        if (!wellFormedResult(r)) return false;
        if (how === 'drop') return E.isRight(r) || r.left.some((e) => e.path === dotted && e.code === 'MISSING_FIELD');
        const at = how === 'rename' ? `${dotted}X` : dotted;
        return E.isLeft(r) && r.left.some((e) => e.path === at);
      }),
      params(300),
    );
  });

  it('[REQ-WIRE-004] the errors do not depend on the key order of the request, and decoding twice gives the same answer', () => {
    holds(
      fc.property(fc.constantFrom(...validRequests()), fc.array(fc.tuple(fc.nat(), absurd), { minLength: 1, maxLength: 4 }), (base, changes) => {
        const req = structuredClone(base);
        for (const [i, v] of changes) {
          const paths = pathsOf(req);
          const [parent, key] = parentAndKey(req, paths[i % paths.length] ?? ['pump']);
          define(parent, key, v);
        }
        const reversed = reverseKeys(req);
        const a = decodeCompileRequest(req);
        const b = decodeCompileRequest(reversed);
        const c = decodeCompileRequest(req);
        return E.isLeft(a) ? E.isLeft(b) && E.isLeft(c) && JSON.stringify(a.left) === JSON.stringify(b.left) && JSON.stringify(a.left) === JSON.stringify(c.left) : E.isRight(b);
      }),
      params(200),
    );
  });
});

function reverseKeys(v: Json): Json {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(reverseKeys);
  const out = {};
  for (const [k, x] of Object.entries(v).reverse()) define(out, k, reverseKeys(x));
  return out;
}
