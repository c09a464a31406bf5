import { decimalArithmetic as A, parseQuantity, type CompileRequest, type Dimension, type Quantity, type Exact } from '../../../core/index.js';
import * as E from 'fp-ts/lib/Either.js';

/** Parses a quantity in a test fixture (a bad literal fails the test loudly). */
export function q<D extends Dimension>(dim: D, text: string): Quantity<D, Exact> {
  const r = parseQuantity(dim, text, 'fixture');
  if (E.isLeft(r)) throw new Error(`bad fixture quantity ${text}: ${r.left.message}`);
  return r.right;
}

/** The contract's programmable pump. */
export const contractPump = {
  kind: 'programmable' as const,
  reservoir: q('volume', '40 mL'),
  lowReservoirAlarm: q('volume', '2 mL'),
  rateResolution: q('flow', '0.001 mL/day'),
  minRate: q('flow', '0.006 mL/day'),
  maxRate: q('flow', '24 mL/day'),
  maxBolusRate: q('flow', '1 mL/h'),
  internalVolume: q('volume', '0.2 mL'),
};

/** The contract's compile example: morphine 3 mg/day at 10 mg/mL, 40 mL fill. */
export function contractRequest(over: Partial<CompileRequest> = {}): CompileRequest {
  return {
    pump: contractPump,
    reservoir: { fill: q('volume', '40 mL'), filledAt: 0n, drugs: [{ drug: 'morphine', concentration: q('concentration', '10 mg/mL') }] },
    therapy: { drug: 'morphine', basal: { mode: 'continuous', dose: q('doseRate', '3 mg/day') }, periodicBoluses: [] },
    limits: { morphine: { maxDaily: q('doseRate', '5 mg/day') } },
    overrides: [],
    ...over,
  };
}

export const text = (x: Exact): string => A.toDecimalString(x);
