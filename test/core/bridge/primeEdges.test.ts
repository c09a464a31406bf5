import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { prime, decimalArithmetic as A, formatQuantity, quantity, type Exact, type PrimeRequest } from '../../../core/index.js';
import { decodePrimeRequest } from '../../../spec/codecs/index.js';

/** Morphine 10 mg/mL at 3 mg/day; dead volume 0.2 mL (pump) + 0.05 mL (catheter); maximum bolus rate 1 mL/h. */
function request(pumpInternal: 'empty' | 'drug', catheter: 'empty' | 'drug', pumpExtra: Record<string, string> = {}): PrimeRequest {
  const r = decodePrimeRequest({
    pump: { kind: 'programmable', reservoir: '40 mL', lowReservoirAlarm: '2 mL', rateResolution: '0.001 mL/day', minRate: '0.006 mL/day', maxRate: '24 mL/day', maxBolusRate: '1 mL/h', internalVolume: '0.2 mL', ...pumpExtra },
    reservoir: { fill: '40 mL', drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }] },
    therapy: { mode: 'continuous', drug: 'morphine', dose: '3 mg/day' },
    limits: { morphine: { maxDaily: '6 mg/day' } },
    catheter: { volume: '0.05 mL' },
    contents: { pumpInternal, catheter },
  });
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right;
}
const ok = (r: ReturnType<typeof prime>) => {
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right;
};
const mg = (x: Exact, d: 'up' | 'down') => formatQuantity(quantity('mass', x), 'mg', d).text;
const summary = (r: ReturnType<typeof ok>) => ({
  priming: [formatQuantity(quantity('volume', r.priming.volume), 'mL', 'down').text, A.toDecimalString(r.priming.seconds)],
  drugAtTipAfter: r.drugAtTipAfter === undefined ? undefined : A.toDecimalString(r.drugAtTipAfter),
  morphine: r.drugs.map((d) => ({ duringPriming: mg(d.primingBolusAtTip, 'up'), tip: [mg(d.tip.worst24h, 'up'), mg(d.tip.least24h, 'down')], plugFlow: [mg(d.plugFlow.worst24h, 'up'), mg(d.plugFlow.least24h, 'down')] }))[0],
});
const noDose = (req: PrimeRequest): PrimeRequest => ({ ...req, pump: { ...req.pump, minRate: quantity('flow', A.zero) },
  therapy: { ...req.therapy, basal: { mode: 'continuous', dose: quantity('doseRate', A.zero) } } });

describe('prime, edges', () => {
  it('[REQ-PRIME-002] compile\'s refusal of the therapy is prime\'s refusal', () => {
    const base = request('empty', 'empty');
    const r = prime({ ...base, therapy: { ...base.therapy, drug: 'baclofen' } });
    expect(E.isLeft(r) && r.left.map((e) => [e.code, e.path])).toEqual([['DRUG_NOT_IN_RESERVOIR', 'therapy.drug']]);
  });
  it('[REQ-PRIME-001] [REQ-PRIME-003] no priming (volume 0): no bolus; the empty 0.25 mL leaves at 0.3 mL/day, so drug reaches the tip after 20 h', () => {
    const r = ok(prime({ ...request('empty', 'empty'), volume: quantity('volume', A.zero) }));
    // first 24 h: 4 h of drug at 3 mg/day = 0.5 mg
    expect(summary(r)).toEqual({ priming: ['0 mL', '0'], drugAtTipAfter: '72000', morphine: { duringPriming: '0 mg', tip: ['3 mg', '0.5 mg'], plugFlow: ['3 mg', '0.5 mg'] } });
    expect(r.warnings).toEqual([]);
  });
  it('[REQ-PRIME-002] the priming volume is floored to the bolus volume grid and reported: 0.25 mL on 0.1 mL is 0.2 mL in 12 min', () => {
    const r = ok(prime(request('empty', 'empty', { bolusVolumeResolution: '0.1 mL' })));
    // the last 0.05 mL of empty path then leaves at 0.3 mL/day in 4 h: drug at the tip after 720 + 14 400 s;
    // worst: 0.2 mL primed × 10 mg/mL = 2 mg + 3 mg/day × (86400 − 720)/86400 = 4.975 mg; least (plug flow) 3 × 71 280/86 400 = 2.475 mg
    expect(summary(r)).toEqual({ priming: ['0.2 mL', '720'], drugAtTipAfter: '15120', morphine: { duringPriming: '0 mg', tip: ['4.975 mg', '2.475 mg'], plugFlow: ['3 mg', '2.475 mg'] } });
    expect(r.roundings).toEqual([{ what: 'priming.volume', from: '0.25 mL', to: '0.2 mL', direction: 'toward less drug', why: 'the priming volume is not a multiple of the bolus volume grid 0.1 mL' }]);
  });
  it('[REQ-PRIME-003] a pump without internal volume: only the 0.05 mL catheter is primed, in 3 min; drug arrives when it is out', () => {
    const r = ok(prime(request('drug', 'empty', { internalVolume: '0 mL' })));
    // worst: 0.05 mL × 10 mg/mL = 0.5 mg + 3 mg/day × (86400 − 180)/86400 = 3.49375 mg
    expect(summary(r)).toEqual({ priming: ['0.05 mL', '180'], drugAtTipAfter: '180', morphine: { duringPriming: '0 mg', tip: ['3.49375 mg', '2.99375 mg'], plugFlow: ['3 mg', '2.99375 mg'] } });
  });
  it('[REQ-PRIME-003] drug in the pump, catheter empty: 0.2 mL × 10 mg/mL = 2 mg reach the patient during priming, after the first 3 min', () => {
    const r = ok(prime(request('drug', 'empty')));
    expect(summary(r)).toEqual({ priming: ['0.25 mL', '900'], drugAtTipAfter: '180', morphine: { duringPriming: '2 mg', tip: ['5.46875 mg', '3 mg'], plugFlow: ['4.975 mg', '3 mg'] } });
    expect(r.warnings.map((w) => [w.code, w.path, w.message])).toEqual([['PRIMING_DELIVERS_DRUG', 'contents',
      'the path holds drug, so the priming bolus pushes it into the patient at the maximum bolus rate: morphine 2 mg within 900 s']]);
  });
  it('[REQ-PRIME-001] a program that delivers nothing: the priming bolus alone fills the path; without it drug never reaches the tip', () => {
    const primed = ok(prime(noDose(request('empty', 'empty'))));
    expect(summary(primed)).toEqual({ priming: ['0.25 mL', '900'], drugAtTipAfter: '900', morphine: { duringPriming: '0 mg', tip: ['2.5 mg', '0 mg'], plugFlow: ['0 mg', '0 mg'] } });
    const r = prime({ ...noDose(request('empty', 'empty')), volume: quantity('volume', A.zero) });
    expect(E.isLeft(r) && r.left.map((e) => [e.code, e.path, e.message])).toEqual([['DEAD_VOLUME_NEVER_FLUSHED', 'therapy',
      'the program delivers nothing after the priming, so the drug would never reach the catheter tip']]);
  });
});
