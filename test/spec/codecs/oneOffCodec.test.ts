import { describe, expect, it } from 'vitest';
import * as E from 'fp-ts/lib/Either.js';
import { decodeCompileRequest } from '../../../spec/codecs/index.js';
import { oneOffCodec } from '../../../spec/codecs/oneOffCodec.js';

const req = (oneOff: unknown) => ({ pump: 'synchromed-ii-40', reservoir: { fill: '20 mL', drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }] }, therapy: { mode: 'continuous', drug: 'morphine', dose: '3 mg/day' }, oneOff });
const errors = (oneOff: unknown) => {
  const r = decodeCompileRequest(req(oneOff));
  return E.isLeft(r) ? r.left.map((e) => [e.code, e.path]) : [];
};

describe('oneOffCodec', () => {
  it('[REQ-ONEOFF-001] a single bolus and a stop decode, timed from the fill, kept on the request', () => {
    const r = decodeCompileRequest(req([{ kind: 'singleBolus', after: '2 day', dose: '0.5 mg', duration: '1 h' }, { kind: 'stop', after: '10 day', for: '6 h' }]));
    expect(E.isRight(r) && r.right.oneOff?.map((e) => [e.kind, e.after.base.toString()])).toEqual([['singleBolus', '172800'], ['stop', '864000']]);
  });
  it('[REQ-ONEOFF-001] strict: unknown fields, a missing field, a wrong kind and the other kind\'s field are refused', () => {
    expect(errors([{ kind: 'singleBolus', after: '0 h', dose: '1 mg', duration: '1 h', rate: '1 mL/h' }])).toEqual([['UNKNOWN_FIELD', 'oneOff.0.rate']]);
    expect(errors([{ kind: 'stop', after: '0 h' }])).toEqual([['MISSING_FIELD', 'oneOff.0.for']]);
    expect(errors([{ kind: 'stop', after: '0 h', for: '1 h', dose: '1 mg' }])).toEqual([['UNKNOWN_FIELD', 'oneOff.0.dose']]);
    expect(errors([{ kind: 'pause', after: '0 h', for: '1 h' }]).map(([c]) => c)).toEqual(['INVALID_VALUE']);
  });
  it('[REQ-ONEOFF-001] [REQ-BOUND-001] bounded: at most 8 events, after at most 366 day, a stop at most 7 day, a single bolus under 24 h', () => {
    const eight = Array.from({ length: 8 }, (_, i) => ({ kind: 'stop', after: `${i} day`, for: '1 h' }));
    expect(errors(eight)).toEqual([]);
    expect(errors([...eight, { kind: 'stop', after: '9 day', for: '1 h' }])).toEqual([['INPUT_TOO_LARGE', 'oneOff']]);
    expect(errors([{ kind: 'stop', after: '366 day', for: '7 day' }])).toEqual([]);
    expect(errors([{ kind: 'stop', after: '367 day', for: '1 h' }])).toEqual([['QUANTITY_ABOVE_BOUND', 'oneOff.0.after']]);
    expect(errors([{ kind: 'stop', after: '0 h', for: '7.001 day' }])).toEqual([['QUANTITY_ABOVE_BOUND', 'oneOff.0.for']]);
    expect(errors([{ kind: 'singleBolus', after: '0 h', dose: '1 mg', duration: '24 h' }])).toEqual([['BOLUS_TOO_LONG', 'oneOff.0.duration']]);
    expect(errors([{ kind: 'singleBolus', after: '0 h', dose: '0 mg', duration: '1 h' }])).toEqual([['NOT_POSITIVE', 'oneOff.0.dose']]);
  });
  it('[REQ-ONEOFF-001] overlapping events are ONE_OFF_OVERLAP at the later one; touching events are accepted', () => {
    expect(errors([{ kind: 'singleBolus', after: '1 day', dose: '1 mg', duration: '2 h' }, { kind: 'stop', after: '25 h', for: '1 h' }])).toEqual([['ONE_OFF_OVERLAP', 'oneOff.1']]);
    expect(errors([{ kind: 'stop', after: '25 h', for: '1 h' }, { kind: 'singleBolus', after: '1 day', dose: '1 mg', duration: '2 h' }])).toEqual([['ONE_OFF_OVERLAP', 'oneOff.1']]);
    expect(errors([{ kind: 'singleBolus', after: '1 day', dose: '1 mg', duration: '2 h' }, { kind: 'stop', after: '26 h', for: '1 h' }])).toEqual([]);
  });
  it('[REQ-ONEOFF-001] the codec carries a JSON Schema bounding the list', () => {
    expect(oneOffCodec.schema).toMatchObject({ type: 'array', maxItems: 8 });
  });
});
