// Speed, reported as ratios measured in one run (absolute times vary by machine;
// ratios between operations measured back to back are what we compare across commits).
// Run after the build: npm run bench
import { COMMANDS } from '../dist/esm/spec/wire/commands/registry.js';
import { DEMO_REQUEST } from '../dist/esm/adapters/cli/demoRequest.js';

const compile = COMMANDS.find((c) => c.name === 'compile');
if (compile === undefined) {
  console.error('bench: the compile command is missing');
  process.exit(1);
}

function time(label, n, fn) {
  for (let i = 0; i < Math.min(50, n); i++) fn(); // warm up
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn();
  const ns = Number(process.hrtime.bigint() - t0) / n;
  return { label, n, nsPerOp: ns };
}

const flex = {
  ...DEMO_REQUEST,
  therapy: {
    mode: 'flex', drug: 'morphine',
    steps: Array.from({ length: 24 }, (_, h) => ({ start: `${String(h).padStart(2, '0')}:00`, dose: `${(2 + (h % 3)).toString()} mg/day` })),
    periodicBoluses: [{ start: '23:50', dose: '0.2 mg', duration: '20 min' }],
    patientBolus: { dose: '0.1 mg', duration: '10 min', lockout: '7 h', maxPerDay: 3 },
  },
};
const noBolus = { ...DEMO_REQUEST, therapy: { mode: 'continuous', drug: 'morphine', dose: '3 mg/day' } };

const results = [
  time('compile: continuous, no patient bolus', 300, () => compile.run(noBolus)),
  time('compile: continuous + patient bolus (demo)', 300, () => compile.run(DEMO_REQUEST)),
  time('compile: 24 flex steps + periodic + patient bolus', 100, () => compile.run(flex)),
];
const base = results[0].nsPerOp;
console.log('operation'.padEnd(52), 'runs', '  ratio to first');
for (const r of results) console.log(r.label.padEnd(52), String(r.n).padStart(4), `  ${(r.nsPerOp / base).toFixed(2)}x`);
