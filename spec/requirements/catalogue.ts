import type { Requirement } from './Requirement.js';

/**
 * The requirement catalogue. IDs are stable: a retired requirement keeps its
 * entry, marked so in its title; a new one takes the next number in its area.
 * @since 0.1.0
 */
export const REQUIREMENTS: readonly Requirement[] = [
  // --- arithmetic ---
  { id: 'REQ-ARITH-001', title: 'Exact arithmetic', kind: 'model', verifiedBy: 'unit tests of decimalArithmetic; property: add/sub/mul agree with a BigInt rational oracle',
    demands: 'Dose arithmetic uses exact decimals or exact integers; no JavaScript float enters a dose, rate, volume or time. Addition, subtraction and multiplication are exact for every value the codec admits.' },
  { id: 'REQ-ARITH-002', title: 'Directed integer division', kind: 'model', verifiedBy: 'property: floorDiv/ceilDiv agree with BigInt floor/ceil division',
    demands: 'The kernel divides only through floorDiv (greatest q with q·b ≤ a) and ceilDiv (least q with q·b ≥ a).' },
  // --- units and quantities ---
  { id: 'REQ-UNIT-001', title: 'Accepted units', kind: 'model', verifiedBy: 'unit tests over every unit; contract vectors',
    demands: 'Quantities are "<decimal> <unit>" with units g, mg, mcg, ng, mL, uL, s, min, h, day, cm, % and the ratios dose rate (mass/time), flow (volume/time), concentration (mass/volume), volume per length (volume/cm). Anything else is UNKNOWN_UNIT.' },
  { id: 'REQ-UNIT-002', title: 'Exact unit conversion', kind: 'model', verifiedBy: 'property: unit invariance (same prescription in mg or mcg, mL or uL gives the same program)',
    demands: 'Converting any accepted unit to base units is exact; the same prescription written in different units compiles to the same program.' },
  { id: 'REQ-UNIT-003', title: 'Dimension checked', kind: 'model', verifiedBy: 'unit tests; property: a quantity of another dimension is WRONG_DIMENSION',
    demands: 'A quantity of the wrong dimension for its field is refused with WRONG_DIMENSION and the field path, never converted.' },
  { id: 'REQ-UNIT-004', title: 'Error-prone spellings refused', kind: 'model', verifiedBy: 'unit tests for µg, ug, cc, U',
    demands: 'µg and ug (use mcg), cc (use mL), U are refused with REFUSED_UNIT and a message naming the accepted spelling.' },
  { id: 'REQ-UNIT-005', title: 'Plain decimals only', kind: 'model', verifiedBy: 'unit tests; property: the decoder never throws on arbitrary strings',
    demands: 'JSON numbers are refused for quantities (NUMBER_FOR_QUANTITY); exponents, missing leading zeros, "+", separators, NaN and Infinity are INVALID_QUANTITY; more than 12 digits before or after the point is QUANTITY_OUT_OF_RANGE.' },
  { id: 'REQ-UNIT-006', title: 'Outputs in wire form, safe-side rounding', kind: 'model', verifiedBy: 'property: parse/print round-trip; unit tests of non-terminating values',
    demands: 'Printed quantities parse back to the same value when their decimal terminates; otherwise they are rounded at 1e-9 of the unit toward the safe side (maxima up, minima and times down).' },
  // --- errors ---
  { id: 'REQ-ERR-001', title: 'Errors are coded values', kind: 'model', verifiedBy: 'property: every refusal has a code from the catalogue and a path; nothing throws',
    demands: 'Every refusal is a value {code, path, message} with a code from the stable catalogue; no public function throws.' },
  { id: 'REQ-ERR-002', title: 'Exit classes', kind: 'model', verifiedBy: 'CLI tests over the contract vectors',
    demands: 'The CLI exits 0 on success, 2 on a malformed request, 3 on a safety refusal, 1 on an internal fault; stdout holds exactly one JSON document and never a stack trace.' },
  { id: 'REQ-ERR-003', title: 'Errors name their path', kind: 'model', verifiedBy: 'unit tests of malformed requests',
    demands: 'Every error names the dotted path of the offending field in the request.' },
  // --- rounding ---
  { id: 'REQ-ROUND-001', title: 'Directed rounding only', kind: 'model', verifiedBy: 'lint rule (no Math.round/floor/ceil/toFixed in core); review',
    demands: 'All rounding in core/ goes through core/rounding, whose helper names state the direction.' },
  { id: 'REQ-ROUND-002', title: 'Toward less drug', kind: 'model', verifiedBy: 'property: rounding never increases drug; programmed rate × concentration ≤ prescribed dose',
    demands: 'Programmed rates, bolus volumes and compounded concentrations are multiples of the pump (or compounding) grid, rounded down; every rounding that changed a value is reported (what, from, to, why).' },
  { id: 'REQ-ROUND-003', title: 'Bounds rounded outward', kind: 'model', verifiedBy: 'differential property against the reference model',
    demands: 'An upper bound (worst 24 h) is rounded up, a lower bound (least 24 h) down, never across the true value.' },
  { id: 'REQ-ROUND-004', title: 'Times rounded earlier', kind: 'model', verifiedBy: 'differential property against the reference model; contract vector 3040 h',
    demands: 'Times to the low-reservoir alarm, to empty and to refill are rounded down (minutes, or whole days for refillWithin).' },
  // --- program and dose ---
  { id: 'REQ-PROG-001', title: 'One delivery representation', kind: 'not-formalisable', verifiedBy: 'review: every reader consumes core/kernel/DailyProgram',
    demands: 'A compiled program is one DailyProgram (basal steps, periodic boluses, patient bolus, in exact base units) from which every analysis reads.' },
  { id: 'REQ-DOSE-001', title: 'perDay', kind: 'model', verifiedBy: 'contract vectors; differential property',
    demands: 'doses.<drug>.perDay is what the program delivers in one day without patient boluses (basal plus periodic boluses), for every drug of the admixture.' },
  { id: 'REQ-DOSE-002', title: 'Worst 24 h at any instant', kind: 'model', verifiedBy: 'differential property against the reference model; property: no accepted program exceeds a ceiling in any window',
    demands: 'doses.<drug>.worst24h is the most delivered in any 24-hour window [t, t+24 h) for any real t, not only at midnight or at step boundaries.' },
  { id: 'REQ-DOSE-003', title: 'Patient boluses adversarial', kind: 'model', verifiedBy: 'differential property; unit test (8 h lockout → 3 boluses)',
    demands: 'worst24h counts patient boluses placed adversarially: starts at least `lockout` apart and at most `maxPerDay` starts in any half-open rolling 24 h window; a bolus cut by the window counts for the part inside.' },
  { id: 'REQ-DOSE-004', title: 'Least 24 h', kind: 'model', verifiedBy: 'differential property',
    demands: 'doses.<drug>.least24h is the least delivered in any 24-hour window (patient boluses not taken).' },
  // --- reservoir ---
  { id: 'REQ-RES-001', title: 'Earliest-case reservoir times', kind: 'model', verifiedBy: 'differential property against the reference model; contract vector',
    demands: 'lowAlarmAfter and emptyAfter are the time from the fill until the alarm volume / empty, with every patient bolus taken as early as allowed (first at the fill), rounded down to the minute.' },
  // --- compile ---
  { id: 'REQ-COMP-001', title: 'Rates from dose and concentration', kind: 'model', verifiedBy: 'unit tests (0.3 mL/day, 0.333 mL/day); contract vectors; property: rate × concentration ≤ dose',
    demands: 'Each basal rate is dose ÷ concentration floored to the pump rate grid; each bolus volume is dose ÷ concentration floored to the bolus volume grid (0.000001 mL when the pump declares none); every drug of an admixture gets its dose from the same flow.' },
  { id: 'REQ-COMP-002', title: 'Patient bolus program', kind: 'model', verifiedBy: 'unit tests; contract vector (0.01 mL, worst 24 h ≥ 3.4 mg)',
    demands: 'The patient bolus is programmed as a volume, duration, lockout and maxPerDay; its volume is floored to the grid and its flow (volume ÷ duration) must not exceed the pump maximum bolus rate (BOLUS_RATE_ABOVE_MAXIMUM).' },
  { id: 'REQ-COMP-004', title: 'Fixed-rate pumps: concentration solved', kind: 'model', verifiedBy: 'unit tests (3 mg/mL; 3.45 mg worst at +15 %)',
    demands: 'For a fixed-rate pump the prescribed drug\'s concentration is dose ÷ nominal flow, floored to 0.001 mg/mL (0.001 mcg/mL under 1 mg/day); worst 24 h and reservoir times use the flow at the top of the tolerance, least 24 h the bottom; flex steps, boluses and a given concentration for the solved drug are refused (WRONG_PUMP_KIND).' },
  { id: 'REQ-COMP-003', title: 'Out-of-range rates refused', kind: 'model', verifiedBy: 'unit tests; property: every accepted rate is on the grid and within [minRate, maxRate]',
    demands: 'A rate below the pump minimum (after rounding) or above its maximum is refused (RATE_BELOW_MINIMUM, RATE_ABOVE_MAXIMUM) with the path of the dose, never clamped.' },
];
