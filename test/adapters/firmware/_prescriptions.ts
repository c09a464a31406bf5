import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as E from 'fp-ts/lib/Either.js';
import { compile } from '../../../core/index.js';
import { decodeCompileRequest } from '../../../spec/codecs/index.js';
import { programImage, type ProgramImage } from '../../../adapters/firmware/programImage.js';
import type { SchedulerCall } from '../../../adapters/firmware/deviceDeliveries.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const PUMP = { kind: 'programmable', reservoir: '40 mL', lowReservoirAlarm: '2 mL', rateResolution: '0.001 mL/day', minRate: '0.006 mL/day', maxRate: '24 mL/day', maxBolusRate: '1 mL/h', internalVolume: '0.2 mL' };
const weekVector = (JSON.parse(readFileSync(resolve(ROOT, 'test/vectors/project/week-programs.json'), 'utf8')) as { request: unknown; expect: { ok?: boolean } }[])
  .find((v) => v.expect.ok === true);

/** Named prescriptions (wire form) the firmware vectors are made from: every kind of program the image holds. */
export const PRESCRIPTIONS: Readonly<Record<string, unknown>> = {
  'continuous-3mg-day': { pump: PUMP, reservoir: { fill: '40 mL', filledAt: '00:00', drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }] }, therapy: { mode: 'continuous', drug: 'morphine', dose: '3 mg/day' }, limits: { morphine: { maxDaily: '5 mg/day' } } },
  'continuous-1mg-day-at-3mg-ml': { pump: PUMP, reservoir: { fill: '40 mL', filledAt: '00:00', drugs: [{ drug: 'morphine', concentration: '3 mg/mL' }] }, therapy: { mode: 'continuous', drug: 'morphine', dose: '1 mg/day' } },
  'patient-bolus': { pump: PUMP, reservoir: { fill: '40 mL', filledAt: '00:00', drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }] }, therapy: { mode: 'continuous', drug: 'morphine', dose: '3 mg/day', patientBolus: { dose: '0.1 mg', duration: '10 min', lockout: '4 h', maxPerDay: 4 } }, limits: { morphine: { maxDaily: '5 mg/day' } } },
  'flex-periodic-admixture': {
    pump: PUMP,
    reservoir: { fill: '40 mL', filledAt: '08:00', drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }, { drug: 'clonidine', concentration: '100 mcg/mL' }] },
    therapy: {
      mode: 'flex', drug: 'morphine',
      steps: [{ start: '00:00', dose: '2 mg/day' }, { start: '06:30', dose: '3.7 mg/day' }, { start: '22:15', dose: '1.1 mg/day' }],
      periodicBoluses: [{ start: '12:00', dose: '0.25 mg', duration: '7 min' }, { start: '23:30', dose: '0.2 mg', duration: '90 min' }],
      patientBolus: { dose: '0.05 mg', duration: '15 min', lockout: '1 h', maxPerDay: 6 },
    },
  },
  'week-program': weekVector?.request,
};

/** Compiles a named prescription and makes its image; fails the test on any error. */
export function imageOf(name: string): ProgramImage {
  const request = decodeCompileRequest(PRESCRIPTIONS[name]);
  if (E.isLeft(request)) throw new Error(`${name}: ${JSON.stringify(request.left)}`);
  const compiled = compile(request.right);
  if (E.isLeft(compiled)) throw new Error(`${name}: ${JSON.stringify(compiled.left)}`);
  const image = programImage(request.right, compiled.right);
  if (E.isLeft(image)) throw new Error(`${name}: ${JSON.stringify(image.left)}`);
  return image.right;
}

/** A call every minute for 48 h from t0, with a patient request at every `requestEvery`-th minute (0: none). */
export function minuteCalls(t0: bigint, requestEvery: number): SchedulerCall[] {
  return Array.from({ length: 2880 }, (_, i) => ({ t: t0 + 60n * BigInt(i + 1), request: requestEvery > 0 && (i + 1) % requestEvery === 0 }));
}
