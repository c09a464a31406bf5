import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it, vi } from 'vitest';
import { q } from './_q.js';

// A library value that does not parse must surface as INTERNAL_ERROR (a bug to fix), never be
// skipped or replaced by a guess. The real library parses (library.test.ts); here each library
// module is replaced by a copy with one broken value.
vi.mock('../../../core/library/drugs.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../core/library/drugs.js')>();
  const z = real.DRUG_LIBRARY['ziconotide'];
  const b = real.DRUG_LIBRARY['baclofen'];
  if (z === undefined || b === undefined) return real;
  const broken = { ...real.DRUG_LIBRARY,
    ziconotide: { ...z, hardLimits: z.hardLimits.map((l) => ({ ...l, value: '19,2 mcg/day' })) },
    baclofen: { ...b, titration: b.titration.map((t) => (t.minInterval === undefined ? t : { ...t, minInterval: { ...t.minInterval, value: '24 hr' } })),
      stability: b.stability.map((s) => ({ ...s, maxInReservoir: { ...s.maxInReservoir, value: '180 days' } })) },
  };
  return { ...real, DRUG_LIBRARY: broken, lookupDrug: (n: string) => (Object.prototype.hasOwnProperty.call(broken, n) ? broken[n as keyof typeof broken] : undefined) };
});
vi.mock('../../../core/library/pumps.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../core/library/pumps.js')>();
  const s = real.PUMP_PROFILES['synchromed-ii-40'];
  if (s === undefined) return real;
  const broken = { ...s, deviceFacts: { minRate: { ...s.deviceFacts.minRate, value: '.048 mL/day', dim: 'flow' as const, source: 'x', grade: 'C' as const, confidence: 'cited' as const } } };
  return { ...real, lookupPumpProfile: (n: string) => (n === 'synchromed-ii-40' ? broken : real.lookupPumpProfile(n)) };
});
vi.mock('../../../core/library/residualThresholds.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../core/library/residualThresholds.js')>();
  return { ...real, RESIDUAL_THRESHOLDS: real.RESIDUAL_THRESHOLDS.map((t) => ({ ...t, threshold: { ...t.threshold, value: '2 ml' } })) };
});
vi.mock('../../../core/library/conversions.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../core/library/conversions.js')>();
  const m = real.CONVERSION_CHAINS['morphine'];
  if (m === undefined) return real;
  const broken = { ...m, parts: { ...m.parts, oral: { ...m.parts.oral, value: '300:1' } } };
  return { ...real, lookupConversionChain: (d: string) => (d === 'morphine' ? broken : undefined) };
});

const { checkDoseLimits } = await import('../../../core/limits/checkDoseLimits.js');
const { checkTitration } = await import('../../../core/limits/checkTitration.js');
const { reservoirStability } = await import('../../../core/library/reservoirStability.js');
const { resolvePump } = await import('../../../core/pump/resolvePump.js');
const { checkRefill } = await import('../../../core/refill/checkRefill.js');
const { convertDose } = await import('../../../core/convert/convertDose.js');

describe('a library value that does not parse', () => {
  it('[REQ-LIB-001] [REQ-ERR-001] checkDoseLimits reports INTERNAL_ERROR instead of skipping the limit', () => {
    const r = checkDoseLimits({ drugs: [{ drug: 'ziconotide', worst24h: q('mass', '30 mcg') }], limits: {}, overrides: [] });
    expect(r.errors.map((e) => e.code)).toEqual(['INTERNAL_ERROR', 'INTERNAL_ERROR']);
    expect(r.errors[0]?.message).toContain('19,2 mcg/day');
  });

  it('[REQ-LIB-001] [REQ-ERR-001] checkTitration and reservoirStability report INTERNAL_ERROR', () => {
    const t = checkTitration({ drug: 'baclofen', previousDose: q('doseRate', '400 mcg/day'), newDose: q('doseRate', '440 mcg/day'), since: q('time', '1 h') });
    expect(t.errors.map((e) => e.code)).toContain('INTERNAL_ERROR');
    const s = reservoirStability([{ drug: 'baclofen' }], {});
    expect(E.isLeft(s) && s.left.code).toBe('INTERNAL_ERROR');
  });

  it('[REQ-PUMP-001] [REQ-ERR-001] resolvePump and checkRefill report INTERNAL_ERROR', () => {
    const p = resolvePump({ profile: 'synchromed-ii-40' }, ['minRate'], 'pump');
    expect(E.isLeft(p) && p.left.map((e) => [e.code, e.path])).toEqual([['INTERNAL_ERROR', 'pump.minRate']]);
    const r = checkRefill({ pump: { kind: 'programmable', reservoir: q('volume', '40 mL') }, expectedResidual: q('volume', '10 mL'), measuredResidual: q('volume', '7.5 mL') });
    expect(E.isLeft(r) && r.left.map((e) => e.code)).toEqual(['INTERNAL_ERROR']);
  });

  it('[REQ-CONV-002] [REQ-ERR-001] convertDose reports INTERNAL_ERROR for a chain part that is not a decimal', () => {
    const r = convertDose({ drug: 'morphine', from: { route: 'oral', dose: q('doseRate', '300 mg/day') }, to: { route: 'intrathecal' } });
    expect(E.isLeft(r) && r.left.map((e) => e.code)).toEqual(['INTERNAL_ERROR']);
  });
});
