import { decimalArithmetic as A } from '../../arith/decimalArithmetic.js';
import type { EngineError, EngineWarning } from '../../errors/EngineError.js';
import type { DailyProgram } from '../../kernel/DailyProgram.js';
import { checkDoseLimits } from '../../limits/checkDoseLimits.js';
import { checkTitration } from '../../limits/checkTitration.js';
import type { LimitApplied } from '../../limits/LimitApplied.js';
import type { TitrationApplied } from '../../limits/checkTitration.js';
import { quantity } from '../../quantity/Quantity.js';
import type { CompileRequest, DayTherapy } from '../../request/CompileRequest.js';
import { WEEKDAYS } from '../../request/Weekday.js';
import { quotientUpForUpperBound } from '../../rounding/directedRounding.js';
import type { DrugDoses } from '../CompileResult.js';
import { BASE } from './units.js';
import type { Library } from '../../library/Library.js';
import { nullPrototype } from '../../request/ownProperties.js';
import { pumpLabelWarnings, type PumpLabelInEffect } from '../../limits/_internals/pumpLabelWarnings.js';

/**
 * Every ceiling against each drug's worst 24 h (the prescriber's `limits` and
 * the drug library's hard and soft limits, with overrides), the library's
 * titration rule for the prescribed drug, and the fluid against the pump's
 * labelled use when it is known (OFF_LABEL_FOR_PUMP in place of the per-drug
 * OFF_LABEL).
 */
export function checkCeilings(
  req: CompileRequest,
  program: DailyProgram<ReturnType<typeof A.fromInteger>>,
  doses: Readonly<Record<string, DrugDoses>>,
  label: PumpLabelInEffect | undefined,
  library: Library,
): { errors: EngineError[]; warnings: EngineWarning[]; limits: LimitApplied[]; titration: TitrationApplied[] } {
  const pb = program.patientBolus;
  const result = checkDoseLimits({
    ...(label === undefined ? {} : { reportDrugOffLabel: false }),
    drugs: req.reservoir.drugs.map((d, i) => {
      const x = doses[d.drug];
      const conc = x?.concentration ?? quantity('concentration', A.zero);
      return {
        drug: d.drug,
        worst24h: x?.worst24h ?? quantity('mass', A.zero),
        concentration: conc,
        ...(pb === undefined ? {} : { patientBolusDose: quantity('mass', A.mul(pb.volume, conc.base)) }),
        path: `reservoir.drugs.${i}`,
      };
    }),
    limits: req.limits,
    overrides: req.overrides,
  }, library);
  if (label !== undefined) {
    result.warnings.push(...pumpLabelWarnings(req.reservoir.drugs.map((d, i) => {
      const c = doses[d.drug]?.concentration;
      return nullPrototype({ drug: d.drug, ...(c === undefined ? {} : { concentration: c }), path: `reservoir.drugs.${i}` });
    }), label, library));
  }
  const titration: TitrationApplied[] = [];
  if (req.titration !== undefined) {
    const t = checkTitration({ drug: req.therapy.drug, newDose: quantity('doseRate', prescribedDailyDoseUp(req)), previousDose: req.titration.previousDose, since: req.titration.since }, library);
    result.errors.push(...t.errors);
    result.warnings.push(...t.warnings);
    titration.push(...t.applied);
  }
  return { errors: result.errors, warnings: result.warnings, limits: result.applied, titration };
}

/**
 * The prescribed daily dose of the therapy drug as a dose rate, before any
 * rounding to the pump grid: basal steps weighted by their length plus the
 * periodic boluses (of the heaviest weekday for a week program), rounded UP at 1e-9 ng/day (so an increase is never
 * understated for the titration rule).
 */
function prescribedDailyDoseUp(req: CompileRequest): ReturnType<typeof A.fromInteger> {
  const t = req.therapy;
  const basal = t.basal;
  // a week program: its heaviest weekday (REQ-WEEK-002)
  const days: readonly DayTherapy[] = basal.mode === 'week' ? WEEKDAYS.map((d) => basal.days[d]) : [{ basal, periodicBoluses: t.periodicBoluses }];
  let most = A.zero;
  for (const day of days) {
    const mass = dayMass(day);
    if (A.compare(mass, most) > 0) most = mass;
  }
  return quotientUpForUpperBound(A, most, BASE.day, A.fromDecimalString('0.000000001')).value;
}

/** One day's prescribed mass (base mass units: dose rate (ng/day) × seconds), steps weighted by their length, plus its periodic boluses. */
function dayMass(day: DayTherapy): ReturnType<typeof A.fromInteger> {
  const b = day.basal;
  const steps = b.mode === 'continuous' ? [{ start: 0n, dose: b.dose }] : b.steps;
  let mass = A.zero;
  steps.forEach((s, i) => {
    const end = steps[i + 1]?.start ?? 86_400n;
    mass = A.add(mass, A.mul(s.dose.base, A.fromInteger(end - s.start)));
  });
  for (const p of day.periodicBoluses) mass = A.add(mass, p.dose.base);
  return mass;
}
