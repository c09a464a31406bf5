import { describe, expect, it } from 'vitest';
import { parseWireClock } from '../../../spec/reference/parseWireClock.js';
import { parseWireQuantity } from '../../../spec/reference/parseWireQuantity.js';

describe('parseWireQuantity', () => {
  it('[REQ-REF-002] reads each dimension into its simple unit', () => {
    expect(parseWireQuantity('0.3 mL/day', 'flow').toString()).toBe('1/288000');
    expect(parseWireQuantity('12 uL/h', 'flow').toString()).toBe('1/300000');
    expect(parseWireQuantity('0.01 mL', 'volume').toString()).toBe('1/100');
    expect(parseWireQuantity('5 uL', 'volume').toString()).toBe('1/200');
    expect(parseWireQuantity('10 min', 'time').toString()).toBe('600');
    expect(parseWireQuantity('1.5 h', 'time').toString()).toBe('5400');
    expect(parseWireQuantity('10 mg/mL', 'concentration').toString()).toBe('10');
    expect(parseWireQuantity('50 mcg/mL', 'concentration').toString()).toBe('1/20');
    expect(parseWireQuantity('3 mg/day', 'doseRate').toString()).toBe('1/28800');
  });
  it('[REQ-REF-002] refuses another dimension, unknown units and malformed numbers', () => {
    expect(() => parseWireQuantity('0.3 mL', 'flow')).toThrow();
    expect(() => parseWireQuantity('0.3 cc', 'volume')).toThrow();
    expect(() => parseWireQuantity('.3 mL', 'volume')).toThrow();
    expect(() => parseWireQuantity('0.3 mL/cm', 'flow')).toThrow();
  });
});

describe('parseWireClock', () => {
  it('[REQ-REF-002] reads HH:MM as seconds and refuses 24:00', () => {
    expect(parseWireClock('00:00').toString()).toBe('0');
    expect(parseWireClock('23:59').toString()).toBe('86340');
    expect(() => parseWireClock('24:00')).toThrow();
    expect(() => parseWireClock('7:00')).toThrow();
  });
});
