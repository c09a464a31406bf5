/**
 * The stable catalogue of error and warning codes.
 *
 * A code, once published, keeps its meaning forever; `message` texts may
 * improve. `kind` decides the CLI exit code: `malformed` → 2, `refusal` → 3,
 * `internal` → 1; `warning` codes appear only in `warnings`.
 *
 * Implements REQ-ERR-001 (stable codes), REQ-ERR-002 (exit classes).
 * @since 0.1.0
 */
export const CODES = {
  // --- malformed requests (exit 2) ---
  INVALID_JSON: { kind: 'malformed', summary: 'The input is not one JSON document.' },
  INPUT_UNREADABLE: { kind: 'malformed', summary: 'The request file or stdin could not be read.' },
  INPUT_TOO_LARGE: { kind: 'malformed', summary: 'The input exceeds the size, depth or length bounds of wire format v1.' },
  UNKNOWN_COMMAND: { kind: 'malformed', summary: 'The command is not one of wire format v1.' },
  UNKNOWN_FIELD: { kind: 'malformed', summary: 'A field the wire format does not define (often a misspelling).' },
  DUPLICATE_FIELD: { kind: 'malformed', summary: 'A key appears twice in one JSON object (JSON.parse would silently keep the last).' },
  MISSING_FIELD: { kind: 'malformed', summary: 'A required field is absent.' },
  WRONG_TYPE: { kind: 'malformed', summary: 'A field has the wrong JSON type.' },
  NUMBER_FOR_QUANTITY: { kind: 'malformed', summary: 'A JSON number where a quantity string is required.' },
  INVALID_QUANTITY: { kind: 'malformed', summary: 'A quantity is not "<decimal> <unit>" with a plain decimal.' },
  UNKNOWN_UNIT: { kind: 'malformed', summary: 'The unit is not one of wire format v1.' },
  REFUSED_UNIT: { kind: 'malformed', summary: 'An error-prone unit spelling (µg, ug, cc, U...); the message names the accepted one.' },
  WRONG_DIMENSION: { kind: 'malformed', summary: 'A quantity of the wrong dimension for its field.' },
  QUANTITY_OUT_OF_RANGE: { kind: 'malformed', summary: 'A decimal with more digits than the engine accepts.' },
  QUANTITY_ABOVE_BOUND: { kind: 'malformed', summary: 'A quantity above the largest its field accepts: the largest a real pump or catheter has (the message cites the source) or a documented engine bound (the message says so and why); the bounds are listed in docs/wire-extensions.md.' },
  INVALID_UTF8: { kind: 'malformed', summary: 'The request bytes are not valid UTF-8; they are refused, never replaced (a replaced byte could change a name or a value).' },
  ERRORS_TRUNCATED: { kind: 'malformed', summary: 'The last entry of an error list cut at 100 errors: says how many more were left out. It never decides the exit code (the errors themselves do, listed or left out).' },
  NOT_POSITIVE: { kind: 'malformed', summary: 'A quantity that must be greater than zero is zero or negative.' },
  NEGATIVE_QUANTITY: { kind: 'malformed', summary: 'A quantity that must not be negative is negative.' },
  INVALID_CLOCK_TIME: { kind: 'malformed', summary: 'A clock time is not "HH:MM" between 00:00 and 23:59.' },
  INVALID_INTEGER: { kind: 'malformed', summary: 'A count is not a non-negative JSON integer within bounds.' },
  INVALID_VALUE: { kind: 'malformed', summary: 'A value is not one of those the field allows.' },
  STEPS_NOT_SORTED: { kind: 'malformed', summary: 'Flex steps are not in strictly increasing clock order.' },
  FIRST_STEP_NOT_MIDNIGHT: { kind: 'malformed', summary: 'The first flex step does not start at 00:00.' },
  EMPTY_LIST: { kind: 'malformed', summary: 'A list that needs at least one entry is empty.' },
  EMPTY_STRING: { kind: 'malformed', summary: 'A text that needs content (an override reason, a name) is empty or only white space.' },
  DUPLICATE_DRUG: { kind: 'malformed', summary: 'The same drug appears twice in one reservoir.' },
  DRUG_NOT_IN_RESERVOIR: { kind: 'malformed', summary: 'The therapy names a drug the reservoir does not hold.' },
  MISSING_CONCENTRATION: { kind: 'malformed', summary: 'A drug in a programmable pump reservoir has no concentration.' },
  UNKNOWN_PUMP: { kind: 'malformed', summary: 'The pump profile name is not in the built-in list.' },
  PUMP_PARAMETER_MISSING: { kind: 'malformed', summary: 'The pump profile lacks a parameter this calculation needs; supply it, the engine never guesses.' },
  PUMP_PARAMETER_CONFLICT: { kind: 'malformed', summary: 'A pump parameter contradicts a fact of the named built-in profile (a 30 mL reservoir for a 20/40 mL pump) or another parameter (an alarm volume not below the reservoir).' },
  WRONG_PUMP_KIND: { kind: 'malformed', summary: 'The request needs a different kind of pump (programmable or fixed-rate).' },
  FILL_WEEKDAY_REQUIRED: { kind: 'malformed', summary: 'A week program needs the weekday of the fill (reservoir.filledOn) to place the reservoir times in the week.' },
  LOCKOUT_SHORTER_THAN_DURATION: { kind: 'malformed', summary: 'A patient bolus lockout is shorter than the bolus itself.' },
  BOLUS_TOO_LONG: { kind: 'malformed', summary: 'A periodic bolus lasts 24 h or more.' },
  MAX_PER_DAY_ZERO: { kind: 'malformed', summary: 'therapy.patientBolus.maxPerDay is 0: to prescribe no patient bolus, omit patientBolus (a 0 may be read as "no cap").' },
  REQUEST_NOT_WELL_FORMED: { kind: 'malformed', summary: 'A request given to a library function is not one the decoder could have produced (a missing or inherited field, a value of the wrong type, a decimal that is not the engine\'s own or not finite, a count that is not a bounded integer); the path names the first bad field.' },
  SITE_LIBRARY_RAISES_LIMIT: { kind: 'malformed', summary: 'A site library gives a hard limit or an absolute ceiling above the built-in one of the same kind: a site library may only lower them (the built-in one keeps applying); the path names the value.' },
  // --- refused for safety (exit 3) ---
  UNKNOWN_DRUG: { kind: 'refusal', summary: 'A drug not in the library, without a prescriber maxDaily: no drug runs without a ceiling.' },
  NO_DAILY_CEILING: { kind: 'refusal', summary: 'A library drug with no published daily maximum (fentanyl, sufentanil, baclofen), without a prescriber maxDaily: no drug runs without a ceiling.' },
  NO_CONVERSION_RATIO: { kind: 'refusal', summary: 'convert: the library has no route conversion chain for this drug; the engine never borrows another drug\'s ratios.' },
  ABSOLUTE_CEILING_EXCEEDED: { kind: 'refusal', summary: 'A drug\'s absolute ceiling is exceeded (a documented engine bound where no source gives one, the rationale cited): nothing passes it, neither an override nor the prescriber\'s limits; a tenfold or thousandfold entry error is refused here.' },
  HARD_LIMIT_EXCEEDED: { kind: 'refusal', summary: 'A drug library hard limit (label maximum) is exceeded; no override exists.' },
  SOFT_LIMIT_EXCEEDED: { kind: 'refusal', summary: 'A drug library soft limit (guideline maximum) is exceeded and not overridden with a reason.' },
  OVERRIDE_BELOW_NEEDED: { kind: 'refusal', summary: 'A soft limit is exceeded and its override allows less (upTo) than the program can deliver; the message names the value needed.' },
  PRESCRIBER_LIMIT_EXCEEDED: { kind: 'refusal', summary: 'The worst 24 h dose exceeds the prescriber ceiling in limits.' },
  TITRATION_LIMIT_EXCEEDED: { kind: 'refusal', summary: 'The increase since the previous prescription exceeds the library titration rule.' },
  RATE_BELOW_MINIMUM: { kind: 'refusal', summary: 'A programmed rate, after rounding toward less drug, is below the pump minimum.' },
  RATE_ABOVE_MAXIMUM: { kind: 'refusal', summary: 'A programmed rate is above the pump maximum; it is refused, never clamped.' },
  BOLUS_RATE_ABOVE_MAXIMUM: { kind: 'refusal', summary: 'A bolus needs a faster flow than the pump maximum bolus rate.' },
  WEEK_PROGRAM_NOT_ANALYSED: { kind: 'refusal', summary: 'An analysis does not cover this week program (a program whose period is a week): one-off events over it, or a flush of the dead volume longer than the engine bound (4 weeks) in prime or bridge; it refuses rather than compute it as a daily one.' },
  CONCURRENT_FLOW_ABOVE_MAXIMUM: { kind: 'refusal', summary: 'Flows that can run at once (basal, periodic boluses, a patient bolus) add up to more than the pump can deliver.' },
  BOLUS_ROUNDS_TO_ZERO: { kind: 'refusal', summary: 'A bolus volume rounds to zero on the pump grid.' },
  CONVERTED_DOSE_ABOVE_BOUND: { kind: 'refusal', summary: 'convert: the dose a prescriber-supplied ratio gives is above the bound for the target route (the whole of the largest sourced reservoir at the strongest labelled product concentration in one day, carried to the route by the library chain).' },
  CONCENTRATION_ROUNDS_TO_ZERO: { kind: 'refusal', summary: 'A fixed-rate concentration rounds to zero at the compounding resolution.' },
  EMPTY_RESERVOIR: { kind: 'refusal', summary: 'The reservoir fill is 0 mL: a well-formed request that describes a pump that must not run.' },
  OVERFILL: { kind: 'refusal', summary: 'The fill volume exceeds the reservoir capacity.' },
  CLOCK_CHANGE_LIMIT_EXCEEDED: { kind: 'refusal', summary: 'Across a pump clock change, some real-time 24 h window exceeds a ceiling.' },
  DEAD_VOLUME_NEVER_FLUSHED: { kind: 'refusal', summary: 'bridge, prime: the program delivers nothing, so the fluid in the dead volume would never reach the catheter tip (or never leave it).' },
  REFILL_DRUGS_MISMATCH: { kind: 'refusal', summary: 'A simulated pump (applyPumpEvent) refilled with concentrations that do not name the drugs it tracks at the catheter tip, one each in order: the refill is refused and the pump left as it was, never a drug dropped or added silently.' },
  PRIMING_VOLUME_ABOVE_DEAD_VOLUME: { kind: 'refusal', summary: 'prime: a priming bolus larger than the dead volume it fills would push drug into the patient at the bolus rate.' },
  PUMP_CANNOT_HOLD_PROGRAM: { kind: 'refusal', summary: 'The program needs what the pump cannot hold (more basal steps or periodic boluses a day, a week program, a patient bolus, a single bolus or a stop); the message names the capability and its source.' },
  ONE_OFF_OVERLAP: { kind: 'malformed', summary: 'Two one-off events (a single bolus, a stop) overlap in time; the pump runs one at a time.' },
  // --- firmware program image (adapters/firmware) ---
  IMAGE_CORRUPT: { kind: 'malformed', summary: 'A program image refused before any use: too short or too long, wrong magic or format version, CRC-32C mismatch, or a field outside its bounds (the message says which).' },
  IMAGE_NOT_REPRESENTABLE: { kind: 'refusal', summary: 'A compiled program that does not fit the program image: a value not a whole number of the image unit where it may not be rounded, or beyond the image bounds; refused, never clamped.' },
  // --- internal faults (exit 1) ---
  INTERNAL_ERROR: { kind: 'internal', summary: 'A fault inside the engine (a bug); the request was not processed.' },
  // --- warnings ---
  NOT_IN_LIBRARY: { kind: 'warning', summary: 'The drug is not in the library; only the prescriber maxDaily bounds it.' },
  ROUNDED_TOWARD_LESS_DRUG: { kind: 'warning', summary: 'A rate or volume was rounded down to the pump grid; the dose delivered is less than prescribed.' },
  SOFT_LIMIT_OVERRIDDEN: { kind: 'warning', summary: 'A soft limit is exceeded under an override whose upTo covers it; the reason and the value allowed are repeated.' },
  OVERRIDE_NOT_NEEDED: { kind: 'warning', summary: 'An override that no exceeded soft limit used: no soft limit of the drug is exceeded, the limit it names did not bind, the drug is not in the fluid, or its reason is empty.' },
  NO_STABILITY_DATA: { kind: 'warning', summary: 'No published stability limit for a drug in this admixture; the refill date rests on the alarm alone.' },
  FILL_AT_OR_BELOW_ALARM: { kind: 'warning', summary: 'The fill is at or below the low-reservoir alarm volume.' },
  OFF_LABEL: { kind: 'warning', summary: 'A drug (or an admixture) not approved for intrathecal pumps (FDA safety communication, 14 Nov 2018): accepted, and said so.' },
  OFF_LABEL_FOR_PUMP: { kind: 'warning', summary: 'A drug, or its concentration, outside what the pump\'s labelling approves (the built-in table or pump.labelledUse): accepted, and the message names the label and its source. Given instead of the per-drug OFF_LABEL when the pump\'s labelled use is known.' },
  ADMIXTURE_NOT_RECOMMENDED: { kind: 'warning', summary: 'A drug label advises against this admixture (ziconotide with opioids; baclofen with anything); the label is quoted.' },
  TITRATION_ABOVE_GUIDANCE: { kind: 'warning', summary: 'A dose change within the hard titration rule but faster than advisory guidance (a consensus or recommended step); the guidance and its source are quoted.' },
  CONVERSION_RATIO_RANGE: { kind: 'warning', summary: 'convert: published oral-to-intrathecal ratios range widely; the converted dose is a starting point only.' },
  CONVERTED_DOSE_ABOVE_SOFT_LIMIT: { kind: 'warning', summary: 'convert: the converted intrathecal dose is above a library soft limit; a prescription at that dose would need an override with a reason.' },
  RESIDUAL_DISCREPANCY: { kind: 'warning', summary: 'refill-check: the measured residual differs from the expected one by more than the threshold for the reservoir size (pocket fill, stalled pump or catheter fault).' },
  BRIDGE_REQUIRED: { kind: 'warning', summary: 'bridge: without a bridge the old fluid in the dead volume, pushed at the new rate, takes a drug\'s 24 h tip dose outside the range between the old and new prescribed doses (overdoseWithoutBridge / underdoseWithoutBridge say which way).' },
  BRIDGE_TIP_DOSE_OUT_OF_RANGE: { kind: 'warning', summary: 'bridge: even with the bridge, some 24 h window delivers a drug above or below the range between its old and new prescribed doses (a mixed window, an admixture drug, rounding toward less drug).' },
  PRIMING_DELIVERS_DRUG: { kind: 'warning', summary: 'prime: the dead volume holds drug, so the priming bolus delivers it at the catheter tip at the bolus rate; the mass is stated.' },
  ONE_OFF_LOWERS_DELIVERY: { kind: 'warning', summary: 'compile: a one-off stop lowers delivery; the least 24 h around it is stated. Stopping intrathecal baclofen abruptly risks a withdrawal that can be life-threatening; opioids risk withdrawal and returning pain.' },
  CLOCK_CHANGE_ALTERS_DELIVERY: { kind: 'warning', summary: 'clock-change: across the change some real-time 24 h window delivers more or less than the program does in a day (steps repeated or skipped).' },
} as const satisfies Record<string, { readonly kind: 'malformed' | 'refusal' | 'internal' | 'warning'; readonly summary: string }>;

/** A stable error or warning code. */
export type Code = keyof typeof CODES;

/** The class of a code, which decides the CLI exit status. */
export type CodeKind = (typeof CODES)[Code]['kind'];
