import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, type Exact } from '../../../../../core/arith/decimalArithmetic.js';
import type { DeliveryPlan } from '../../../../../core/kernel/bridge/DeliveryPlan.js';
import { bolusRunningAtStart, layerBounds, planPieces, prefixTotals } from '../../../../../core/kernel/bridge/_internals/planCurve.js';
import type { FlowPiece } from '../../../../../core/kernel/_internals/flowPieces.js';
import { mL, n } from '../../_base.js';

const s = (x: Exact) => A.toDecimalString(x);
const show = (ps: FlowPiece<Exact>[]) => ps.map((p) => (p.kind === 'rate' ? ['rate', s(p.start), s(p.end), s(p.flow)] : ['bolus', s(p.start), s(p.duration), s(p.volume)]));
const program = { steps: [{ start: n(0), flow: n(300) }], periodicBoluses: [] };

describe('plan pieces', () => {
  const plan: DeliveryPlan<Exact> = {
    prefix: [{ duration: n(900), volume: n(100) }, { duration: n(0), flow: n(5) }, { duration: n(3_600), flow: n(150) }],
    program, programClock: n(4_500),
  };
  it('[REQ-BRIDGE-001] the prefix ends where its segments end and moves their volume: 900 s + 0 s + 3600 s; 100 + 0 + 150 × 3600', () => {
    const t = prefixTotals(A, plan);
    expect([s(t.end), s(t.volume)]).toEqual(['4500', '540100']);
  });
  it('[REQ-BRIDGE-001] each prefix segment is a piece in turn (a zero-length one none), then the program from the prefix end', () => {
    expect(show(planPieces(A, plan, n(10_000), false))).toEqual([
      ['bolus', '0', '900', '100'],
      ['rate', '900', '4500', '150'],
      ['rate', '4500', '10000', '300'],
    ]);
  });
  it('[REQ-BRIDGE-001] a horizon inside the prefix gives the prefix pieces only', () => {
    expect(show(planPieces(A, plan, n(4_500), false))).toEqual([['bolus', '0', '900', '100'], ['rate', '900', '4500', '150']]);
  });
  it('[REQ-BRIDGE-001] a periodic bolus the clock started before the program is running at its start only when asked', () => {
    const withBolus: DeliveryPlan<Exact> = { prefix: [{ duration: n(600), flow: n(0) }], programClock: n(3_600),
      program: { steps: [{ start: n(0), flow: n(0) }], periodicBoluses: [{ start: n(1_800), duration: n(3_600), volume: n(36) }] } };
    expect(bolusRunningAtStart(A, withBolus)).toBe(true);
    expect(show(planPieces(A, withBolus, n(1_200), true)).filter((p) => p[0] === 'bolus')).toEqual([['bolus', '-1200', '3600', '36']]);
    expect(show(planPieces(A, withBolus, n(1_200), false)).filter((p) => p[0] === 'bolus')).toEqual([]);
    expect(bolusRunningAtStart(A, { ...withBolus, programClock: n(5_400) })).toBe(false);
  });
  it('[REQ-BRIDGE-003] a periodic bolus whose start is the program start is started by the program, not running before it', () => {
    // clock 00:30 at the program start is the bolus start itself: the clock reaches it at the start (not before), so nothing is running
    const startsThen: DeliveryPlan<Exact> = { prefix: [{ duration: n(600), flow: n(0) }], programClock: n(1_800),
      program: { steps: [{ start: n(0), flow: n(0) }], periodicBoluses: [{ start: n(1_800), duration: n(3_600), volume: n(36) }] } };
    expect(bolusRunningAtStart(A, startsThen)).toBe(false);
    // one second later the clock started it before the program: running
    expect(bolusRunningAtStart(A, { ...startsThen, programClock: n(1_801) })).toBe(true);
  });
  it('[REQ-BRIDGE-001] layer bounds are the cumulative layer volumes from the tip, scaled', () => {
    const path = { layers: [{ volume: mL('0.05'), concentrations: [] }, { volume: mL('0.2'), concentrations: [] }], reservoir: [] };
    expect(layerBounds(A, path, n(2)).map(s)).toEqual(['8640000', '43200000']);
  });
});
