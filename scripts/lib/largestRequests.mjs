// The largest legal request of every command, for the benchmark (npm run bench)
// and for its test. "Largest" is read from the decoder as it is now: the count
// bounds are the exported constants of spec/codecs (MAX_PER_DAY_ENTRIES,
// MAX_COUNT, MAX_RESERVOIR_DRUGS), and the extreme quantities (the largest
// volume, the smallest flow, the shortest lockout) are found by trying a ladder
// of values on the command's own decoder and keeping the most extreme one it
// accepts. So when a bound changes, the requests follow it.
//
// Implements REQ-RUN-002.

/** Which decoder of spec/codecs checks each command's request. */
export const DECODER_OF = {
  compile: 'decodeCompileRequest',
  bridge: 'decodeBridgeRequest',
  prime: 'decodePrimeRequest',
  'clock-change': 'decodeClockChangeRequest',
  convert: 'decodeConvertRequest',
  'refill-check': 'decodeRefillCheckRequest',
};

const DAY_MINUTES = 1440;

/** "HH:MM" for a minute of the day. */
function clock(minute) {
  const m = ((minute % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Candidate magnitudes from the largest the digit bound allows down to 10^-fraction, largest first. */
function descending(digits) {
  const out = ['9'.repeat(digits.integer)];
  for (let k = digits.integer - 1; k >= 0; k -= 1) {
    for (const m of ['5', '2', '1']) out.push(`${m}${'0'.repeat(k)}`);
  }
  for (let k = 1; k <= digits.fraction; k += 1) {
    for (const m of ['5', '2', '1']) out.push(`0.${'0'.repeat(k - 1)}${m}`);
  }
  return out;
}

/** The same candidates, smallest first. */
function ascending(digits) {
  return [...descending(digits)].reverse();
}

/** The first candidate for which the request it builds decodes (Right), or undefined. */
function firstAccepted(candidates, build, decode) {
  for (const c of candidates) {
    const r = decode(build(c));
    if (r._tag === 'Right') return c;
  }
  return undefined;
}

function need(value, what) {
  if (value === undefined) throw new Error(`largest requests: no value of ${what} is accepted by the decoder`);
  return value;
}

/**
 * Builds the benchmark cases from the decoders and bounds of one build of the
 * engine.
 *
 * @param {Record<string, unknown>} codecs the spec/codecs module (dist or source)
 * @param {{ integer: number, fraction: number }} digits the quantity digit bounds (MAX_INTEGER_DIGITS, MAX_FRACTION_DIGITS)
 * @param {{ convert?: (request: unknown) => boolean }} [accepts] checks past the decoder: for convert, whether the
 *   command takes the request as well-formed (the route's dose bound is checked by the engine, not the decoder)
 * @returns {{ bounds: Record<string, unknown>, cases: { id: string, command: string, stress: string, request: unknown }[] }}
 */
export function largestRequests(codecs, digits, accepts = {}) {
  const constant = (name, fallback) => (typeof codecs[name] === 'number' ? codecs[name] : fallback);
  const perDay = constant('MAX_PER_DAY_ENTRIES', DAY_MINUTES);
  const maxCount = constant('MAX_COUNT', 10_000);
  const maxDrugs = constant('MAX_RESERVOIR_DRUGS', 16);
  const decoder = (command) => {
    const f = codecs[DECODER_OF[command]];
    if (typeof f !== 'function') throw new Error(`largest requests: spec/codecs has no ${DECODER_OF[command]}`);
    return f;
  };
  const dCompile = decoder('compile');
  const dBridge = decoder('bridge');
  const dPrime = decoder('prime');
  const dClock = decoder('clock-change');

  const contractPump = {
    kind: 'programmable', reservoir: '40 mL', lowReservoirAlarm: '2 mL', rateResolution: '0.001 mL/day',
    minRate: '0.006 mL/day', maxRate: '24 mL/day', maxBolusRate: '1 mL/h', internalVolume: '0.2 mL',
  };
  const morphine10 = [{ drug: 'morphine', concentration: '10 mg/mL' }];
  const continuous = { mode: 'continuous', drug: 'morphine', dose: '3 mg/day' };
  const compileOf = (pump, reservoir, therapy, extra = {}) => ({ pump, reservoir, therapy, ...extra });

  // --- extreme quantities, each probed on the compile decoder in a pump field ---
  const pumpField = (field, unit, candidates) => need(firstAccepted(candidates,
    (v) => compileOf({ ...contractPump, [field]: `${v} ${unit}` }, { fill: '40 mL', drugs: morphine10 }, continuous), dCompile), `pump.${field}`);
  const bigVolume = pumpField('reservoir', 'mL', descending(digits));
  const bigInternal = pumpField('internalVolume', 'mL', descending(digits));
  const smallFlow = pumpField('minRate', 'uL/day', ascending(digits));
  const smallResolution = pumpField('rateResolution', 'uL/day', ascending(digits));
  const bigFlow = pumpField('maxRate', 'mL/min', descending(digits));
  const bigBolusFlow = pumpField('maxBolusRate', 'mL/min', descending(digits));
  const smallBolusGrid = pumpField('bolusVolumeResolution', 'uL', ascending(digits));
  const smallBolusFlow = pumpField('maxBolusRate', 'uL/day', ascending(digits));
  const bigFill = need(firstAccepted(descending(digits),
    (v) => compileOf({ ...contractPump, reservoir: `${bigVolume} mL` }, { fill: `${v} mL`, drugs: morphine10 }, continuous), dCompile), 'reservoir.fill');

  /** A programmable pump at the extremes: the largest reservoir, the finest grid, the widest rate range. */
  const widePump = (internalVolume) => ({
    kind: 'programmable', reservoir: `${bigVolume} mL`, lowReservoirAlarm: '0 mL', rateResolution: `${smallResolution} uL/day`,
    minRate: `${smallFlow} uL/day`, maxRate: `${bigFlow} mL/min`, maxBolusRate: `${bigBolusFlow} mL/min`,
    bolusVolumeResolution: `${smallBolusGrid} uL`, internalVolume,
  });
  /** The same with the slowest bolus rate: a priming bolus that takes longest. */
  const slowPump = (internalVolume) => ({ ...widePump(internalVolume), maxBolusRate: `${smallBolusFlow} uL/day` });

  // --- the largest program: every flex step, every periodic bolus, the most patient boluses ---
  const steps = Array.from({ length: Math.min(perDay, DAY_MINUTES) }, (_, i) => ({ start: clock(i), dose: `${(1 + (i % 7) / 1000).toFixed(3)} mg/day` }));
  const periodic = Array.from({ length: Math.min(perDay, DAY_MINUTES) }, (_, i) => ({ start: clock(i), dose: '0.001 mg', duration: '1 min' }));
  // the shortest lockout at which maxCount patient boluses fit in a day: 86400 s / maxCount, written in ms
  const lockoutMs = Math.floor(86_400_000 / Math.max(1, maxCount));
  const lockoutFitting = `${Math.floor(lockoutMs / 1000)}.${String(lockoutMs % 1000).padStart(3, '0')} s`;
  const mostPatient = { dose: '0.0001 mg', duration: lockoutFitting, lockout: lockoutFitting, maxPerDay: maxCount };
  const largestProgram = { mode: 'flex', drug: 'morphine', steps, periodicBoluses: periodic, patientBolus: mostPatient };
  const minuteLockout = { dose: '0.001 mg', duration: '1 min', lockout: '1 min', maxPerDay: Math.min(maxCount, DAY_MINUTES - 1) };
  const minuteLockoutFull = { ...minuteLockout, maxPerDay: Math.min(maxCount, DAY_MINUTES) };
  const bolusPump = { ...contractPump, maxBolusRate: '60 mL/h' };

  // the shortest lockout (and duration) the decoder accepts, with the largest count
  const shortest = need(firstAccepted(ascending(digits),
    (v) => compileOf(widePump('0.2 mL'), { fill: '40 mL', drugs: morphine10 },
      { ...continuous, patientBolus: { dose: '0.000001 mg', duration: `${v} s`, lockout: `${v} s`, maxPerDay: maxCount } }), dCompile), 'patientBolus.lockout');

  // --- the largest admixture: every library drug, then named drugs with a ceiling ---
  const library = ['morphine', 'hydromorphone', 'fentanyl', 'sufentanil', 'ziconotide', 'baclofen', 'bupivacaine', 'clonidine'];
  const admixNames = Array.from({ length: maxDrugs }, (_, i) => library[i] ?? `bench-drug-${String(i + 1).padStart(2, '0')}`);
  const admixConc = (name) => (name === 'morphine' ? '10 mg/mL' : name === 'ziconotide' ? '25 mcg/mL' : name === 'clonidine' || name === 'fentanyl' || name === 'sufentanil' ? '50 mcg/mL' : '1 mg/mL');
  const admixture = admixNames.map((drug) => ({ drug, concentration: admixConc(drug) }));
  // a generous prescriber ceiling for every drug but the prescribed one (unpublished library ceilings need one)
  const admixLimits = Object.fromEntries(admixNames.filter((n) => n !== 'morphine').map((n) => [n, { maxDaily: '1000 mg/day' }]));

  // a dose that gives the smallest programmable rate at 10 mg/mL (10^10 ng/mL): rate (uL/day) × 10^7 ng/uL
  const tinyDose = `${smallFlow} ng/day`.replace(/^([0-9.]+)/, (v) => shiftDecimal(v, 7));

  const cases = [];
  const add = (command, id, stress, request) => cases.push({ id, command, stress, request });

  // compile
  add('compile', 'compile-continuous', 'the contract example without a patient bolus (the ratio base)',
    compileOf(contractPump, { fill: '40 mL', drugs: morphine10 }, continuous, { limits: { morphine: { maxDaily: '5 mg/day' } } }));
  add('compile', 'compile-largest-program', `${steps.length} flex steps, ${periodic.length} periodic boluses, a patient bolus ${maxCount} a day (lockout ${lockoutFitting})`,
    compileOf(bolusPump, { fill: '40 mL', drugs: morphine10 }, largestProgram));
  add('compile', 'compile-patient-1min', `continuous with a patient bolus every minute, at most ${minuteLockout.maxPerDay} a day (the issue's 517-byte request)`,
    compileOf(bolusPump, { fill: '40 mL', drugs: morphine10 }, { ...continuous, patientBolus: minuteLockout }));
  add('compile', 'compile-patient-1min-full', `continuous with a patient bolus every minute, at most ${minuteLockoutFull.maxPerDay} a day`,
    compileOf(bolusPump, { fill: '40 mL', drugs: morphine10 }, { ...continuous, patientBolus: minuteLockoutFull }));
  add('compile', 'compile-patient-shortest', `a patient bolus at most ${maxCount} a day with the shortest lockout the decoder accepts (${shortest} s)`,
    compileOf(widePump('0.2 mL'), { fill: '40 mL', drugs: morphine10 },
      { ...continuous, patientBolus: { dose: '0.000001 mg', duration: `${shortest} s`, lockout: `${shortest} s`, maxPerDay: maxCount } }));
  // the largest week program: every weekday with every flex step and periodic bolus, the most patient boluses, 8 drugs
  const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  const weekDay = (k) => ({ mode: 'flex', steps: steps.map((st, i) => ({ ...st, dose: `${(1 + ((i + k) % 7) / 1000).toFixed(3)} mg/day` })), periodicBoluses: periodic });
  const largestWeek = { mode: 'week', drug: 'morphine', days: Object.fromEntries(weekdays.map((d, k) => [d, weekDay(k)])), patientBolus: mostPatient };
  add('compile', 'compile-largest-week', `a week program: 7 × ${steps.length} flex steps, 7 × ${periodic.length} periodic boluses, a patient bolus ${maxCount} a day, ${admixture.length} drugs`,
    compileOf(bolusPump, { fill: '40 mL', filledAt: '23:59', filledOn: 'sunday', drugs: admixture }, largestWeek, { limits: admixLimits }));
  add('compile', 'compile-admixture', `${admixture.length} drugs in the reservoir, flex and boluses`,
    compileOf(bolusPump, { fill: '40 mL', drugs: admixture }, { ...largestProgram, drug: 'morphine' }, { limits: admixLimits }));
  add('compile', 'compile-huge-reservoir-min-flow', `a ${bigFill} mL fill at the smallest rate (${smallFlow} uL/day), patient boluses: the reservoir times`,
    compileOf(widePump('0.2 mL'), { fill: `${bigFill} mL`, drugs: morphine10 }, { mode: 'continuous', drug: 'morphine', dose: tinyDose, patientBolus: { ...minuteLockout, dose: '0.000001 mg' } }));
  add('compile', 'compile-fixed-rate-huge', `a fixed-rate pump with a ${bigVolume} mL reservoir at the smallest flow`,
    compileOf({ kind: 'fixed-rate', reservoir: `${bigVolume} mL`, lowReservoirAlarm: '0 mL', nominalFlow: `${smallFlow} uL/day`, flowTolerance: '15 %' },
      { fill: `${bigFill} mL`, drugs: [{ drug: 'morphine' }] }, { mode: 'continuous', drug: 'morphine', dose: `${shiftDecimal(smallFlow, 3)} ng/day` }));

  // bridge
  const bridgeOf = (pump, catheter, oldRate, therapy, drugsOld = [{ drug: 'morphine', concentration: '20 mg/mL' }], drugsNew = morphine10, extra = {}) =>
    ({ pump, catheter, old: { drugs: drugsOld, rate: oldRate }, new: { drugs: drugsNew, therapy }, ...extra });
  const bigCatheter = need(firstAccepted(descending(digits),
    (v) => bridgeOf(contractPump, { volume: `${v} mL` }, '0.15 mL/day', continuous), dBridge), 'catheter.volume');
  const smallOldRate = need(firstAccepted(ascending(digits),
    (v) => bridgeOf(contractPump, { volume: '0.05 mL' }, `${v} uL/day`, continuous), dBridge), 'old.rate');
  const bigLength = need(firstAccepted(descending(digits),
    (v) => bridgeOf(contractPump, { length: `${v} cm`, volumePerLength: '0.0026 mL/cm' }, '0.15 mL/day', continuous), dBridge), 'catheter.length');
  const bigPerLength = need(firstAccepted(descending(digits),
    (v) => bridgeOf(contractPump, { length: '90 cm', volumePerLength: `${v} mL/cm` }, '0.15 mL/day', continuous), dBridge), 'catheter.volumePerLength');
  const tinyTherapy = { mode: 'continuous', drug: 'morphine', dose: tinyDose };
  add('bridge', 'bridge-largest-dead-volume-min-flow', `catheter ${bigCatheter} mL + internal ${bigInternal} mL, old rate ${smallOldRate} uL/day, new at the smallest rate`,
    bridgeOf(widePump(`${bigInternal} mL`), { volume: `${bigCatheter} mL` }, `${smallOldRate} uL/day`, tinyTherapy));
  add('bridge', 'bridge-largest-catheter-by-length', `catheter ${bigLength} cm × ${bigPerLength} mL/cm at the contract rates`,
    bridgeOf(contractPump, { length: `${bigLength} cm`, volumePerLength: `${bigPerLength} mL/cm` }, '0.15 mL/day', continuous));
  add('bridge', 'bridge-largest-program', 'the largest program as the new therapy, catheter 0.25 mL',
    bridgeOf(bolusPump, { volume: '0.25 mL' }, '0.15 mL/day', largestProgram));
  add('bridge', 'bridge-admixture', `${admixture.length} drugs old and new, the largest program`,
    bridgeOf(bolusPump, { volume: '0.25 mL' }, '0.15 mL/day', largestProgram,
      admixture.map((d) => ({ drug: d.drug, concentration: d.drug === 'morphine' ? '20 mg/mL' : d.concentration })), admixture, { limits: admixLimits }));
  add('bridge', 'bridge-largest-week', `the largest week program (${admixture.length} drugs) as the new therapy, refilled on a Sunday, catheter 2.7 mL: about 4 weeks to flush without a bridge`,
    { pump: bolusPump, catheter: { volume: '2.7 mL' }, old: { drugs: admixture.map((d) => ({ drug: d.drug, concentration: d.drug === 'morphine' ? '20 mg/mL' : d.concentration })), rate: '0.15 mL/day' },
      new: { drugs: admixture, therapy: largestWeek, filledAt: '23:59', filledOn: 'sunday' }, limits: admixLimits });

  // prime
  const primeOf = (pump, catheter, therapy, contents, extra = {}) =>
    ({ pump, reservoir: { fill: '40 mL', drugs: morphine10 }, therapy, catheter, contents, ...extra });
  const empty = { pumpInternal: 'empty', catheter: 'empty' };
  const bigPrimeVolume = need(firstAccepted(descending(digits),
    (v) => primeOf(contractPump, { volume: '0.25 mL' }, continuous, empty, { volume: `${v} mL` }), dPrime), 'volume');
  add('prime', 'prime-largest-dead-volume-min-flow', `empty catheter ${bigCatheter} mL + internal ${bigInternal} mL primed at the slowest bolus rate (${smallBolusFlow} uL/day), then the smallest rate`,
    primeOf(slowPump(`${bigInternal} mL`), { volume: `${bigCatheter} mL` }, tinyTherapy, empty));
  add('prime', 'prime-largest-volume', `a priming volume of ${bigPrimeVolume} mL into a ${bigCatheter} mL catheter at the slowest bolus rate`,
    primeOf(slowPump('0.2 mL'), { volume: `${bigCatheter} mL` }, tinyTherapy, empty, { volume: `${bigPrimeVolume} mL` }));
  add('prime', 'prime-largest-catheter-slow-bolus', `an empty ${bigCatheter} mL catheter primed at 0.01 mL/h, then the contract rates`,
    primeOf({ ...contractPump, maxBolusRate: '0.01 mL/h' }, { volume: `${bigCatheter} mL` }, continuous, empty));
  add('prime', 'prime-largest-program', 'the largest program after priming an empty 0.25 mL catheter',
    primeOf(bolusPump, { volume: '0.25 mL' }, largestProgram, { pumpInternal: 'drug', catheter: 'empty' }));
  // a week program is scanned at every window start up to a week past the flush: the longest flush the bound allows (4 weeks)
  const weekReservoir = { fill: '40 mL', filledAt: '23:59', filledOn: 'sunday', drugs: admixture };
  add('prime', 'prime-largest-week', `the largest week program (${admixture.length} drugs) after priming 0.01 mL of an empty 2.7 mL catheter: about 4 weeks of flush`,
    { pump: bolusPump, reservoir: weekReservoir, therapy: largestWeek, catheter: { volume: '2.7 mL' }, contents: { pumpInternal: 'drug', catheter: 'empty' }, volume: '0.01 mL', limits: admixLimits });

  // clock-change
  const clockOf = (pump, fill, therapy, jump) => ({ pump, reservoir: { fill, drugs: morphine10 }, therapy, clockChange: { at: '02:00', jump } });
  const jumps = ['-1439 min', '1439 min', '-23.999999999999 h'];
  const bigJump = firstAccepted(jumps, (j) => clockOf(contractPump, '40 mL', continuous, j), dClock) ?? '-1 h';
  add('clock-change', 'clock-change-largest-program', `the largest program, the pump clock set back ${bigJump}`,
    clockOf(bolusPump, '40 mL', largestProgram, bigJump));
  add('clock-change', 'clock-change-forward', 'the largest program, the pump clock set forward 1439 min',
    clockOf(bolusPump, '40 mL', largestProgram, '1439 min'));
  add('clock-change', 'clock-change-largest-week', `the largest week program (${admixture.length} drugs), the pump clock set back ${bigJump} on Sunday`,
    { pump: bolusPump, reservoir: weekReservoir, therapy: largestWeek, limits: admixLimits, clockChange: { at: '02:00', jump: bigJump, on: 'sunday' } });
  add('clock-change', 'clock-change-huge-reservoir-min-flow', `a ${bigFill} mL fill at the smallest rate with patient boluses, clock back 1 h`,
    clockOf(widePump('0.2 mL'), `${bigFill} mL`, { ...tinyTherapy, patientBolus: { ...minuteLockout, dose: '0.000001 mg' } }, '-1 h'));

  // convert, refill-check: fixed-size requests at their extremes
  const decodeConvert = decoder('convert');
  const dConvert = (u) => {
    const r = decodeConvert(u);
    return r._tag === 'Right' && accepts.convert !== undefined && !accepts.convert(u) ? { _tag: 'Left' } : r;
  };
  const bigDose = need(firstAccepted(descending(digits),
    (v) => ({ drug: 'morphine', from: { route: 'oral', dose: `${v} mg/day` }, to: { route: 'intrathecal' } }), dConvert), 'from.dose');
  add('convert', 'convert-largest-dose', `oral morphine ${bigDose} mg/day to intrathecal, the library's ratio`,
    { drug: 'morphine', from: { route: 'oral', dose: `${bigDose} mg/day` }, to: { route: 'intrathecal' } });
  add('convert', 'convert-longest-ratio', 'oral morphine with the longest ratio the digit bounds allow (300 and every fraction digit)',
    { drug: 'morphine', from: { route: 'oral', dose: `${bigDose} mg/day` }, to: { route: 'intrathecal' }, ratio: `300.${'9'.repeat(digits.fraction)}` });
  add('convert', 'convert-smallest-ratio', 'oral morphine at the largest dose with the smallest ratio allowed, 1 (a result above the bound: refused)',
    { drug: 'morphine', from: { route: 'oral', dose: `${bigDose} mg/day` }, to: { route: 'intrathecal' }, ratio: '1' });
  const dRefill = decoder('refill-check');
  const bigResidual = need(firstAccepted(descending(digits),
    (v) => ({ pump: contractPump, expectedResidual: `${v} mL`, measuredResidual: '0 mL' }), dRefill), 'expectedResidual');
  add('refill-check', 'refill-check-largest', `residuals ${bigResidual} mL and 0 mL`,
    { pump: { ...contractPump, reservoir: `${bigVolume} mL` }, expectedResidual: `${bigResidual} mL`, measuredResidual: '0 mL', discrepancyThreshold: `0.${'0'.repeat(digits.fraction - 1)}1 mL` });

  // listings (no request)
  add('drugs', 'drugs', 'the whole drug library', undefined);
  add('pumps', 'pumps', 'every built-in pump profile', undefined);
  add('version', 'version', 'the engine, wire format and library versions', undefined);

  return {
    bounds: {
      MAX_PER_DAY_ENTRIES: perDay, MAX_COUNT: maxCount, MAX_RESERVOIR_DRUGS: maxDrugs,
      quantityDigits: digits,
      largestReservoir: `${bigVolume} mL`, largestFill: `${bigFill} mL`, largestInternalVolume: `${bigInternal} mL`,
      largestCatheter: `${bigCatheter} mL`, smallestFlow: `${smallFlow} uL/day`, smallestOldRate: `${smallOldRate} uL/day`,
      shortestLockout: `${shortest} s`, smallestBolusGrid: `${smallBolusGrid} uL`, smallestBolusRate: `${smallBolusFlow} uL/day`, largestPrimingVolume: `${bigPrimeVolume} mL`,
    },
    cases,
  };
}

/** Multiplies a plain decimal string by 10^k (k ≥ 0) exactly. */
function shiftDecimal(d, k) {
  const [i = '0', f = ''] = d.split('.');
  const digits = `${i}${f.padEnd(k, '0').slice(0, k)}`.replace(/^0+(?=[0-9])/, '');
  const rest = f.length > k ? f.slice(k) : '';
  return rest === '' ? digits : `${digits}.${rest}`;
}
