/**
 * itdose core: the public API of the pure functional dose engine.
 *
 * Everything exported here is pure: no I/O, no clock, no randomness, no
 * globals, no floats; errors are values.
 * @since 0.1.0
 */
export type { ExactArithmetic } from './arith/ExactArithmetic.js';
export { decimalArithmetic, type Exact } from './arith/decimalArithmetic.js';
export { CODES, type Code, type CodeKind } from './errors/codes.js';
export { engineError, type EngineError, type EngineWarning } from './errors/EngineError.js';
export type { Dimension } from './quantity/dimension.js';
export { quantity, type Quantity } from './quantity/Quantity.js';
export { parseQuantity } from './quantity/parseQuantity.js';
export { formatQuantity, type PrintDirection, type Printed } from './quantity/formatQuantity.js';
export { parseUnit, type ParsedUnit } from './quantity/parseUnit.js';
export * from './rounding/directedRounding.js';
export type { DailyProgram, BasalStep, PeriodicBolus, PatientBolus } from './kernel/DailyProgram.js';
export { dailyVolume } from './kernel/dailyVolume.js';
export { patientBolusesIn24h } from './kernel/patientBolusesIn24h.js';
export { worst24hVolume, least24hVolume, type VolumeBound } from './kernel/worst24hVolume.js';
export { cumulativeVolume } from './kernel/cumulativeVolume.js';
export { minutesUntilDrawn } from './kernel/minutesUntilDrawn.js';
export type { CompileRequest, ReservoirFill, DrugInReservoir, Therapy, ContinuousBasal, FlexBasal, PeriodicBolusRx, PatientBolusRx, Titration, DrugLimits, Override } from './request/CompileRequest.js';
export type { PumpInput, PumpField } from './request/PumpInput.js';
export { compile } from './compile/compile.js';
export type { CompileResult, RoundingRecord, LimitRecord, DrugDoses, ReservoirTimes } from './compile/CompileResult.js';
