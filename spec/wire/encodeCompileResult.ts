import { decimalArithmetic as A, WEEKDAYS, type CompileResult, type Exact, type Weekday } from '../../core/index.js';
import type { CompileResponse } from '../schema/response/compileResponse.js';
import { hasOwn } from '../../core/request/ownProperties.js';
import { printClock, printConcentration, printDuration, printFlow, printFlowPerHour, printMass, printMinutes, printVolume } from './_internals/print.js';
import { printLimits } from './_internals/printLimits.js';

/** An instant of a week program (s from Monday 00:00) as its weekday and clock time. */
function weekdayAndClock(t: Exact): { readonly weekday: Weekday; readonly start: string } {
  const day = A.fromInteger(86_400n);
  const k = A.floorDiv(t, day);
  // k is 0 to 6: a week program's instants lie in [0, 7 days)
  return { weekday: WEEKDAYS[Number(A.toDecimalString(k))] ?? 'monday', start: printClock(A.sub(t, A.mul(k, day))) };
}

/**
 * The wire-format fields of a successful `compile` response (without `ok` and
 * `warnings`), of the type its response shape gives (`COMPILE_RESPONSE`, whose
 * schema `itdose schema compile response` prints); `oneOff` only when the
 * request gave one-off events. Maxima print rounded up, minima and times down,
 * when a value has no finite decimal. A week program adds `program.period`
 * ("168 h"), a `weekday` on every step and periodic bolus,
 * `doses.<drug>.perWeekday` and `reservoir.filledOn` and `refillByWeekday`; a
 * daily program's answer is unchanged.
 *
 * Implements REQ-WIRE-010 (compile response), REQ-UNIT-006, REQ-SCHEMA-002, REQ-WEEK-004.
 * @since 0.1.0
 */
export function encodeCompileResult(r: CompileResult): CompileResponse {
  const p = r.program;
  const pb = p.patientBolus;
  const period = hasOwn(p, 'period') ? p.period : undefined;
  // a week program: every step and bolus names its weekday, `start` the clock time within it (REQ-WEEK-004)
  const when = (t: Exact): { readonly start: string; readonly weekday?: Weekday } => (period === undefined ? { start: printClock(t) } : weekdayAndClock(t));
  const program: CompileResponse['program'] = {
    ...(period === undefined ? {} : { period: printDuration(period) }),
    steps: p.steps.map((s) => ({ ...when(s.start), rate: printFlow(s.flow), ratePerHour: printFlowPerHour(s.flow) })),
    periodicBoluses: p.periodicBoluses.map((b) => ({ ...when(b.start), volume: printVolume(b.volume), duration: printDuration(b.duration) })),
    ...(pb === undefined ? {} : {
      patientBolus: { volume: printVolume(pb.volume), duration: printDuration(pb.duration), lockout: printDuration(pb.lockout), maxPerDay: Number(A.toDecimalString(pb.maxPerDay)) },
    }),
    ...(r.kind !== 'fixed-rate' ? {} : {
      concentrations: Object.fromEntries(
        // the same mass unit the drug's doses are printed in (`DrugDoses.unit`)
        Object.entries(r.concentrations).map(([drug, c]) => [drug, printConcentration(c.base, `${r.doses[drug]?.unit ?? 'mcg'}/mL`)]),
      ),
    }),
  };
  const doses = Object.fromEntries(
    Object.entries(r.doses).map(([drug, d]) => [
      drug,
      {
        concentration: printConcentration(d.concentration.base, `${d.unit}/mL`),
        perDay: printMass(d.perDay.base, d.unit, 'down'),
        worst24h: printMass(d.worst24h.base, d.unit, 'up'),
        least24h: printMass(d.least24h.base, d.unit, 'down'),
        ...(!hasOwn(d, 'perWeekday') || d.perWeekday === undefined ? {} : {
          // dayVolumes gives one volume per weekday, Monday first: seven entries, one per key (the response schema checks all seven are there)
          perWeekday: Object.fromEntries(d.perWeekday.map((x, k) => [WEEKDAYS[k] ?? String(k), printMass(x.base, d.unit, 'down')])) as Record<Weekday, string>,
        }),
      },
    ]),
  );
  const t = r.reservoir;
  const reservoir = {
    lowAlarmAfter: t.lowAlarmAfterMinutes === undefined ? null : printMinutes(t.lowAlarmAfterMinutes),
    emptyAfter: t.emptyAfterMinutes === undefined ? null : printMinutes(t.emptyAfterMinutes),
    refillWithin: t.refillWithinDays === undefined ? null : `${A.toDecimalString(t.refillWithinDays)} day`,
    refillBoundBy: t.refillBoundBy,
    ...(!hasOwn(r, 'week') || r.week === undefined ? {} : { filledOn: r.week.filledOn, refillByWeekday: r.week.refillByWeekday ?? null }),
  };
  const o = hasOwn(r, 'oneOff') ? r.oneOff : undefined;
  return {
    pumpKind: r.kind, program, doses, reservoir, roundings: r.roundings, limitsApplied: printLimits(r.limits), titration: r.titration,
    // an extension: present only when the request gave one-off events
    ...(o === undefined ? {} : {
      oneOff: {
        program: o.program.map((e) => (e.kind === 'singleBolus'
          ? { kind: e.kind, after: printDuration(e.after), volume: printVolume(e.volume), duration: printDuration(e.duration) }
          : { kind: e.kind, after: printDuration(e.after), for: printDuration(e.for) })),
        doses: Object.fromEntries(Object.entries(o.doses).map(([drug, d]) => [drug, { worst24h: printMass(d.worst24h.base, d.unit, 'up'), least24h: printMass(d.least24h.base, d.unit, 'down') }])),
      },
    }),
  };
}
