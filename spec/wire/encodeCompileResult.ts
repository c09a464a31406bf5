import { decimalArithmetic as A, type CompileResult } from '../../core/index.js';
import { hasOwn } from '../../core/request/ownProperties.js';
import { printClock, printConcentration, printDuration, printFlow, printFlowPerHour, printMass, printMinutes, printVolume } from './_internals/print.js';

/**
 * The wire-format fields of a successful `compile` response (without `ok` and
 * `warnings`); `oneOff` only when the request gave one-off events. Maxima print rounded up, minima and times down, when a value
 * has no finite decimal.
 *
 * Implements REQ-WIRE-010 (compile response), REQ-UNIT-006.
 * @since 0.1.0
 */
export function encodeCompileResult(r: CompileResult): Record<string, unknown> {
  const p = r.program;
  const program: Record<string, unknown> = {
    steps: p.steps.map((s) => ({ start: printClock(s.start), rate: printFlow(s.flow), ratePerHour: printFlowPerHour(s.flow) })),
    periodicBoluses: p.periodicBoluses.map((b) => ({ start: printClock(b.start), volume: printVolume(b.volume), duration: printDuration(b.duration) })),
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
      },
    ]),
  );
  const t = r.reservoir;
  const reservoir = {
    lowAlarmAfter: t.lowAlarmAfterMinutes === undefined ? null : printMinutes(t.lowAlarmAfterMinutes),
    emptyAfter: t.emptyAfterMinutes === undefined ? null : printMinutes(t.emptyAfterMinutes),
    refillWithin: t.refillWithinDays === undefined ? null : `${A.toDecimalString(t.refillWithinDays)} day`,
    refillBoundBy: t.refillBoundBy,
  };
  // `exact` carries the comparison as exact quantities for library callers; the wire has the printed fields.
  const limitsApplied = r.limits.map(({ exact: _exact, ...printed }) => printed);
  const out: Record<string, unknown> = { pumpKind: r.kind, program, doses, reservoir, roundings: r.roundings, limitsApplied, titration: r.titration };
  if (hasOwn(r, 'oneOff') && r.oneOff !== undefined) {
    // an extension: present only when the request gave one-off events
    out['oneOff'] = {
      program: r.oneOff.program.map((e) => (e.kind === 'singleBolus'
        ? { kind: e.kind, after: printDuration(e.after), volume: printVolume(e.volume), duration: printDuration(e.duration) }
        : { kind: e.kind, after: printDuration(e.after), for: printDuration(e.for) })),
      doses: Object.fromEntries(Object.entries(r.oneOff.doses).map(([drug, d]) => [drug, { worst24h: printMass(d.worst24h.base, d.unit, 'up'), least24h: printMass(d.least24h.base, d.unit, 'down') }])),
    };
  }
  return out;
}
