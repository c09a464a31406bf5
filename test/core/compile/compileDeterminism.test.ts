import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { Decimal } from 'decimal.js';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import * as esm from '../../../core/index.js';
import type { CompileRequest, Dimension } from '../../../core/index.js';

// REQ-PROG-002: the same request gives the same result, byte for byte, from
// the source and the built package loaded by require, on repeated calls, and whatever the
// host application did to the global Decimal configuration. CI runs this file
// under Node 20, 22 and 24 (the runtime matrix in .ci/run), and the printed
// figures are pinned so that every runtime must agree on them.

type Core = Pick<typeof esm, 'compile' | 'parseQuantity' | 'formatQuantity'>;

const builtPath = resolve(import.meta.dirname, '../../../dist/esm/core/index.js');
/** The built package entry, loaded the CommonJS way (require of the ESM build, Node >= 20.19). */
const loadCjs = (): Core => createRequire(import.meta.url)(builtPath) as Core;

/** Three prescriptions, built with the given core's own parser: the contract example with a patient bolus, a rounding case and a flex admixture. */
function requests(core: Core): CompileRequest[] {
  const q = <D extends Dimension>(dim: D, text: string) => {
    const r = core.parseQuantity(dim, text, 'fixture');
    if (E.isLeft(r)) throw new Error(`bad fixture quantity ${text}`);
    return r.right;
  };
  const pump = {
    kind: 'programmable' as const, reservoir: q('volume', '40 mL'), lowReservoirAlarm: q('volume', '2 mL'), rateResolution: q('flow', '0.001 mL/day'),
    minRate: q('flow', '0.006 mL/day'), maxRate: q('flow', '24 mL/day'), maxBolusRate: q('flow', '1 mL/h'), internalVolume: q('volume', '0.2 mL'),
  };
  const fill = q('volume', '40 mL');
  return [
    {
      pump, reservoir: { fill, filledAt: 0n, drugs: [{ drug: 'morphine', concentration: q('concentration', '10 mg/mL') }] },
      therapy: { drug: 'morphine', basal: { mode: 'continuous', dose: q('doseRate', '3 mg/day') }, periodicBoluses: [],
        patientBolus: { dose: q('mass', '0.1 mg'), duration: q('time', '10 min'), lockout: q('time', '4 h'), maxPerDay: 4n } },
      limits: { morphine: { maxDaily: q('doseRate', '5 mg/day') } }, overrides: [],
    },
    {
      pump, reservoir: { fill, filledAt: 0n, drugs: [{ drug: 'hydromorphone', concentration: q('concentration', '3 mg/mL') }] },
      therapy: { drug: 'hydromorphone', basal: { mode: 'continuous', dose: q('doseRate', '1 mg/day') }, periodicBoluses: [] },
      limits: {}, overrides: [],
    },
    {
      pump, reservoir: { fill, filledAt: 1800n, drugs: [{ drug: 'morphine', concentration: q('concentration', '10 mg/mL') }, { drug: 'clonidine', concentration: q('concentration', '100 mcg/mL') }] },
      therapy: { drug: 'morphine', basal: { mode: 'flex', steps: [{ start: 0n, dose: q('doseRate', '2 mg/day') }, { start: 28_800n, dose: q('doseRate', '4 mg/day') }] },
        periodicBoluses: [{ start: 82_800n, dose: q('mass', '0.2 mg'), duration: q('time', '2 h') }] },
      limits: { morphine: { maxDaily: q('doseRate', '10 mg/day') } }, overrides: [],
    },
  ];
}

/** The whole result (or refusal) as text: exact decimals as strings, bigints marked. */
const text = (x: unknown): string => JSON.stringify(x, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));

const compileAll = (core: Core): string[] => requests(core).map((r) => text(core.compile(r)));

describe('compile is deterministic', () => {
  it('[REQ-PROG-002] the same requests give byte-identical results on repeated calls and from the built package loaded by require', () => {
    const first = compileAll(esm);
    expect(compileAll(esm)).toEqual(first);
    expect(compileAll(loadCjs())).toEqual(first);
  });

  it('[REQ-PROG-002] a host application that reconfigures the global Decimal does not change a result', () => {
    const before = compileAll(esm);
    const saved = { precision: Decimal.precision, rounding: Decimal.rounding, toExpNeg: Decimal.toExpNeg, toExpPos: Decimal.toExpPos };
    try {
      Decimal.set({ precision: 3, rounding: Decimal.ROUND_UP, toExpNeg: -1, toExpPos: 1 });
      expect(compileAll(esm)).toEqual(before);
    } finally {
      Decimal.set(saved);
    }
  });

  it('[REQ-PROG-002] the printed figures are the same on every runtime: 0.3 mL/day, worst 24 h 3.4 mg, 0.333 mL/day', () => {
    const [contract, rounding] = requests(esm).map((r) => esm.compile(r));
    if (contract === undefined || rounding === undefined || E.isLeft(contract) || E.isLeft(rounding)) throw new Error('refused');
    const flow = (r: typeof contract.right) => esm.formatQuantity({ dim: 'flow', base: r.program.steps[0]!.flow }, 'mL/day', 'down').text;
    expect(flow(contract.right)).toBe('0.3 mL/day');
    expect(esm.formatQuantity(contract.right.doses['morphine']!.worst24h, 'mg', 'up').text).toBe('3.4 mg');
    expect(flow(rounding.right)).toBe('0.333 mL/day');
  });
});
