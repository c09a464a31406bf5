import { deliveryPieces, type Piece } from './deliveryPieces.js';
import { Rational } from './Rational.js';
import { DAY, type ReferenceProgram } from './ReferenceProgram.js';
import { volumeBetween } from './volumeBetween.js';

/** A one-off event in seconds from `t = 0`: a single bolus of `volume` mL over `duration`, or a stop of `duration`. */
export type ReferenceOneOff =
  | { readonly kind: 'singleBolus'; readonly start: Rational; readonly duration: Rational; readonly volume: Rational }
  | { readonly kind: 'stop'; readonly start: Rational; readonly duration: Rational };

/** `p` with `[a, b)` taken out: zero, one or two pieces. */
function cut(p: Piece, a: Rational, b: Rational): Piece[] {
  const out: Piece[] = [];
  if (p.from.lt(a)) out.push({ from: p.from, to: Rational.min(p.to, a), rate: p.rate });
  if (p.to.gt(b)) out.push({ from: Rational.max(p.from, b), to: p.to, rate: p.rate });
  return out.filter((x) => x.from.lt(x.to));
}

/**
 * The most and the least volume (mL) the basal steps and periodic boluses,
 * with the one-off events, deliver in a 24 h window `[t, t + 24 h)` that
 * contains part of an event, found by brute force: the program laid out as
 * pieces in real time (clock `clockAtZero` at `t = 0`) over every day from
 * two before the first event to two after the last, each single bolus one
 * more piece, each stop cutting every piece out of its span; then every
 * window start `t` from a day before an event's start to its end that is a
 * piece boundary `b` or `b − 24 h`, and those ranges' ends, evaluated by
 * summing every piece's overlap (the window volume is piecewise linear in
 * `t` with corners only there). Quadratic and slow on purpose: nothing is
 * skipped. `undefined` without events.
 *
 * @example
 * import { oneOffExtremes } from './oneOffExtremes.js';
 * import { readWireProgram } from './readWireProgram.js';
 * import { Rational } from './Rational.js';
 * const p = readWireProgram({ steps: [{ start: '00:00', rate: '0.3 mL/day' }], periodicBoluses: [] });
 * oneOffExtremes(p, Rational.ZERO, [{ kind: 'stop', start: Rational.of(86_400n), duration: Rational.of(21_600n) }])?.least.toString(); // "9/40"
 *
 * Implements REQ-ONEOFF-006.
 * @since 0.1.0
 */
export function oneOffExtremes(program: ReferenceProgram, clockAtZero: Rational, events: readonly ReferenceOneOff[]): { most: Rational; least: Rational } | undefined {
  if (events.length === 0) return undefined;
  const firstStart = events.map((e) => e.start).reduce((a, b) => Rational.min(a, b));
  const lastEnd = events.map((e) => e.start.add(e.duration)).reduce((a, b) => Rational.max(a, b));
  const firstDay = Number(firstStart.add(clockAtZero).div(DAY).floor()) - 2;
  const lastDay = Number(lastEnd.add(clockAtZero).div(DAY).floor()) + 2;
  let pieces: Piece[] = deliveryPieces(program, firstDay, lastDay).map((p) => ({ from: p.from.sub(clockAtZero), to: p.to.sub(clockAtZero), rate: p.rate }));
  for (const e of events) if (e.kind === 'singleBolus') pieces.push({ from: e.start, to: e.start.add(e.duration), rate: e.volume.div(e.duration) });
  for (const e of events) if (e.kind === 'stop') pieces = pieces.flatMap((p) => cut(p, e.start, e.start.add(e.duration)));
  let most: Rational | undefined;
  let least: Rational | undefined;
  for (const e of events) {
    const lo = e.start.sub(DAY);
    const hi = e.start.add(e.duration);
    const starts = [lo, hi];
    for (const p of pieces) for (const b of [p.from, p.to]) for (const t of [b, b.sub(DAY)]) if (t.ge(lo) && t.le(hi)) starts.push(t);
    for (const t of starts) {
      const v = volumeBetween(pieces, t, t.add(DAY));
      if (most === undefined || v.gt(most)) most = v;
      if (least === undefined || v.lt(least)) least = v;
    }
  }
  return most === undefined || least === undefined ? undefined : { most, least };
}
