import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { bridge, prime, type BridgeRequest, type PrimeRequest } from '../../../core/index.js';
import { decodeBridgeRequest, decodePrimeRequest } from '../../../spec/codecs/index.js';
import { contractBridge } from '../../spec/wire/commands/_bridgeFixtures.js';

function decoded(json: unknown): BridgeRequest {
  const r = decodeBridgeRequest(json);
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right;
}
const errors = (r: E.Either<{ code: string; path: string }[], unknown>): string[] => (E.isLeft(r) ? r.left.map((e) => `${e.code} ${e.path}`) : []);

describe('bridge (core)', () => {
  it('[REQ-BRIDGE-001] an old drug without a concentration is refused at its path', () => {
    const json = contractBridge();
    json['old'] = { drugs: [{ drug: 'morphine' }], rate: '0.15 mL/day' };
    expect(errors(bridge(decoded(json)))).toEqual(['MISSING_CONCENTRATION old.drugs.0.concentration']);
  });

  it('[REQ-BRIDGE-001] compile\'s refusals of the new therapy name their place in the bridge request', () => {
    const json = contractBridge();
    (json['new'] as Record<string, unknown>)['therapy'] = { mode: 'continuous', drug: 'hydromorphone', dose: '1 mg/day' };
    expect(errors(bridge(decoded(json)))).toEqual(['DRUG_NOT_IN_RESERVOIR new.therapy.drug']);
  });

  it('[REQ-BRIDGE-001] a pump without an internal volume cannot give the dead volume', () => {
    const json = contractBridge();
    delete (json['pump'] as Record<string, unknown>)['internalVolume'];
    expect(errors(bridge(decoded(json)))).toEqual(['PUMP_PARAMETER_MISSING pump.internalVolume']);
  });
});

describe('prime (core)', () => {
  const request = (pump: unknown): PrimeRequest => {
    const r = decodePrimeRequest({
      pump,
      reservoir: { fill: '20 mL', drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }] },
      therapy: { mode: 'continuous', drug: 'morphine', dose: '1 mg/day' },
      catheter: { volume: '0.05 mL' },
      contents: { pumpInternal: 'empty', catheter: 'empty' },
    });
    if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
    return r.right;
  };

  it('[REQ-PRIME-002] a fixed-rate pump has no priming bolus', () => {
    const fixed = { kind: 'fixed-rate', reservoir: '20 mL', lowReservoirAlarm: '2 mL', nominalFlow: '1 mL/day', flowTolerance: '15 %', internalVolume: '0.2 mL' };
    expect(errors(prime(request(fixed)))).toEqual(['WRONG_PUMP_KIND pump']);
  });

  it('[REQ-PRIME-002] the maximum bolus rate is needed', () => {
    const pump = { ...(contractBridge()['pump'] as Record<string, unknown>) };
    delete pump['maxBolusRate'];
    expect(errors(prime(request(pump)))).toContain('PUMP_PARAMETER_MISSING pump.maxBolusRate');
  });
});
