import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { compileOn } from '../../core/compile/compile.js';
import { decodeCompileRequest } from '../../spec/codecs/index.js';
import { encodeCompileResult } from '../../spec/wire/encodeCompileResult.js';
import { fuzzProfile } from '../_internals/fuzzProfile.js';
import { wireCompileRequest, type WireCompileRequest } from '../_internals/wireCompileRequest.js';
import { asWeek, plain } from '../_internals/fastPathCases.js';
import { holds } from '../_internals/holds.js';

// REQ-ARITH-004: compile with its kernel on scaled integers (the fast path, what `compile` runs) and on
// decimal.js give identical answers: every value of the result, and the wire response byte for byte.

type Json = Record<string, unknown>;
const obj = (x: unknown): Json => (typeof x === 'object' && x !== null ? (x as Json) : {});

/** The mass unit the request's prescribed drug is dosed in ("mg" or "mcg"), read from its concentration. */
function massUnit(r: WireCompileRequest): string {
  const drugs = obj(r['reservoir'])['drugs'];
  const first = Array.isArray(drugs) ? obj(drugs[0]) : {};
  return String(first['concentration'] ?? 'mg/mL').split(' ')[1]?.split('/')[0] ?? 'mg';
}

/** One-off events on the request: a single bolus, and sometimes a stop after it (never overlapping). */
const withOneOff = (r: WireCompileRequest): fc.Arbitrary<WireCompileRequest> =>
  fc.record({
    after: fc.integer({ min: 0, max: 3 * 1440 }),
    doseThousandths: fc.integer({ min: 1, max: 3000 }),
    minutes: fc.integer({ min: 1, max: 240 }),
    stop: fc.option(fc.record({ gap: fc.integer({ min: 0, max: 2000 }), minutes: fc.integer({ min: 1, max: 2 * 1440 }) }), { nil: undefined }),
  }).map((o) => {
    const bolus = { kind: 'singleBolus', after: `${o.after} min`, dose: `${(o.doseThousandths / 1000).toFixed(3)} ${massUnit(r)}`, duration: `${o.minutes} min` };
    const stop = o.stop === undefined ? [] : [{ kind: 'stop', after: `${o.after + o.minutes + o.stop.gap} min`, for: `${o.stop.minutes} min` }];
    return { ...r, oneOff: [bolus, ...stop] };
  });

/** The request on a fixed-rate pump: its first dose continuous, the prescribed drug's concentration left to the engine. */
const onFixedRate = (r: WireCompileRequest): fc.Arbitrary<WireCompileRequest> =>
  fc.record({ flowThousandths: fc.integer({ min: 100, max: 3000 }), tolerance: fc.integer({ min: 0, max: 20 }) }).map(({ flowThousandths, tolerance }) => {
    const t = obj(r['therapy']);
    const steps = Array.isArray(t['steps']) ? (t['steps'] as Json[]) : undefined;
    const dose = steps === undefined ? t['dose'] : steps[0]?.['dose'];
    const drugs = obj(r['reservoir'])['drugs'];
    const reservoirDrugs = (Array.isArray(drugs) ? (drugs as Json[]) : []).map((d, i) => (i === 0 ? { drug: d['drug'] } : d));
    return {
      ...r,
      pump: { kind: 'fixed-rate', reservoir: '40 mL', lowReservoirAlarm: '2 mL', nominalFlow: `${(flowThousandths / 1000).toFixed(3)} mL/day`, flowTolerance: `${tolerance} %` },
      reservoir: { ...obj(r['reservoir']), drugs: reservoirDrugs },
      therapy: { mode: 'continuous', drug: t['drug'], dose },
    };
  });

/** Random compile requests: daily programs as generated, with one-off events, as week programs, on a fixed-rate pump. */
const requests: fc.Arbitrary<WireCompileRequest> = fc.tuple(wireCompileRequest, fc.constantFrom('daily', 'oneOff', 'week', 'fixed')).chain(([r, kind]) =>
  kind === 'oneOff' ? withOneOff(r) : kind === 'week' ? asWeek(r) : kind === 'fixed' ? onFixedRate(r) : fc.constant(r));

describe('compile on the exact fast path', () => {
  it('[REQ-ARITH-004] the kernel on scaled integers and on decimal.js give identical results and byte-identical responses on random prescriptions (daily, week, one-off, fixed-rate)', () => {
    holds(
      fc.property(requests, (wire) => {
        const decoded = decodeCompileRequest(wire);
        if (E.isLeft(decoded)) return; // refused before the kernel: nothing to compare
        const fast = compileOn(decoded.right, 'fast');
        const reference = compileOn(decoded.right, 'decimal');
        expect(plain(fast)).toEqual(plain(reference));
        if (E.isRight(fast) && E.isRight(reference)) {
          expect(JSON.stringify(encodeCompileResult(fast.right))).toBe(JSON.stringify(encodeCompileResult(reference.right)));
        }
      }),
      fuzzProfile(200),
    );
  });
});
