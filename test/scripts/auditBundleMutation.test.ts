import { describe, expect, it } from 'vitest';
import { mutationProvenance, mutationSection } from '../../scripts/audit-bundle.mjs';

// The audit bundle's mutation section: the score counts killed and timed-out
// mutants as detected over every valid mutant (survived and uncovered
// included), lists each survivor, and says which commit the report is of.

const mutant = (status: string, line: number) => ({ status, mutatorName: 'EqualityOperator', replacement: '<', location: { start: { line, column: 3 } } });
const report = {
  thresholds: { break: 90 },
  files: { 'core/a.ts': { mutants: [mutant('Killed', 1), mutant('Killed', 2), mutant('Timeout', 3), mutant('Survived', 4), mutant('NoCoverage', 5), mutant('Ignored', 6)] } },
};
const run = { commit: 'c0ffee', workTreeClean: true, mutate: 'core/a.ts', fuzzRuns: '1/5', node: 'v20.0.0', started: 's', finished: 'f', seconds: 60, strykerExitCode: 0, incremental: false };

describe('audit bundle, mutation section', () => {
  it('scores 3 detected of 5 valid mutants as 60 % (ignored ones excluded) and lists the survivor and the uncovered mutant', () => {
    const text = mutationSection(report, 'then', []).join('\n');
    expect(text).toContain('| 60.00 % | 75.00 % | 2 | 1 | 1 | 1 | 1 | 90 |');
    expect(text).toContain('| Survived | core/a.ts:4:3 | EqualityOperator | < |');
    expect(text).toContain('| NoCoverage | core/a.ts:5:3 | EqualityOperator | < |');
  });
  it('says plainly when there is no report', () => {
    expect(mutationSection(undefined, undefined).join('\n')).toMatch(/has not been run/);
  });
  it('names the commit mutated and whether the code changed since, and an incremental run', () => {
    expect(mutationProvenance(run, []).join('\n')).toMatch(/commit `c0ffee` \(clean work tree\)[\s\S]*unchanged since that commit/);
    expect(mutationProvenance(run, ['core/a.ts']).join('\n')).toMatch(/stale[\s\S]*`core\/a.ts`/);
    expect(mutationProvenance({ ...run, incremental: true }, []).join('\n')).toMatch(/incremental/);
    expect(mutationProvenance(undefined, undefined).join('\n')).toMatch(/commit it describes is unknown/);
  });
});
