import { describe, expect, it } from 'vitest';
import { proofsSection } from '../../scripts/audit-bundle.mjs';

// The audit bundle lists the theorems of reports/proofs.json with their status and solver time.

describe('audit bundle: proofs section', () => {
  it('[REQ-PROOF-001] lists each theorem, its requirements, status and time, and the wrong-kernel demonstrations', () => {
    const md = proofsSection({
      solver: 'z3',
      theorems: [
        { theorem: 'rounding-to-grid', requirements: ['REQ-ROUND-002'], status: 'proved', ms: 12, paths: 3 },
        { theorem: 'window', requirements: ['REQ-DOSE-002'], status: 'unknown', ms: 99, paths: 7, bound: '2 steps' },
      ],
      wrongKernels: [{ name: 'a ceiling', theorem: 'rounding-to-grid', status: 'failed', refusedWith: 'PRESCRIBER_LIMIT_EXCEEDED', ok: true }],
    }).join('\n');
    expect(md).toContain('1 of 2 theorems proved (z3)');
    expect(md).toContain('| rounding-to-grid | REQ-ROUND-002 | proved | 12 | 3 | none |');
    expect(md).toContain('| window | REQ-DOSE-002 | unknown | 99 | 7 | 2 steps |');
    expect(md).toContain('| a ceiling | rounding-to-grid | failed | PRESCRIBER_LIMIT_EXCEEDED | yes |');
  });

  it('[REQ-PROOF-001] says so when the proofs have not run', () => {
    expect(proofsSection(undefined).join('\n')).toContain('has not run here');
  });
});
