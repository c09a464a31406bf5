import { decimalArithmetic as A, WEEKDAYS, type CompileResult, type Exact } from '../../core/index.js';
import { printClock, printConcentration, printDuration, printFlow, printFlowPerHour, printMass, printMinutes, printVolume } from './_internals/print.js';

/** Whether `o` has `key` as its own property (an optional field is never read through a prototype). */
const own = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** An instant of a week program (s from Monday 00:00) as its weekday and clock time. */
function weekdayAndClock(t: Exact): Record<string, string> {
  const day = A.fromInteger(86_400n);
  const k = A.floorDiv(t, day);
  return { weekday: WEEKDAYS[Number(A.toDecimalString(k))] ?? '', start: printClock(A.sub(t, A.mul(k, day))) };
}

/**
 * The wire-format fields of a successful `compile` response (without `ok` and
 * `warnings`). Maxima print rounded up, minima and times down, when a value
 * has no finite decimal. A week program adds `program.period` ("168 h"), a
 * `weekday` on every step and periodic bolus, `doses.<drug>.perWeekday` and
 * `reservoir.filledOn` and `refillByWeekday`; a daily program's answer is
 * unchanged.
 *
 * Implements REQ-WIRE-010 (compile response), REQ-UNIT-006, REQ-WEEK-004.
 * @since 0.1.0
 */
export function encodeCompileResult(r: CompileResult): Record<string, unknown> {
  const p = r.program;
  const week = own(p, 'period') && p.period !== undefined;
  // a week program: every step and bolus names its weekday, `start` the clock time within it (REQ-WEEK-004)
  const when = (t: Exact): Record<string, string> => (week ? weekdayAndClock(t) : { start: printClock(t) });
  const program: Record<string, unknown> = {
    ...(!own(p, 'period') || p.period === undefined ? {} : { period: printDuration(p.period) }),
    steps: p.steps.map((s) => ({ ...when(s.start), rate: printFlow(s.flow), ratePerHour: printFlowPerHour(s.flow) })),
    periodicBoluses: p.periodicBoluses.map((b) => ({ ...when(b.start), volume: printVolume(b.volume), duration: printDuration(b.duration) })),
  };
  if (p.patientBolus !== undefined) {
    const pb = p.patientBolus;
    program['patientBolus'] = { volume: printVolume(pb.volume), duration: printDuration(pb.duration), lockout: printDuration(pb.lockout), maxPerDay: Number(A.toDecimalString(pb.maxPerDay)) };
  }
  if (r.kind === 'fixed-rate') {
    program['concentrations'] = Object.fromEntries(
      // the same mass unit the drug's doses are printed in (`DrugDoses.unit`)
      Object.entries(r.concentrations).map(([drug, c]) => [drug, printConcentration(c.base, `${r.doses[drug]?.unit ?? 'mcg'}/mL`)]),
    );
  }
  const doses = Object.fromEntries(
    Object.entries(r.doses).map(([drug, d]) => [
      drug,
      {
        concentration: printConcentration(d.concentration.base, `${d.unit}/mL`),
        perDay: printMass(d.perDay.base, d.unit, 'down'),
        worst24h: printMass(d.worst24h.base, d.unit, 'up'),
        least24h: printMass(d.least24h.base, d.unit, 'down'),
        ...(!own(d, 'perWeekday') || d.perWeekday === undefined ? {} : { perWeekday: Object.fromEntries(d.perWeekday.map((x, k) => [WEEKDAYS[k] ?? String(k), printMass(x.base, d.unit, 'down')])) }),
      },
    ]),
  );
  const t = r.reservoir;
  const reservoir = {
    lowAlarmAfter: t.lowAlarmAfterMinutes === undefined ? null : printMinutes(t.lowAlarmAfterMinutes),
    emptyAfter: t.emptyAfterMinutes === undefined ? null : printMinutes(t.emptyAfterMinutes),
    refillWithin: t.refillWithinDays === undefined ? null : `${A.toDecimalString(t.refillWithinDays)} day`,
    refillBoundBy: t.refillBoundBy,
    ...(!own(r, 'week') || r.week === undefined ? {} : { filledOn: r.week.filledOn, refillByWeekday: r.week.refillByWeekday ?? null }),
  };
  // `exact` carries the comparison as exact quantities for library callers; the wire has the printed fields.
  const limitsApplied = r.limits.map(({ exact: _exact, ...printed }) => printed);
  return { pumpKind: r.kind, program, doses, reservoir, roundings: r.roundings, limitsApplied, titration: r.titration };
}
