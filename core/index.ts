/**
 * itdose core: the public API of the pure functional dose engine.
 *
 * Everything exported here is pure: no I/O, no clock, no randomness, no
 * globals, no floats; errors are values.
 *
 * Every function that takes a request or a value from its caller re-validates
 * it (the guards of `core/request/`) and answers a coded error for anything
 * the decoder could not have produced; it never throws. The kernel functions
 * (`worst24hVolume`, `tipDose24h`, ...) take programs, not requests, and are
 * the exception: see `core/kernel/DailyProgram.ts`.
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
export { parseUnit, type ParsedUnit, type UnitProblem } from './quantity/parseUnit.js';
export * from './rounding/directedRounding.js';
export type { DailyProgram, BasalStep, PeriodicBolus, PatientBolus } from './kernel/DailyProgram.js';
export { dailyVolume } from './kernel/dailyVolume.js';
export { patientBolusesIn24h } from './kernel/patientBolusesIn24h.js';
export { worst24hVolume, least24hVolume, type VolumeBound } from './kernel/worst24hVolume.js';
export { cumulativeVolume } from './kernel/cumulativeVolume.js';
export { minutesUntilDrawn } from './kernel/minutesUntilDrawn.js';
export type { OneOffEvent } from './kernel/OneOffEvent.js';
export { oneOff24h, type OneOffWindows } from './kernel/oneOff24h.js';
export { drawnMinutesWithBoluses } from './kernel/reservoir/drawnMinutesWithBoluses.js';
export type { DeliveryPlan, PrefixSegment, FluidPath, FluidLayer } from './kernel/bridge/DeliveryPlan.js';
export { tipDose24h, type TipDoses, type TipDoseBounds } from './kernel/bridge/tipDose24h.js';
export { tipDoseAcrossRefill, type AcrossRefillDoses, type BeforeRefill } from './kernel/bridge/tipDoseAcrossRefill.js';
export { tipMass } from './kernel/bridge/tipMass.js';
export { timeUntilPumped } from './kernel/bridge/timeUntilPumped.js';
export { planBridge, type BridgeInput, type BridgePlan } from './kernel/bridge/planBridge.js';
export { primingBolus, type PrimingBolus } from './kernel/priming/primingBolus.js';
export { transition24h, type ProgramTransition, type Window24hVolumes } from './kernel/clock/transition24h.js';
export { clockChange24h } from './kernel/clock/clockChange24h.js';
export { flowAtToleranceTop } from './kernel/reservoir/flowAtToleranceTop.js';
export { fixedRateReservoirTimes, type FixedRateFill } from './kernel/reservoir/fixedRateReservoirTimes.js';
export { refillWithinDays, type RefillWithin } from './kernel/reservoir/refillWithinDays.js';
export type { ExactFraction } from './kernel/ExactFraction.js';
export type { PumpState, PumpEvent, RunningBolus, FluidSlice, PatientRequestOutcome, RefillOutcome } from './kernel/reservoir/PumpState.js';
export { startPump, type PumpStart } from './kernel/reservoir/startPump.js';
export { applyPumpEvent } from './kernel/reservoir/applyPumpEvent.js';
export { checkFill } from './reservoir/checkFill.js';
export type { BridgeRequest, CatheterInput } from './request/BridgeRequest.js';
export type { PrimeRequest, PathContents } from './request/PrimeRequest.js';
export type { ClockChangeRequest } from './request/ClockChangeRequest.js';
export { bridge } from './bridge/bridge.js';
export type { BridgeResult, BridgeDrug, TipRange } from './bridge/BridgeResult.js';
export { prime } from './bridge/prime.js';
export type { PrimeResult, PrimeDrug } from './bridge/PrimeResult.js';
export { clockChange } from './clock/clockChange.js';
export type { ClockChangeResult, ClockChangeDrug } from './clock/ClockChangeResult.js';
export type { CompileRequest, OneOffRx, ReservoirFill, DrugInReservoir, Therapy, ContinuousBasal, FlexBasal, WeekBasal, DayTherapy, PeriodicBolusRx, PatientBolusRx, Titration, DrugLimits, Override, OverridableLimits } from './request/CompileRequest.js';
export { WEEKDAYS, weekdayIndex, type Weekday } from './request/Weekday.js';
export type { PumpInput, PumpField, LabelledUseInput, LabelledDrugInput, LabelledRangeInput } from './request/PumpInput.js';
export { compile } from './compile/compile.js';
export type { CompileResult, RoundingRecord, DrugDoses, ReservoirTimes, OneOffResult, OneOffProgramEvent, WeekSummary } from './compile/CompileResult.js';
export type { Grade, Confidence, SourcedValue, SourcedNote } from './library/Sourced.js';
export { DRUG_LIBRARY, DRUG_LIBRARY_VERSION, type DrugEntry, type DrugLimit, type MaxDailyLimit, type MaxConcentrationLimit, type MaxBolusLimit, type Approval, type DrugProduct, type TitrationRule, type StabilityRule, type AdmixtureRule, type Region } from './library/drugs.js';
export { PUMP_PROFILES, PUMP_LIBRARY_VERSION, type PumpProfile, type PumpFacts, type PumpFieldDimension, type OtherFact, type ReservoirOption, type CatheterFacts } from './library/pumps.js';
export { PUMP_LABELS, lookupPumpLabel, type PumpLabel, type LabelledDrug, type LabelledRange } from './library/pumpLabels.js';
export { CONVERSION_CHAINS, type ConversionChain, type Route, type SourcedRatio } from './library/conversions.js';
export { INPUT_BOUNDS, type InputBound } from './library/inputBounds.js';
export { aboveBound } from './library/aboveBound.js';
export { RESIDUAL_THRESHOLDS, type ResidualThreshold } from './library/residualThresholds.js';
export type { FillDrug, StabilityVerdict } from './library/reservoirStability.js';
export { BUILT_IN_LIBRARY, libraryOf, drugIn, siteOf, type Library, type LibraryOptions, type SiteLibraryName } from './library/Library.js';
export { MAX_SITE_DRUGS, MAX_SITE_LIMITS, MAX_SITE_LIST, MAX_SITE_PUMPS, MAX_SITE_TEXT, SITE_GRADES, type SiteLibraryInput, type SiteDrugInput, type SitePumpInput } from './library/SiteLibrary.js';
export { pumpProfileIn, sitePumpIn, sitePumpNames, type SitePump } from './library/sitePumps.js';
export { applySiteLibrary } from './library/applySiteLibrary.js';
export { conversionChainIn, conversionChainsOf } from './library/conversionChainIn.js';
export { confidenceOf } from './library/confidenceOf.js';
export { resolvePump } from './pump/resolvePump.js';
export { checkCapabilities, type CapabilityPaths } from './pump/checkCapabilities.js';
export { capabilitiesOfPump } from './pump/capabilitiesOfPump.js';
export { CAPABILITY_NAMES, type PumpCapabilities, type Capability, type CapabilityName, type CapabilitiesInput, type ProgramSummary } from './pump/PumpCapabilities.js';
export type { ResolvedPump, WithRequired, ProgrammablePump, FixedRatePump, ParameterOrigin } from './pump/ResolvedPump.js';
export { checkDoseLimits, type DoseLimitInput, type DrugDoseForLimits, type DoseLimitResult } from './limits/checkDoseLimits.js';
export type { LimitApplied, LimitComparison } from './limits/LimitApplied.js';
export { checkTitration, type TitrationInput, type TitrationResult, type TitrationApplied, type TitrationCheck } from './limits/checkTitration.js';
export type { ConvertRequest } from './request/ConvertRequest.js';
export { convertDose, type ConvertResult } from './convert/convertDose.js';
export type { RefillCheckRequest } from './request/RefillCheckRequest.js';
export { checkRefill, type RefillCheckResult } from './refill/checkRefill.js';
