import type { ExactArithmetic } from '../../../arith/ExactArithmetic.js';
import { addFractions, compareFractions, scaleFraction, subFractions } from '../../_internals/fraction.js';
import type { ExactFraction } from '../../ExactFraction.js';
import type { FluidSlice } from '../PumpState.js';

/**
 * Pushes `volume` of reservoir fluid (`concentrations`) into the back of the
 * dead volume; the same volume leaves at the tip, first in first out. Returns
 * the new dead volume and each drug's mass that left at the tip.
 */
export function pushQueue<N>(
  A: ExactArithmetic<N>,
  queue: readonly FluidSlice<N>[],
  volume: ExactFraction<N>,
  concentrations: readonly N[],
): { readonly queue: FluidSlice<N>[]; readonly mass: ExactFraction<N>[] } {
  const zero = { num: A.zero, den: A.one };
  const mass = concentrations.map(() => zero);
  const add = (k: number, v: ExactFraction<N>, c: readonly N[]): void => {
    mass[k] = addFractions(A, mass[k] ?? zero, scaleFraction(A, v, c[k] ?? A.zero));
  };
  const out: FluidSlice<N>[] = [];
  let left = volume;
  for (const slice of queue) {
    if (compareFractions(A, left, zero) <= 0) {
      out.push(slice);
    } else if (compareFractions(A, slice.volume, left) <= 0) {
      concentrations.forEach((_, k) => add(k, slice.volume, slice.concentrations));
      left = subFractions(A, left, slice.volume);
    } else {
      concentrations.forEach((_, k) => add(k, left, slice.concentrations));
      out.push({ volume: subFractions(A, slice.volume, left), concentrations: slice.concentrations });
      left = zero;
    }
  }
  // Whatever is left of the volume went straight through (it entered and left within the push).
  concentrations.forEach((_, k) => add(k, left, concentrations));
  // The fluid that stays in the dead volume: all of the push, or all the dead volume holds
  // (nothing when either is zero).
  const entered = minFraction(A, volume, totalOf(A, queue));
  if (compareFractions(A, entered, zero) > 0) {
    const last = out[out.length - 1];
    if (last !== undefined && sameConcentrations(A, last.concentrations, concentrations)) {
      out[out.length - 1] = { volume: addFractions(A, last.volume, entered), concentrations };
    } else {
      out.push({ volume: entered, concentrations });
    }
  }
  return { queue: out, mass };
}

function totalOf<N>(A: ExactArithmetic<N>, queue: readonly FluidSlice<N>[]): ExactFraction<N> {
  return queue.reduce((s, q) => addFractions(A, s, q.volume), { num: A.zero, den: A.one } as ExactFraction<N>);
}

const minFraction = <N>(A: ExactArithmetic<N>, x: ExactFraction<N>, y: ExactFraction<N>): ExactFraction<N> => (compareFractions(A, x, y) <= 0 ? x : y);

const sameConcentrations = <N>(A: ExactArithmetic<N>, a: readonly N[], b: readonly N[]): boolean =>
  a.length === b.length && a.every((x, i) => A.compare(x, b[i] ?? A.zero) === 0);
