import { COMMANDS } from '../../spec/wire/commands/registry.js';
import { DEMO_REQUEST } from './demoRequest.js';

type Json = Record<string, unknown>;
const obj = (x: unknown): Json => (typeof x === 'object' && x !== null ? (x as Json) : {});
const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
/** "160896 min" or "3040 h" also as days, hours and minutes, for a person. */
function readableTime(x: unknown): string {
  const m = typeof x === 'string' ? /^([0-9]+) (min|h)$/.exec(x) : null;
  if (m === null) return str(x);
  const minutes = BigInt(m[1] ?? '0') * (m[2] === 'h' ? 60n : 1n);
  return `${str(x)} (${minutes / 1440n} d ${(minutes % 1440n) / 60n} h ${minutes % 60n} min)`;
}
const str = (x: unknown): string => (typeof x === 'string' ? x : x === undefined || x === null ? '-' : JSON.stringify(x));

/**
 * `itdose demo`: compiles the embedded example through the same `compile`
 * command as every adapter and prints a summary for a person (or the JSON
 * response with `--json`). Only formatting here; no dose logic.
 *
 * Implements REQ-CLI-002.
 * @since 0.1.0
 */
export function runDemo(json: boolean): number {
  const compile = COMMANDS.find((c) => c.name === 'compile');
  if (compile === undefined) {
    process.stderr.write('itdose demo: the compile command is missing\n');
    return 1;
  }
  const r = compile.run(DEMO_REQUEST);
  if (json) {
    process.stdout.write(`${JSON.stringify(r.body, null, 2)}\n`);
    return r.exitCode;
  }
  const b = obj(r.body);
  const out: string[] = [];
  out.push('itdose demo: morphine 3 mg/day at 10 mg/mL, patient bolus 0.1 mg / 10 min, 4 h lockout, at most 4 a day');
  out.push('');
  if (b['ok'] !== true) {
    out.push('REFUSED:');
    for (const e of arr(b['errors'])) out.push(`  ${str(obj(e)['code'])} at ${str(obj(e)['path'])}: ${str(obj(e)['message'])}`);
    process.stdout.write(`${out.join('\n')}\n`);
    return r.exitCode;
  }
  const program = obj(b['program']);
  out.push('Program (pump clock)');
  out.push('  start   rate per day     rate per hour');
  for (const s of arr(program['steps'])) {
    const step = obj(s);
    out.push(`  ${str(step['start']).padEnd(7)} ${str(step['rate']).padEnd(16)} ${str(step['ratePerHour'])}`);
  }
  for (const s of arr(program['periodicBoluses'])) {
    const pb = obj(s);
    out.push(`  bolus at ${str(pb['start'])}: ${str(pb['volume'])} over ${str(pb['duration'])}`);
  }
  const pb = obj(program['patientBolus']);
  if (program['patientBolus'] !== undefined) {
    out.push(`  patient bolus: ${str(pb['volume'])} over ${str(pb['duration'])}, lockout ${str(pb['lockout'])}, at most ${str(pb['maxPerDay'])} in any 24 h`);
  }
  out.push('');
  out.push('Doses (any 24 h window)');
  out.push('  drug            per day      worst 24 h   least 24 h');
  for (const [drug, d] of Object.entries(obj(b['doses']))) {
    const x = obj(d);
    out.push(`  ${drug.padEnd(15)} ${str(x['perDay']).padEnd(12)} ${str(x['worst24h']).padEnd(12)} ${str(x['least24h'])}`);
  }
  const res = obj(b['reservoir']);
  out.push('');
  out.push(`Reservoir (patient boluses taken as early as allowed): low alarm after ${readableTime(res['lowAlarmAfter'])}, empty after ${readableTime(res['emptyAfter'])}, refill within ${str(res['refillWithin'])} (${str(res['refillBoundBy'])})`);
  out.push('');
  out.push('Limits checked');
  for (const l of arr(b['limitsApplied'])) {
    const x = obj(l);
    out.push(`  ${str(x['drug'])}: ${str(x['strength'])} ${str(x['kind'])} ${str(x['value'])} vs ${str(x['checked'])}: ${str(x['outcome'])} (${str(x['source'])})`);
  }
  out.push('');
  const warnings = arr(b['warnings']);
  out.push(warnings.length === 0 ? 'Warnings: none' : 'Warnings');
  for (const w of warnings) out.push(`  ${str(obj(w)['code'])}: ${str(obj(w)['message'])}`);
  const roundings = arr(b['roundings']);
  out.push(roundings.length === 0 ? 'Roundings: none (every value exact)' : 'Roundings');
  for (const x of roundings) out.push(`  ${str(obj(x)['what'])}: ${str(obj(x)['from'])} -> ${str(obj(x)['to'])} (${str(obj(x)['direction'])})`);
  process.stdout.write(`${out.join('\n')}\n`);
  return r.exitCode;
}
