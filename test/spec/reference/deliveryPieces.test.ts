import { describe, expect, it } from 'vitest';
import { deliveryPieces } from '../../../spec/reference/deliveryPieces.js';
import { Rational } from '../../../spec/reference/Rational.js';
import { readWireProgram } from '../../../spec/reference/readWireProgram.js';
import { volumeBetween } from '../../../spec/reference/volumeBetween.js';

const h = (x: bigint): Rational => Rational.of(x * 3600n);

describe('deliveryPieces and volumeBetween', () => {
  const p = readWireProgram({
    steps: [{ start: '00:00', rate: '2.4 mL/day' }, { start: '12:00', rate: '0 mL/day' }],
    periodicBoluses: [{ start: '23:00', volume: '0.2 mL', duration: '2 h' }],
  });
  it('[REQ-REF-004] one piece per step and per bolus for every day, a bolus running past midnight included', () => {
    const pieces = deliveryPieces(p, -1, 1);
    expect(pieces.length).toBe(9);
    expect(pieces.filter((x) => x.from.eq(h(-1n))).map((x) => [x.to.toString(), x.rate.toString()])).toEqual([[h(1n).toString(), '1/36000']]);
  });
  it('[REQ-REF-004] the volume over a span is rate × overlap summed over the pieces', () => {
    const pieces = deliveryPieces(p, -1, 1);
    // 00:00–01:00 of day 0: 0.1 mL basal + the last hour of the previous day's bolus, 0.1 mL
    expect(volumeBetween(pieces, h(0n), h(1n)).toString()).toBe('1/5');
    // any 24 h: 1.2 mL basal + 0.2 mL bolus
    expect(volumeBetween(pieces, h(5n), h(29n)).toString()).toBe('7/5');
    expect(volumeBetween(pieces, Rational.of(7n, 3n), Rational.of(7n, 3n)).toString()).toBe('0');
  });
});
