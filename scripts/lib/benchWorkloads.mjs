// The everyday workloads of the benchmark (npm run bench), beside the largest
// legal requests of scripts/lib/largestRequests.mjs: the four compile requests
// the speed issue names (continuous morphine; with a patient bolus; 24 flex
// steps, 4 periodic boluses and a patient bolus; a 3-drug admixture) and one
// ordinary request of every other command, taken from the project's test
// vectors (the first one each command answers with exit 0).
//
// Implements REQ-RUN-002.

/** The commands whose ordinary request comes from the vectors. */
export const VECTOR_COMMANDS = ['bridge', 'prime', 'clock-change', 'refill-check', 'convert'];

/** "HH:MM" for an hour of the day. */
const hour = (h) => `${String(h).padStart(2, '0')}:00`;

/**
 * The everyday workloads.
 *
 * @param {Record<string, unknown>} demoRequest the CLI's demo compile request (contract pump, morphine 10 mg/mL, 3 mg/day, a patient bolus)
 * @param {readonly { command: string, name: string, request: unknown }[]} vectors the contract and project test vectors
 * @param {(command: string, request: unknown) => number} exitCodeOf the exit code a command answers a request with
 * @returns {{ id: string, command: string, label: string, request: unknown, before?: string }[]} `before`: the
 *   median / p99 the speed issue reported for the workload (the full path, on its machine), for comparison
 */
export function everydayWorkloads(demoRequest, vectors, exitCodeOf) {
  const { therapy, ...rest } = demoRequest;
  const patientBolus = therapy.patientBolus;
  const continuous = { ...rest, therapy: { mode: 'continuous', drug: 'morphine', dose: '3 mg/day' } };
  const flex = {
    ...rest,
    therapy: {
      mode: 'flex', drug: 'morphine',
      steps: Array.from({ length: 24 }, (_, h) => ({ start: hour(h), dose: `${String(2 + (h % 3))} mg/day` })),
      periodicBoluses: [5, 11, 17, 23].map((h) => ({ start: `${String(h).padStart(2, '0')}:50`, dose: '0.05 mg', duration: '20 min' })),
      patientBolus: { ...patientBolus, lockout: '7 h', maxPerDay: 3 },
    },
  };
  // three drugs in one fluid; the library has no published daily ceiling for every one, so the request carries prescriber ceilings
  const admixture = {
    ...continuous,
    reservoir: { ...rest.reservoir, drugs: [
      { drug: 'morphine', concentration: '10 mg/mL' },
      { drug: 'bupivacaine', concentration: '1 mg/mL' },
      { drug: 'clonidine', concentration: '50 mcg/mL' },
    ] },
    limits: { morphine: { maxDaily: '5 mg/day' }, bupivacaine: { maxDaily: '1000 mg/day' }, clonidine: { maxDaily: '1000 mg/day' } },
  };
  const out = [
    { id: 'compile-continuous-morphine', command: 'compile', label: 'compile: continuous morphine 3 mg/day', request: continuous, before: '386 µs / 728 µs' },
    { id: 'compile-patient-bolus', command: 'compile', label: 'compile: continuous with a patient bolus (the demo)', request: demoRequest, before: '956 µs / 3.9 ms' },
    { id: 'compile-flex-24', command: 'compile', label: 'compile: 24 flex steps + 4 periodic boluses + patient bolus', request: flex, before: '8.1 ms / 32.6 ms' },
    { id: 'compile-admixture-3', command: 'compile', label: 'compile: 3-drug admixture (morphine, bupivacaine, clonidine)', request: admixture, before: '1.06 ms / 5.2 ms' },
  ];
  for (const command of VECTOR_COMMANDS) {
    const v = vectors.find((x) => x.command === command && exitCodeOf(command, x.request) === 0);
    if (v === undefined) throw new Error(`bench: no test vector of ${command} answers with exit 0`);
    out.push({ id: `${command}-vector`, command, label: `${command}: ${v.name.startsWith(`${command}: `) ? v.name.slice(command.length + 2) : v.name}`, request: v.request });
  }
  return out;
}
