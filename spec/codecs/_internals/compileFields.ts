import type { CompileRequest, Override, DrugLimits, Titration } from '../../../core/index.js';
import { limitsCodec } from '../limitsCodec.js';
import { overridesCodec } from '../overridesCodec.js';
import { pumpCodec } from '../pumpCodec.js';
import { reservoirFillCodec } from '../reservoirFillCodec.js';
import { therapyCodec } from '../therapyCodec.js';
import { titrationCodec } from '../titrationCodec.js';

/** The required fields of a `compile` request, for requests that extend it (`prime`, `clock-change`). */
export const COMPILE_REQUIRED = { pump: pumpCodec, reservoir: reservoirFillCodec, therapy: therapyCodec } as const;

/** The optional fields of a `compile` request. */
export const COMPILE_OPTIONAL = { titration: titrationCodec, limits: limitsCodec, overrides: overridesCodec } as const;

/** The compile part of a decoded extending request, with compile's defaults. */
export function compilePart(w: Pick<CompileRequest, 'pump' | 'reservoir' | 'therapy'> & {
  readonly titration?: Titration;
  readonly limits?: Readonly<Record<string, DrugLimits>>;
  readonly overrides?: readonly Override[];
}): CompileRequest {
  return {
    pump: w.pump,
    reservoir: w.reservoir,
    therapy: w.therapy,
    ...(w.titration === undefined ? {} : { titration: w.titration }),
    limits: w.limits ?? {},
    overrides: w.overrides ?? [],
  };
}
