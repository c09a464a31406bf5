import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, type Exact } from '../../../../core/arith/decimalArithmetic.js';
import type { ExactFraction } from '../../../../core/kernel/ExactFraction.js';
import { applyPumpEvent } from '../../../../core/kernel/reservoir/applyPumpEvent.js';
import type { PumpEvent, PumpState } from '../../../../core/kernel/reservoir/PumpState.js';
import { startPump } from '../../../../core/kernel/reservoir/startPump.js';
import { continuous, mL, mgPerMl, n } from '../_base.js';

const value = (f: ExactFraction<Exact> | undefined): string => (f === undefined ? 'never' : A.toDecimalString(f.num.dividedBy(f.den)));
const run = (s: PumpState<Exact>, ...events: PumpEvent<Exact>[]): PumpState<Exact> => events.reduce((x, e) => applyPumpEvent(A, x, e), s);
const pump = (fill: string) =>
  startPump(A, { program: continuous('0.3'), clock: A.zero, fill: mL(fill), concentrations: [mgPerMl('10')], alarmVolume: mL('2'), deadVolume: A.zero, deadVolumeConcentrations: [A.zero] });

describe('applyPumpEvent, refills and requests', () => {
  it('[REQ-RES-005] a refill resets the marks; a refill at the alarm volume alarms at once, one of zero is dry at once', () => {
    const dry = run(pump('0.3'), { kind: 'run', seconds: n(2 * 86_400) });
    expect([value(dry.alarmAt), value(dry.dryAt)]).toEqual(['0', '86400']);
    const full = run(dry, { kind: 'refill', volume: mL('20'), concentrations: [mgPerMl('10')] });
    expect([value(full.alarmAt), value(full.dryAt), value(full.reservoir)]).toEqual(['never', 'never', A.toDecimalString(mL('20'))]);
    const low = run(dry, { kind: 'refill', volume: mL('2'), concentrations: [mgPerMl('10')] });
    expect([value(low.alarmAt), value(low.dryAt)]).toEqual(['172800', 'never']);
    const none = run(dry, { kind: 'refill', volume: A.zero, concentrations: [mgPerMl('10')] });
    expect([value(none.alarmAt), value(none.dryAt)]).toEqual(['172800', '172800']);
  });
  it('[REQ-XREFILL-005] a refill naming more or fewer drugs than the pump tracks at the tip is refused: nothing changes, not a drug is dropped', () => {
    const s = run(pump('5'), { kind: 'run', seconds: n(86_400) });
    for (const concentrations of [[mgPerMl('10'), mgPerMl('1')], [] as Exact[]]) {
      const after = run(s, { kind: 'refill', volume: mL('20'), concentrations });
      expect(after.lastRefill).toBe('REFILL_DRUGS_MISMATCH');
      expect({ ...after, lastRefill: undefined }).toEqual({ ...s, lastRefill: undefined });
      // the pump runs on with its old fluid and tracks its one drug
      const later = run(after, { kind: 'run', seconds: n(86_400) });
      expect(later.atTip.length).toBe(1);
      expect(value(later.reservoir)).toBe(A.toDecimalString(A.sub(mL('5'), mL('0.6'))));
    }
    // one concentration per tracked drug (a zero for a drug the new fluid lacks) is accepted
    const ok = run(s, { kind: 'refill', volume: mL('20'), concentrations: [A.zero] });
    expect([ok.lastRefill, value(ok.reservoir)]).toEqual(['accepted', A.toDecimalString(mL('20'))]);
  });
  it('[REQ-RES-005] [REQ-MODEL-001] a patient-bolus request without a patient bolus in the program is "none" and changes nothing else', () => {
    const s = pump('20');
    const after = run(s, { kind: 'patientBolus' });
    expect(after.lastRequest).toBe('none');
    expect(after.boluses).toEqual([]);
    expect(after.patientStarts).toEqual([]);
    const zeroPerDay = run({ ...s, program: { ...s.program, patientBolus: { volume: mL('0.01'), duration: n(600), lockout: n(3_600), maxPerDay: A.zero } } }, { kind: 'patientBolus' });
    expect(zeroPerDay.lastRequest).toBe('none');
  });
  it('[REQ-RES-005] a state already at the alarm volume with no alarm time gets one at the start of the next run', () => {
    const s: PumpState<Exact> = { ...pump('20'), reservoir: { num: mL('2'), den: A.one } };
    expect(s.alarmAt).toBeUndefined();
    const after = run(s, { kind: 'run', seconds: n(60) });
    expect(value(after.alarmAt)).toBe('0');
  });
  it('[REQ-RES-005] a clock change moves the clock modulo 24 h', () => {
    expect(A.toDecimalString(run(pump('20'), { kind: 'clock', jump: n(-3_600) }).clock)).toBe('82800');
    expect(A.toDecimalString(run(pump('20'), { kind: 'run', seconds: n(3_600) }, { kind: 'clock', jump: n(86_400) }).clock)).toBe('3600');
  });
});
