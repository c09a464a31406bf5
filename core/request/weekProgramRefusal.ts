import { engineError, type EngineError } from '../errors/EngineError.js';
import type { Therapy } from './CompileRequest.js';

/**
 * WEEK_PROGRAM_NOT_ANALYSED (a safety refusal) when `therapy` is a week
 * program and `command` does not analyse one yet: its analysis assumes a
 * program repeating every 24 h, and a week program read as a daily one would
 * give a wrong answer, so the command refuses it rather than compute.
 * An empty list for a daily program.
 *
 * @example
 * import { weekProgramRefusal } from './weekProgramRefusal.js';
 * weekProgramRefusal({ drug: 'morphine', basal: { mode: 'continuous', dose: { dim: 'doseRate', base: 3000000 } }, periodicBoluses: [] } as never, 'therapy.mode', 'prime').length; // 0
 *
 * Implements REQ-WEEK-005.
 * @since 0.1.0
 */
export function weekProgramRefusal(therapy: Therapy, path: string, command: string): EngineError[] {
  return therapy.basal.mode === 'week'
    ? [engineError('WEEK_PROGRAM_NOT_ANALYSED', path, `${command} does not analyse a week program yet (its analysis assumes a program repeating every 24 h); refused rather than computed as a daily one`)]
    : [];
}
