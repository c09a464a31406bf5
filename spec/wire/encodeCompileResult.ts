import { decimalArithmetic as A, type CompileResult } from '../../core/index.js';
import type { CompileResponse } from '../schema/response/compileResponse.js';
import { hasOwn } from '../../core/request/ownProperties.js';
import { printClock, printConcentration, printDuration, printFlow, printFlowPerHour, printMass, printMinutes, printVolume } from './_internals/print.js';
import { printLimits } from './_internals/printLimits.js';

/**
 * The wire-format fields of a successful `compile` response (without `ok` and
 * `warnings`), of the type its response shape gives (`COMPILE_RESPONSE`, whose
 * schema `itdose schema compile response` prints); `oneOff` only when the
 * request gave one-off events. Maxima print rounded up, minima and times down,
 * when a value has no finite decimal.
 *
 * Implements REQ-WIRE-010 (compile response), REQ-UNIT-006, REQ-SCHEMA-002.
 * @since 0.1.0
 */
export function encodeCompileResult(r: CompileResult): CompileResponse {
  const p = r.program;
  const pb = p.patientBolus;
  const program: CompileResponse['program'] = {
    steps: p.steps.map((s) => ({ start: printClock(s.start), rate: printFlow(s.flow), ratePerHour: printFlowPerHour(s.flow) })),
    periodicBoluses: p.periodicBoluses.map((b) => ({ start: printClock(b.start), volume: printVolume(b.volume), duration: printDuration(b.duration) })),
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
