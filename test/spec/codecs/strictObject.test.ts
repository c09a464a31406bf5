import { describe, expect, it } from 'vitest';
import { decodeWith } from '../../../spec/codecs/decodeWith.js';
import { enumCodec } from '../../../spec/codecs/enumCodec.js';
import { quantityCodec } from '../../../spec/codecs/quantityCodec.js';
import { strictObject } from '../../../spec/codecs/strictObject.js';
import { countCodec } from '../../../spec/codecs/countCodec.js';
import { codesAndPaths, leftOf, rightOf } from './_fixtures.js';

const catheter = strictObject('Catheter', { length: quantityCodec('length', 'positive') }, { volumePerLength: quantityCodec('volumePerLength', 'positive'), route: enumCodec(['intrathecal']) });

describe('strictObject', () => {
  it('[REQ-WIRE-003] required present, optional absent: the output has only the fields given', () => {
    const v = rightOf(decodeWith(catheter, { length: '90 cm' }));
    expect(Object.keys(v)).toEqual(['length']);
    expect(v.length.base.toFixed()).toBe('90');
  });
  it('[REQ-WIRE-002] [REQ-WIRE-003] [REQ-WIRE-004] missing, unknown and invalid fields are all reported together', () => {
    const errors = leftOf(decodeWith(catheter, { volumePerLenght: '0.0026 mL/cm', route: 'epidural' }));
    expect(codesAndPaths(errors)).toEqual([['MISSING_FIELD', 'length'], ['INVALID_VALUE', 'route'], ['UNKNOWN_FIELD', 'volumePerLenght']]);
    expect(errors.find((e) => e.code === 'UNKNOWN_FIELD')?.message).toContain('did you mean "volumePerLength"');
  });
  it('[REQ-WIRE-002] [REQ-WIRE-013] an object built with a null prototype and reserved keys is handled by own keys only', () => {
    const u = Object.create(null) as Record<string, unknown>;
    u['length'] = '90 cm';
    u['prototype'] = 1;
    expect(codesAndPaths(leftOf(decodeWith(catheter, u)))).toEqual([['UNKNOWN_FIELD', 'prototype']]);
  });
  it('[REQ-WIRE-003] an array, null or string where an object belongs is WRONG_TYPE', () => {
    for (const u of [[], null, 'x']) expect(codesAndPaths(leftOf(decodeWith(catheter, u)))).toEqual([['WRONG_TYPE', '']]);
  });
  it('[REQ-WIRE-014] a throwing Proxy is INTERNAL_ERROR, never an exception', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('boom'); }, getOwnPropertyDescriptor: () => { throw new Error('boom'); } });
    expect(codesAndPaths(leftOf(decodeWith(catheter, hostile)))).toEqual([['INTERNAL_ERROR', '']]);
  });
});

describe('countCodec', () => {
  it('[REQ-WIRE-006] [REQ-BOUND-002] 0 and 48 are counts; 49, 1e21, NaN, Infinity and -0.5 are INVALID_INTEGER', () => {
    expect(rightOf(decodeWith(countCodec, 0))).toBe(0n);
    expect(rightOf(decodeWith(countCodec, 48))).toBe(48n);
    for (const u of [49, 1441, 1e21, Number.NaN, Number.POSITIVE_INFINITY, -0.5, 2 ** 53]) expect(codesAndPaths(leftOf(decodeWith(countCodec, u)))).toEqual([['INVALID_INTEGER', '']]);
  });
});
