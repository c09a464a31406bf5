import { decimalArithmetic as A, type BridgeResult, type Exact } from '../../core/index.js';
import { encodeCompileResult } from './encodeCompileResult.js';
import { printConcentration, printDuration, printFlow, printFlowPerHour, printMass, printVolume } from './_internals/print.js';
import type { BridgeResponse } from '../schema/response/bridgeResponse.js';
import { printLimits } from './_internals/printLimits.js';

/**
 * The wire-format fields of a successful `bridge` response (without `ok` and
 * `warnings`): `program.steps` (the bridge, each step `{ after, rate }` from
 * the refill) and `program.newProgram` (`after`, then the daily program as
 * `compile` prints it), `deadVolume`, `tipDoses`, `withoutBridge` (each drug's
 * worst and least 24 h from the refill on, and `acrossRefill`: those of the
 * windows that start before the refill and end after it),
 * `prescribedRange`, `overdoseWithoutBridge`, `underdoseWithoutBridge`, the
 * new program's steady `doses`, `roundings` and `limitsApplied`. Maxima
 * print rounded up, minima and times down.
 *
 * Implements REQ-BRIDGE-001, REQ-BRIDGE-006, REQ-UNIT-006, REQ-XREFILL-003.
 * @since 0.1.0
 */
export function encodeBridgeResult(r: BridgeResult): BridgeResponse {
  const compiled = encodeCompileResult(r.newProgram);
  const b = r.bridge;
  const after = b === undefined ? A.zero : b.after;
  const steps = b === undefined || A.compare(b.after, A.zero) === 0 ? [] : [{ after: '0 min', rate: printFlow(b.flow), ratePerHour: printFlowPerHour(b.flow), fluid: 'old' as const }];
  const perDrug = <T>(f: (d: BridgeResult['drugs'][number]) => T): Record<string, T> => Object.fromEntries(r.drugs.map((d) => [d.drug, f(d)]));
  const pair = (worst: Exact, least: Exact, unit: string): { worst24h: string; least24h: string } => ({ worst24h: printMass(worst, unit, 'up'), least24h: printMass(least, unit, 'down') });
  return {
    program: {
      steps,
      newProgram: { after: printDuration(after), ...compiled.program },
    },
    deadVolume: printVolume(r.deadVolume),
    catheterVolume: printVolume(r.catheterVolume),
    internalVolume: printVolume(r.internalVolume),
    ...(b === undefined ? {} : {
      bridge: { rate: printFlow(b.flow), until: printDuration(b.after), basis: b.basis, switchRounded: b.rounded, oldFluidOutAfter: printDuration(b.flushedAfter) },
    }),
    tipDoses: perDrug((d) => ({ ...pair(d.tip.worst24h, d.tip.least24h, d.unit), acrossRefill: pair(d.acrossRefill.tip.worst24h, d.acrossRefill.tip.least24h, d.unit) })),
    withoutBridge: perDrug((d) => ({
      ...pair(d.withoutBridge.worst24h, d.withoutBridge.least24h, d.unit),
      acrossRefill: pair(d.acrossRefill.withoutBridge.worst24h, d.acrossRefill.withoutBridge.least24h, d.unit),
    })),
    prescribedRange: perDrug((d) => ({ lower: printMass(d.range.lower, d.unit, 'down'), upper: printMass(d.range.upper, d.unit, 'up') })),
    concentrations: perDrug((d) => ({ old: printConcentration(d.oldConcentration, `${d.unit}/mL`), new: printConcentration(d.newConcentration, `${d.unit}/mL`) })),
    overdoseWithoutBridge: r.overdoseWithoutBridge,
    underdoseWithoutBridge: r.underdoseWithoutBridge,
    patientBolusBound: r.patientBolusBound,
    doses: compiled.doses,
    roundings: r.roundings,
    limitsApplied: printLimits(r.limits),
  };
}
