import { Decimal as HostDecimal } from 'decimal.js';
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  bridge, checkDoseLimits, checkFill, checkRefill, checkTitration, clockChange, CODES, compile, convertDose, decimalArithmetic as A,
  formatQuantity, parseQuantity, parseUnit, prime, resolvePump, type EngineError,
} from '../../core/index.js';
import { isExact } from '../../core/arith/decimalArithmetic.js';
import {
  decodeBridgeRequest, decodeClockChangeRequest, decodeCompileRequest, decodeConvertRequest, decodePrimeRequest, decodeRefillCheckRequest,
} from '../../spec/codecs/index.js';
import { COMMANDS } from '../../spec/wire/commands/registry.js';
import { guardFillArguments } from '../../core/request/guardValues.js';
import { DECODED, pathsOf, setAt, thaw } from '../../test/embed/_requests.js';
import { fuzzProfile } from '../_internals/fuzzProfile.js';
import { holds } from '../_internals/holds.js';

const PLAIN = /^-?[0-9]+(\.[0-9]+)?$/;
const PRINTED = /^(-?[0-9]+(?:\.[0-9]+)?) ([^ ]+)$/;

/** Every problem with a result: a decimal that is not finite, a number that is NaN or infinite, a printed quantity that does not parse. */
function illFormed(x: unknown, path = '', out: string[] = []): string[] {
  if (isExact(x)) {
    if (!PLAIN.test(A.toDecimalString(x))) out.push(`${path}: decimal ${A.toDecimalString(x)}`);
  } else if (typeof x === 'number') {
    if (!Number.isFinite(x)) out.push(`${path}: number ${x}`);
  } else if (typeof x === 'string') {
    const m = PRINTED.exec(x);
    const unit = m === null ? undefined : parseUnit(m[2] ?? '');
    if (unit !== undefined && !('code' in unit) && E.isLeft(parseQuantity(unit.dim, x, path))) out.push(`${path}: printed ${x}`);
    if (/NaN|Infinity/.test(x) && m !== null) out.push(`${path}: printed ${x}`);
  } else if (Array.isArray(x)) x.forEach((v, i) => illFormed(v, `${path}.${i}`, out));
  else if (x !== null && typeof x === 'object') for (const [k, v] of Object.entries(x)) illFormed(v, `${path}.${k}`, out);
  return out;
}

const wellFormedErrors = (errors: readonly EngineError[]): boolean =>
  errors.length > 0 && errors.every((e) => Object.prototype.hasOwnProperty.call(CODES, e.code) && typeof e.path === 'string' && e.message.trim() !== '' && e.code !== 'INTERNAL_ERROR');

/** A coded Left, or a Right with no NaN, Infinity or unparsable printed quantity anywhere. */
function wellFormedEither(r: E.Either<EngineError[], unknown>): string[] {
  if (E.isLeft(r)) return wellFormedErrors(r.left) ? [] : [`errors not well formed: ${JSON.stringify(r.left).slice(0, 300)}`];
  return illFormed(r.right);
}

/** `{ errors, warnings, applied }`: the errors well formed when present, the rest well formed. */
function wellFormedReport(r: { readonly errors: readonly EngineError[] }): string[] {
  return (r.errors.length === 0 || wellFormedErrors(r.errors) ? [] : ['errors not well formed']).concat(illFormed(r));
}

/** Every public function that takes a request or a caller's value, with how its answer is judged. */
const ENTRIES: readonly (readonly [string, (u: unknown, v: unknown, w: unknown) => string[]])[] = [
  ['compile', (u) => wellFormedEither(compile(u as never))],
  ['bridge', (u) => wellFormedEither(bridge(u as never))],
  ['prime', (u) => wellFormedEither(prime(u as never))],
  ['clockChange', (u) => wellFormedEither(clockChange(u as never))],
  ['convertDose', (u) => wellFormedEither(convertDose(u as never))],
  ['checkRefill', (u) => wellFormedEither(checkRefill(u as never))],
  ['resolvePump', (u, v, w) => wellFormedEither(resolvePump(u as never, v as never, w as never)).concat(wellFormedEither(resolvePump(u as never, ['reservoir'], 'pump')))],
  ['checkDoseLimits', (u) => wellFormedReport(checkDoseLimits(u as never))],
  ['checkTitration', (u) => wellFormedReport(checkTitration(u as never))],
  ['checkFill', (u, v, w) => wellFormedEither(checkFill(u as never, v as never, w as never))],
  ['parseQuantity', (u, v, w) => {
    const r = parseQuantity(v as never, u, w as never);
    return wellFormedEither(E.isLeft(r) ? E.left([r.left]) : r).concat(wellFormedEither(E.mapLeft((e: EngineError) => [e])(parseQuantity('doseRate', u, 'x'))));
  }],
  ['parseUnit', (u) => {
    const r = parseUnit(u as never);
    return 'code' in r ? (Object.prototype.hasOwnProperty.call(CODES, r.code) ? [] : ['bad code']) : [];
  }],
  ['formatQuantity', (u, v, w) => {
    const p = formatQuantity(u as never, v as never, w as never);
    if (p.error !== undefined) return wellFormedErrors([p.error]) && p.text === '' ? [] : ['refusal not well formed'];
    return illFormed(p.text);
  }],
  ...[decodeCompileRequest, decodeBridgeRequest, decodePrimeRequest, decodeClockChangeRequest, decodeConvertRequest, decodeRefillCheckRequest]
    .map((d) => [d.name, (u: unknown) => wellFormedEither(d(u))] as const),
  ...COMMANDS.map((c) => [`command ${c.name}`, (u: unknown) => {
    const r = c.run(u);
    if (r.exitCode === 1) return [`exit 1: ${JSON.stringify(r.body).slice(0, 300)}`];
    return illFormed(r.body);
  }] as const),
];

/** What a mutation puts in place of a field. */
const replacement: fc.Arbitrary<{ readonly kind: string; readonly value?: unknown }> = fc.oneof(
  fc.constant({ kind: 'delete' }),
  fc.constant({ kind: 'NaN decimal', value: A.fromDecimalString('NaN') }),
  fc.constant({ kind: 'Infinity decimal', value: A.fromDecimalString('-Infinity') }),
  fc.constant({ kind: 'host decimal.js value', value: new HostDecimal(3) }),
  fc.constant({ kind: 'negative count', value: -1n }),
  fc.constant({ kind: 'huge count', value: 10n ** 12n }),
  fc.constant({ kind: 'huge decimal', value: A.fromDecimalString(`9${'9'.repeat(80)}`) }),
  fc.constant({ kind: 'negative decimal', value: A.fromDecimalString('-0.5') }),
  fc.constant({ kind: 'fraction', value: 2.5 }),
  fc.constant({ kind: 'number NaN', value: Number.NaN }),
  fc.constant({ kind: 'extra prototype', value: Object.create({ dim: 'volume', base: A.one }) as object }),
  fc.constant({ kind: 'prototype name', value: 'constructor' }),
  fc.anything().map((value) => ({ kind: 'anything', value })),
);

/** A request of some kind, thawed, with one to three fields replaced or deleted. */
const mutated: fc.Arbitrary<{ readonly request: unknown; readonly edits: string }> = fc
  .tuple(fc.constantFrom(...Object.values(DECODED).flat()), fc.array(fc.tuple(fc.nat(), replacement), { minLength: 1, maxLength: 3 }))
  .map(([decoded, edits]) => {
    const request = thaw(decoded);
    const done: string[] = [];
    for (const [n, rep] of edits) {
      const paths = pathsOf(request);
      const path = paths[n % Math.max(1, paths.length)];
      if (path === undefined) continue;
      setAt(request, path, rep.value, rep.kind === 'delete');
      done.push(`${path.join('.')} ← ${rep.kind}`);
    }
    return { request, edits: done.join('; ') };
  });

describe('every public entry fails closed', () => {
  it('[REQ-EMBED-001] [REQ-WIRE-014] arbitrary values into every public request-taking function: a coded Left or a well-formed Right, never an exception', () => {
    holds(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (u, v, w) => {
        for (const [name, judge] of ENTRIES) expect(judge(u, v, w), name).toEqual([]);
      }),
      fuzzProfile(60),
    );
  });
  it('[REQ-EMBED-001] [REQ-EMBED-004] mutated valid requests (fields deleted, NaN decimals, negative or huge counts, host decimal.js values, extra prototypes) into every public function: a coded Left or a well-formed Right', () => {
    holds(
      fc.property(mutated, fc.constantFrom<unknown>(['reservoir'], ['toString'], 'x', undefined), fc.constantFrom<unknown>('pump', 'up', 3, 'mL'), ({ request, edits }, v, w) => {
        for (const [name, judge] of ENTRIES) expect(judge(request, v, w), `${name} after ${edits}`).toEqual([]);
      }),
      fuzzProfile(150),
    );
  });
  it('[REQ-EMBED-004] every finite decimal of the engine within the digit bound passes the guard as an equal copy; one digit more is refused', () => {
    const digits = (n: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...'0123456789'), { minLength: 1, maxLength: n }).map((a) => a.join(''));
    holds(
      fc.property(fc.boolean(), digits(100), fc.option(digits(100), { nil: undefined }), (neg, int, frac) => {
        const x = A.fromDecimalString(`${neg ? '-' : ''}${int}${frac === undefined ? '' : `.${frac}`}`);
        const g = guardFillArguments(x, x, 'fill');
        expect(E.isRight(g) && A.compare(g.right.fill, x) === 0 && g.right.fill !== x).toBe(true);
        const over = A.fromDecimalString(`1${'0'.repeat(100)}.${frac ?? '0'}`);
        expect(E.isLeft(guardFillArguments(over, x, 'fill'))).toBe(true);
      }),
      fuzzProfile(200),
    );
  });
  it('[REQ-EMBED-001] the unmutated thawed requests are accepted by their own function as the decoded ones are', () => {
    const pairs: readonly (readonly [readonly unknown[], (u: never) => E.Either<EngineError[], unknown>])[] = [
      [DECODED.compile, compile], [DECODED.bridge, bridge], [DECODED.prime, prime], [DECODED.clockChange, clockChange], [DECODED.convert, convertDose], [DECODED.refill, checkRefill],
    ];
    for (const [requests, f] of pairs) {
      expect(requests.length).toBeGreaterThan(0);
      const text = (x: unknown): string => JSON.stringify(x, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
      for (const r of requests) {
        expect(text(f(thaw(r) as never))).toBe(text(f(r as never)));
      }
    }
  });
});
