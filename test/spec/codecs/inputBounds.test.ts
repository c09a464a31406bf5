import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { INPUT_BOUNDS, type EngineError, type InputBound } from '../../../core/index.js';
import {
  decodeBridgeRequest, decodeClockChangeRequest, decodeCompileRequest, decodePrimeRequest, decodeRefillCheckRequest,
  MAX_COUNT, MAX_DRUG_ENTRIES, MAX_PER_DAY_ENTRIES, MAX_RESERVOIR_DRUGS,
} from '../../../spec/codecs/index.js';
import { contractBridge } from '../wire/commands/_bridgeFixtures.js';
import { contractRequest, setAt } from './_fixtures.js';

type Decode = (u: unknown) => E.Either<EngineError[], unknown>;

/** The smallest decimal above `text`'s number that the grammar can write (12 fraction digits), same unit. */
function justOver(text: string): string {
  const [num = '', unit = ''] = text.split(' ');
  const [int = '0', frac = ''] = num.split('.');
  const scaled = BigInt(int + frac.padEnd(12, '0')) + 1n;
  const digits = scaled.toString().padStart(13, '0');
  return `${digits.slice(0, -12)}.${digits.slice(-12)} ${unit}`;
}

const errorsAt = (d: Decode, u: unknown, path: string): EngineError[] => {
  const r = d(u);
  return E.isLeft(r) ? r.left.filter((e) => e.path === path) : [];
};

const withPatientBolus = (): Record<string, unknown> => contractRequest();
const withPeriodic = (): Record<string, unknown> => {
  const r = contractRequest();
  setAt(r, 'therapy.periodicBoluses', [{ start: '08:00', dose: '0.5 mg', duration: '30 min' }]);
  return r;
};
const withFlex = (): Record<string, unknown> => {
  const r = contractRequest();
  setAt(r, 'therapy', { mode: 'flex', drug: 'morphine', steps: [{ start: '00:00', dose: '3 mg/day' }] });
  return r;
};
const primeRequest = (): Record<string, unknown> => ({
  ...contractRequest(), catheter: { volume: '0.05 mL' }, contents: { pumpInternal: 'empty', catheter: 'empty' }, volume: '0.1 mL',
});
const refillRequest = (): Record<string, unknown> => ({ pump: 'synchromed-ii-40', expectedResidual: '10 mL', measuredResidual: '7.5 mL', discrepancyThreshold: '1 mL' });
const lengthCatheter = (): Record<string, unknown> => {
  const r = contractBridge();
  r['catheter'] = { length: '90 cm', volumePerLength: '0.0026 mL/cm' };
  return r;
};

/** Every bounded field of every command: the decoder, a request that has the field, the path and its bound. */
interface Case { command: string; decode: Decode; request: () => Record<string, unknown>; path: string; bound: InputBound }
const COMPILE_CASES: readonly { path: string; bound: InputBound }[] = [
  ...['pump.reservoir', 'pump.lowReservoirAlarm', 'pump.bolusVolumeResolution', 'reservoir.fill'].map((path) => ({ path, bound: INPUT_BOUNDS.reservoirVolume })),
  { path: 'pump.internalVolume', bound: INPUT_BOUNDS.internalVolume },
  ...['pump.rateResolution', 'pump.minRate', 'pump.maxRate', 'pump.maxBolusRate', 'pump.nominalFlow'].map((path) => ({ path, bound: INPUT_BOUNDS.flow })),
  { path: 'pump.flowTolerance', bound: INPUT_BOUNDS.flowTolerance },
  { path: 'reservoir.drugs.0.concentration', bound: INPUT_BOUNDS.concentration },
  { path: 'therapy.dose', bound: INPUT_BOUNDS.doseRate },
  { path: 'titration.previousDose', bound: INPUT_BOUNDS.doseRate },
  { path: 'limits.morphine.maxDaily', bound: INPUT_BOUNDS.doseRate },
  { path: 'titration.since', bound: INPUT_BOUNDS.titrationSince },
  { path: 'therapy.patientBolus.dose', bound: INPUT_BOUNDS.mass },
];
const CASES: readonly Case[] = [
  ...COMPILE_CASES.map((c): Case => ({ command: 'compile', decode: decodeCompileRequest, request: withPatientBolus, ...c })),
  { command: 'compile', decode: decodeCompileRequest, request: withPeriodic, path: 'therapy.periodicBoluses.0.dose', bound: INPUT_BOUNDS.mass },
  { command: 'compile', decode: decodeCompileRequest, request: withFlex, path: 'therapy.steps.0.dose', bound: INPUT_BOUNDS.doseRate },
  { command: 'clock-change', decode: decodeClockChangeRequest, request: () => ({ ...contractRequest(), clockChange: { at: '02:00', jump: '-1 h' } }), path: 'pump.reservoir', bound: INPUT_BOUNDS.reservoirVolume },
  { command: 'bridge', decode: decodeBridgeRequest, request: contractBridge, path: 'catheter.volume', bound: INPUT_BOUNDS.catheterVolume },
  { command: 'bridge', decode: decodeBridgeRequest, request: lengthCatheter, path: 'catheter.length', bound: INPUT_BOUNDS.catheterLength },
  { command: 'bridge', decode: decodeBridgeRequest, request: lengthCatheter, path: 'catheter.volumePerLength', bound: INPUT_BOUNDS.catheterVolumePerLength },
  { command: 'bridge', decode: decodeBridgeRequest, request: contractBridge, path: 'old.rate', bound: INPUT_BOUNDS.flow },
  { command: 'bridge', decode: decodeBridgeRequest, request: contractBridge, path: 'new.fill', bound: INPUT_BOUNDS.reservoirVolume },
  { command: 'bridge', decode: decodeBridgeRequest, request: contractBridge, path: 'old.drugs.0.concentration', bound: INPUT_BOUNDS.concentration },
  { command: 'bridge', decode: decodeBridgeRequest, request: contractBridge, path: 'new.drugs.0.concentration', bound: INPUT_BOUNDS.concentration },
  { command: 'bridge', decode: decodeBridgeRequest, request: contractBridge, path: 'new.therapy.dose', bound: INPUT_BOUNDS.doseRate },
  { command: 'prime', decode: decodePrimeRequest, request: primeRequest, path: 'volume', bound: INPUT_BOUNDS.reservoirVolume },
  { command: 'prime', decode: decodePrimeRequest, request: primeRequest, path: 'catheter.volume', bound: INPUT_BOUNDS.catheterVolume },
  { command: 'prime', decode: decodePrimeRequest, request: primeRequest, path: 'pump.internalVolume', bound: INPUT_BOUNDS.internalVolume },
  ...['expectedResidual', 'measuredResidual', 'discrepancyThreshold'].map((path): Case => ({ command: 'refill-check', decode: decodeRefillCheckRequest, request: refillRequest, path, bound: INPUT_BOUNDS.reservoirVolume })),
];

describe('every request quantity has an upper bound', () => {
  it.each(CASES.map((c) => [`${c.command} ${c.path} ≤ ${c.bound.value}`, c] as const))('[REQ-BOUND-001] %s: the bound is accepted, the next value the grammar can write is QUANTITY_ABOVE_BOUND there', (_, c) => {
    expect(errorsAt(c.decode, setAt(c.request(), c.path, c.bound.value), c.path)).toEqual([]);
    const over = errorsAt(c.decode, setAt(c.request(), c.path, justOver(c.bound.value)), c.path);
    expect(over.map((e) => e.code)).toEqual(['QUANTITY_ABOVE_BOUND']);
    expect(over[0]?.message).toContain(`at most ${c.bound.value}`);
    expect(over[0]?.message).toContain(c.bound.basis === 'device' ? c.bound.source : 'an engine bound, not a device fact');
  });

  it('[REQ-BOUND-001] the patient bolus lockout and duration are at most 7 day; the check does not depend on the unit', () => {
    const at = (lockout: string, duration: string) => {
      const r = contractRequest();
      setAt(r, 'therapy.patientBolus.lockout', lockout);
      setAt(r, 'therapy.patientBolus.duration', duration);
      const d = decodeCompileRequest(r);
      return E.isLeft(d) ? d.left.map((e) => `${e.code} ${e.path}`) : [];
    };
    expect(at('7 day', '7 day')).toEqual([]);
    expect(at('168 h', '10080 min')).toEqual([]);
    expect(at('604800.000000000001 s', '10 min')).toEqual(['QUANTITY_ABOVE_BOUND therapy.patientBolus.lockout']);
    expect(at('8 day', '8 day')).toEqual(['QUANTITY_ABOVE_BOUND therapy.patientBolus.duration', 'QUANTITY_ABOVE_BOUND therapy.patientBolus.lockout']);
  });

  it('[REQ-BOUND-001] a bound written in another unit is the same bound (40000 uL is 40 mL)', () => {
    const r = (v: string) => errorsAt(decodeCompileRequest, setAt(contractRequest(), 'pump.reservoir', v), 'pump.reservoir').map((e) => e.code);
    expect(r('40000 uL')).toEqual([]);
    expect(r('40001 uL')).toEqual(['QUANTITY_ABOVE_BOUND']);
    const f = (v: string) => errorsAt(decodeCompileRequest, setAt(contractRequest(), 'pump.maxBolusRate', v), 'pump.maxBolusRate').map((e) => e.code);
    expect(f('60 mL/h')).toEqual([]);
    expect(f('1 mL/min')).toEqual([]);
    expect(f('60001 uL/h')).toEqual(['QUANTITY_ABOVE_BOUND']);
  });

  it('[REQ-BOUND-001] a huge value the digit rules let through (999999999999 mL) is refused with its path, not processed', () => {
    const r = decodeCompileRequest(setAt(contractRequest(), 'pump.internalVolume', '999999999999 mL'));
    expect(E.isLeft(r) && r.left.map((e) => `${e.code} ${e.path}`)).toEqual(['QUANTITY_ABOVE_BOUND pump.internalVolume']);
  });
});

describe('every count and list has an upper bound', () => {
  const clock = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const codesAt = (u: unknown, path: string): string[] => errorsAt(decodeCompileRequest, u, path).map((e) => e.code);

  it('[REQ-BOUND-002] maxPerDay: 48 accepted, 49 INVALID_INTEGER', () => {
    expect(MAX_COUNT).toBe(48);
    expect(codesAt(setAt(contractRequest(), 'therapy.patientBolus.maxPerDay', 48), 'therapy.patientBolus.maxPerDay')).toEqual([]);
    expect(codesAt(setAt(contractRequest(), 'therapy.patientBolus.maxPerDay', 49), 'therapy.patientBolus.maxPerDay')).toEqual(['INVALID_INTEGER']);
  });

  it('[REQ-BOUND-002] flex steps and periodic boluses: 48 accepted, 49 INPUT_TOO_LARGE', () => {
    expect(MAX_PER_DAY_ENTRIES).toBe(48);
    const steps = (n: number) => Array.from({ length: n }, (_, i) => ({ start: clock(i * 30), dose: '3 mg/day' }));
    const flex = (n: number) => setAt(contractRequest(), 'therapy', { mode: 'flex', drug: 'morphine', steps: steps(n) });
    expect(E.isRight(decodeCompileRequest(flex(48)))).toBe(true);
    expect(codesAt(flex(49), 'therapy.steps')).toEqual(['INPUT_TOO_LARGE']);
    const periodic = (n: number) => setAt(contractRequest(), 'therapy.periodicBoluses', Array.from({ length: n }, () => ({ start: '08:00', dose: '0.1 mg', duration: '1 min' })));
    expect(E.isRight(decodeCompileRequest(periodic(48)))).toBe(true);
    expect(codesAt(periodic(49), 'therapy.periodicBoluses')).toEqual(['INPUT_TOO_LARGE']);
  });

  it('[REQ-BOUND-002] reservoir drugs 8, limits 64, overrides 100: at the bound accepted, one more INPUT_TOO_LARGE', () => {
    const names = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? 'morphine' : `drug-${i}`));
    const drugs = (n: number) => setAt(contractRequest(), 'reservoir.drugs', names(n).map((drug) => ({ drug, concentration: '1 mg/mL' })));
    expect(MAX_RESERVOIR_DRUGS).toBe(8);
    expect(codesAt(drugs(8), 'reservoir.drugs')).toEqual([]);
    expect(codesAt(drugs(9), 'reservoir.drugs')).toEqual(['INPUT_TOO_LARGE']);
    const limits = (n: number) => setAt(contractRequest(), 'limits', Object.fromEntries(names(n).map((d) => [d, { maxDaily: '5 mg/day' }])));
    expect(MAX_DRUG_ENTRIES).toBe(64);
    expect(codesAt(limits(64), 'limits')).toEqual([]);
    expect(codesAt(limits(65), 'limits')).toEqual(['INPUT_TOO_LARGE']);
    const overrides = (n: number) => setAt(contractRequest(), 'overrides', Array.from({ length: n }, () => ({ code: 'SOFT_LIMIT_EXCEEDED', drug: 'morphine', limit: 'maxDaily', upTo: '8 mg/day', reason: 'r' })));
    expect(codesAt(overrides(100), 'overrides')).toEqual([]);
    expect(codesAt(overrides(101), 'overrides')).toEqual(['INPUT_TOO_LARGE']);
  });
});
