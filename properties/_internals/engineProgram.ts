import * as E from 'fp-ts/lib/Either.js';
import { decimalArithmetic as A, parseQuantity, type DailyProgram, type Dimension, type Exact } from '../../core/index.js';
import { clockTimeCodec } from '../../spec/codecs/clockTimeCodec.js';
import type { WireDailyProgram } from '../../spec/reference/WireDailyProgram.js';

function base(dim: Dimension, text: string): Exact {
  const q = parseQuantity(dim, text, 'generated');
  if (E.isLeft(q)) throw new Error(`generated quantity "${text}" refused: ${q.left.message}`);
  return q.right.base;
}

/** Seconds after midnight of a wire clock time, through the engine's decoder. */
export function engineClock(text: string): Exact {
  const s = clockTimeCodec.decode(text);
  if (E.isLeft(s)) throw new Error(`generated clock time "${text}" refused`);
  return A.fromInteger(s.right);
}

/**
 * The engine's `DailyProgram` for a wire-form program, read only through the
 * engine's own parsers (`parseQuantity`, the clock-time codec): the engine
 * side of a differential property, sharing nothing with the reference model.
 *
 * @example
 * import { engineProgram } from './engineProgram.js';
 * const p = engineProgram({ steps: [{ start: '00:00', rate: '0.3 mL/day' }], periodicBoluses: [] });
 * // p.steps[0].flow is 300 (base flow units, uL/day)
 *
 * Implements REQ-FUZZ-003.
 * @since 0.1.0
 */
export function engineProgram(w: WireDailyProgram): DailyProgram<Exact> {
  const pb = w.patientBolus;
  const program: DailyProgram<Exact> = {
    steps: w.steps.map((s) => ({ start: engineClock(s.start), flow: base('flow', s.rate) })),
    periodicBoluses: w.periodicBoluses.map((b) => ({ start: engineClock(b.start), volume: base('volume', b.volume), duration: base('time', b.duration) })),
  };
  if (pb === undefined) return program;
  return {
    ...program,
    patientBolus: { volume: base('volume', pb.volume), duration: base('time', pb.duration), lockout: base('time', pb.lockout), maxPerDay: A.fromInteger(BigInt(pb.maxPerDay)) },
  };
}
