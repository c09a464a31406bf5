/**
 * The example prescription `itdose demo` compiles: the contract's compile
 * example (morphine 3 mg/day at 10 mg/mL in a 40 mL reservoir, with a patient
 * bolus of 0.1 mg over 10 min, 4 h lockout, at most 4 a day, under a prescriber
 * ceiling of 5 mg/day).
 * @since 0.1.0
 */
export const DEMO_REQUEST = {
  pump: {
    kind: 'programmable',
    reservoir: '40 mL',
    lowReservoirAlarm: '2 mL',
    rateResolution: '0.001 mL/day',
    minRate: '0.006 mL/day',
    maxRate: '24 mL/day',
    maxBolusRate: '1 mL/h',
    internalVolume: '0.2 mL',
  },
  reservoir: { fill: '40 mL', filledAt: '00:00', drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }] },
  therapy: {
    mode: 'continuous',
    drug: 'morphine',
    dose: '3 mg/day',
    patientBolus: { dose: '0.1 mg', duration: '10 min', lockout: '4 h', maxPerDay: 4 },
  },
  limits: { morphine: { maxDaily: '5 mg/day' } },
} as const;
