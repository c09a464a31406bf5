import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drugAmounts } from '../../spec/reference/drugAmounts.js';
import { parseWireQuantity } from '../../spec/reference/parseWireQuantity.js';
import { Rational } from '../../spec/reference/Rational.js';
import { readWireProgram } from '../../spec/reference/readWireProgram.js';
import type { WireDailyProgram } from '../../spec/reference/WireDailyProgram.js';
import { worst24h } from '../../spec/reference/worst24h.js';
import { compileCommand } from '../../spec/wire/commands/compile.js';
import { fuzzProfile } from '../_internals/fuzzProfile.js';
import { wireCompileRequest } from '../_internals/wireCompileRequest.js';
import { holds } from '../_internals/holds.js';

/** The parts of an accepted compile response this property reads. */
interface Accepted {
  readonly ok: true;
  readonly program: WireDailyProgram;
  readonly doses: Readonly<Record<string, { readonly worst24h: string }>>;
  readonly limitsApplied: readonly { readonly drug: string; readonly strength: string; readonly kind: string; readonly value: string; readonly outcome: string }[];
}

const SECONDS_PER_DAY = Rational.of(86_400n);
/** One base volume unit (1/86400 uL) in mL: the most the engine's worst case may exceed the exact one by, per bolus term. */
const BASE_VOLUME_ML = Rational.of(1n, 86_400_000n);

describe('compile: no 24 h window above a ceiling', () => {
  it('[REQ-DOSE-002] [REQ-DOSE-003] [REQ-LIB-002] [REQ-LIB-003] [REQ-REF-005] [REQ-REF-006] for every accepted prescription the reference, reading the wire program, finds no 24 h window above the prescriber\'s ceiling or a hard limit', () => {
    holds(
      fc.property(wireCompileRequest, (request) => {
        const body = compileCommand.run(request).body;
        if (!body.ok) return; // refusals are checked by other tests
        const r = body as unknown as Accepted;
        const worst = worst24h(readWireProgram(r.program)).volume; // mL, exact, any window, patient adversarial
        const reservoir = request['reservoir'] as { drugs: { drug: string; concentration: string }[] };
        const amounts = drugAmounts(worst, reservoir.drugs); // mg
        for (const { drug, concentration } of reservoir.drugs) {
          const amount = amounts[drug] ?? Rational.ZERO;
          const ceilings = r.limitsApplied.filter((l) => l.drug === drug && l.kind === 'maxDaily');
          // No drug runs without a daily ceiling.
          expect(ceilings.length, `${drug} has no daily ceiling`).toBeGreaterThan(0);
          for (const l of ceilings.filter((c) => c.strength === 'hard' || c.strength === 'prescriber')) {
            const limitMg = parseWireQuantity(l.value, 'doseRate').mul(SECONDS_PER_DAY);
            expect(amount.le(limitMg), `${drug}: reference worst 24 h ${amount.toString()} mg above the ${l.strength} ceiling ${l.value}`).toBe(true);
            expect(l.outcome).toBe('within');
          }
          // The reported worst 24 h is an upper bound on the reference's, and tight: above it by at most the
          // engine's rounding of one bolus part (one base volume unit) and printing at 1e-9 of its unit.
          const reported = parseWireQuantity(r.doses[drug]?.worst24h ?? '', 'mass');
          const slack = BASE_VOLUME_ML.mul(parseWireQuantity(concentration, 'concentration')).add(Rational.of(1n, 1_000_000_000n));
          expect(reported.ge(amount), `${drug}: reported worst 24 h ${r.doses[drug]?.worst24h} below the reference ${amount.toString()} mg`).toBe(true);
          expect(reported.sub(amount).le(slack), `${drug}: reported worst 24 h ${r.doses[drug]?.worst24h} far above the reference ${amount.toString()} mg`).toBe(true);
        }
      }),
      fuzzProfile(100),
    );
  });
});
