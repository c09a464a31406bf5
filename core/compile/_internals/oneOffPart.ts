import { decimalArithmetic as A, type Exact } from '../../arith/decimalArithmetic.js';
import { engineError, type EngineError, type EngineWarning } from '../../errors/EngineError.js';
import type { OneOffEvent } from '../../kernel/OneOffEvent.js';
import { compareFractions } from '../../kernel/_internals/fraction.js';
import { checkDoseLimits } from '../../limits/checkDoseLimits.js';
import { printExact } from '../../quantity/_internals/printExact.js';
import { quantity } from '../../quantity/Quantity.js';
import type { CompileRequest } from '../../request/CompileRequest.js';
import { nullPrototype } from '../../request/ownProperties.js';
import { quotientDownForLowerBound, quotientTowardLessDrug, quotientUpForUpperBound } from '../../rounding/directedRounding.js';
import type { OneOffProgramEvent, OneOffResult, RoundingRecord } from '../CompileResult.js';
import type { ProgrammableParams } from './ProgrammableParams.js';
import { recordQuotientRounding } from './recordRounding.js';
import { BASE, massUnitFor } from './units.js';
import type { ProgramKernel } from './fastKernel.js';
import type { Library } from '../../library/Library.js';

/** What the one-off events add to a compile. */
export interface OneOffPart {
  readonly result: OneOffResult;
  readonly errors: readonly EngineError[];
  readonly warnings: readonly EngineWarning[];
  readonly roundings: readonly RoundingRecord[];
  /** The single boluses as the reservoir draws them (seconds from the fill, volume). */
  readonly draws: readonly { readonly start: Exact; readonly volume: Exact }[];
}

const vol = (x: Exact): string => printExact(quantity('volume', x), 'mL', 'down').text;
const perHour = (num: Exact, den: Exact): string => printExact(quantity('flow', quotientUpForUpperBound(A, num, den, A.one).value), 'mL/h', 'up').text;

/**
 * The one-off events of a programmable-pump compile: each single bolus's
 * volume `dose ÷ concentration` floored to the bolus volume grid (reported),
 * refused when it rounds to zero, when its flow is above the maximum bolus
 * rate, or when its flow with the program's (basal, periodic boluses running
 * then, a patient bolus) is above what the pump delivers; the most and least
 * of every 24 h window containing part of an event (`oneOff24h`: the most
 * rounded up, plus the patient boluses as in the worst 24 h; the least down),
 * for every drug, checked against every ceiling (`checkDoseLimits`, errors at
 * `oneOff`); a stop warns (ONE_OFF_LOWERS_DELIVERY) with the least 24 h.
 * The kernel's figures come from `kernel` (the program's, on the compile's
 * kernel path).
 *
 * Implements REQ-ONEOFF-002, REQ-ONEOFF-003, REQ-ONEOFF-005.
 */
export function oneOffPart(req: CompileRequest, kernel: ProgramKernel, concs: readonly Exact[], rxIndex: number, pump: ProgrammableParams, concurrentChecked: boolean, library: Library): OneOffPart {
  const errors: EngineError[] = [];
  const warnings: EngineWarning[] = [];
  const roundings: RoundingRecord[] = [];
  const conc = concs[rxIndex] ?? A.one;
  const clockAtFill = A.fromInteger(req.reservoir.filledAt);
  const most = A.compare(pump.maxRate, pump.maxBolusRate) >= 0 ? pump.maxRate : pump.maxBolusRate;
  const events: OneOffEvent<Exact>[] = [];
  const shown: OneOffProgramEvent[] = [];
  const draws: { start: Exact; volume: Exact }[] = [];
  (req.oneOff ?? []).forEach((e, i) => {
    const after = e.after.base;
    if (e.kind === 'stop') {
      events.push({ kind: 'stop', start: after, duration: e.for.base });
      shown.push(nullPrototype({ kind: 'stop', after, for: e.for.base }));
      return;
    }
    const duration = e.duration.base;
    const r = quotientTowardLessDrug(A, e.dose.base, conc, pump.bolusVolumeResolution);
    if (r.changed) {
      roundings.push(recordQuotientRounding(`oneOff.program.${i}.volume`, 'volume', 'mL', e.dose.base, conc, r.value, BASE.mL, 'toward less drug',
        `dose ÷ concentration is not a multiple of the pump bolus volume resolution ${vol(pump.bolusVolumeResolution)}`));
    }
    if (A.compare(r.value, A.zero) <= 0) {
      errors.push(engineError('BOLUS_ROUNDS_TO_ZERO', `oneOff.${i}.dose`, `the single bolus volume rounds to zero on the grid ${vol(pump.bolusVolumeResolution)}`));
    } else if (A.compare(r.value, A.mul(pump.maxBolusRate, duration)) > 0) {
      errors.push(engineError('BOLUS_RATE_ABOVE_MAXIMUM', `oneOff.${i}.dose`,
        `${vol(r.value)} in ${A.toDecimalString(duration)} s needs a flow above the pump maximum bolus rate ${printExact(quantity('flow', pump.maxBolusRate), 'mL/h', 'down').text}`));
    } else if (concurrentChecked) {
      // the single bolus at its clock time with the flows of the program running then
      const peak = kernel.peakFlowDuring(A.add(clockAtFill, after), r.value, duration);
      if (compareFractions(A, peak, { num: most, den: A.one }) > 0) {
        errors.push(engineError('CONCURRENT_FLOW_ABOVE_MAXIMUM', `oneOff.${i}`,
          `the single bolus (${perHour(r.value, duration)}) with the program's flows then asks for ${perHour(peak.num, peak.den)} at once, more than the pump delivers (${printExact(quantity('flow', most), 'mL/h', 'down').text}); refused, not clamped`));
      }
    }
    events.push({ kind: 'singleBolus', start: after, duration, volume: r.value });
    shown.push(nullPrototype({ kind: 'singleBolus', after, volume: r.value, duration }));
    draws.push({ start: after, volume: r.value });
  });
  const windows = kernel.oneOff24h(clockAtFill, events);
  const patient = A.sub(kernel.worst24h().volume, kernel.dailyVolume()); // the patient boluses of the worst 24 h, rounded up
  const worst = windows === undefined ? A.zero : A.add(quotientUpForUpperBound(A, windows.most.num, windows.most.den, A.one).value, patient);
  const least = windows === undefined ? A.zero : quotientDownForLowerBound(A, windows.least.num, windows.least.den, A.one).value;
  const doses: Record<string, OneOffResult['doses'][string]> = Object.create(null) as Record<string, OneOffResult['doses'][string]>;
  req.reservoir.drugs.forEach((d, i) => {
    const c = concs[i] ?? A.zero;
    doses[d.drug] = nullPrototype({ worst24h: quantity('mass', A.mul(worst, c)), least24h: quantity('mass', A.mul(least, c)), unit: massUnitFor(c) });
  });
  const limits = checkDoseLimits({
    drugs: req.reservoir.drugs.map((d, i) => ({ drug: d.drug, worst24h: doses[d.drug]?.worst24h ?? quantity('mass', A.zero), concentration: quantity('concentration', concs[i] ?? A.zero), path: `reservoir.drugs.${i}` })),
    limits: req.limits,
    overrides: req.overrides,
  }, library);
  for (const e of limits.errors) errors.push(engineError(e.code, 'oneOff', `in a 24 h window containing a one-off event: ${e.message} (${e.path})`));
  for (const w of limits.warnings) if (w.code === 'SOFT_LIMIT_OVERRIDDEN') warnings.push(engineError(w.code, 'oneOff', `in a 24 h window containing a one-off event: ${w.message}`));
  (req.oneOff ?? []).forEach((e, i) => {
    if (e.kind !== 'stop') return;
    const rx = req.reservoir.drugs[rxIndex];
    const leastRx = rx === undefined ? undefined : doses[rx.drug];
    const text = leastRx === undefined ? '' : `; the least 24 h around the one-off events is ${printExact(leastRx.least24h, leastRx.unit, 'down').text} of ${rx?.drug ?? ''}`;
    warnings.push(engineError('ONE_OFF_LOWERS_DELIVERY', `oneOff.${i}`, `the stop delivers nothing for ${printExact(quantity('time', e.for.base), 'h', 'down').text}${text}: underdose and withdrawal risk (an abrupt stop of intrathecal baclofen can be fatal: Gablofen label, boxed warning)`));
  });
  return { result: nullPrototype({ program: shown, doses }), errors, warnings, roundings, draws };
}
