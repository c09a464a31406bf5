import type { Json } from '../engine.js';
import { arr, str } from '../_internals/json.js';
import { plotNumber } from './plotNumber.js';
import { axes, frame, picture, s } from './svg.js';

/**
 * The dose at the catheter tip across a refill, for one drug, from the
 * engine's bridge answer: 24 h before the refill the old fluid at the old
 * rate; after it, with the bridge (solid: the old fluid at the bridge rate
 * until it is out, then the new program) and without it (dashed: the new
 * rate pushing the old fluid still in the dead volume, then the new fluid).
 * The worst and least 24 h printed under it are the engine's.
 *
 * Implements REQ-APP-010.
 * @since 0.1.0
 */
export function tipDoseChart(response: Json, oldRate: string, drug: string): SVGElement {
  const unit = str(response, `concentrations.${drug}.new`).split(' ')[1]?.split('/')[0] ?? 'mg';
  const cOld = plotNumber('concentration', str(response, `concentrations.${drug}.old`), `${unit}/mL`) ?? 0;
  const cNew = plotNumber('concentration', str(response, `concentrations.${drug}.new`), `${unit}/mL`) ?? 0;
  const old = plotNumber('flow', oldRate, 'mL/day') ?? 0;
  const bridgeRate = plotNumber('flow', str(response, 'bridge.rate'), 'mL/day') ?? 0;
  const out = plotNumber('time', str(response, 'bridge.oldFluidOutAfter'), 'h') ?? 0;
  const newRate = plotNumber('flow', str(arr(response, 'program.newProgram.steps')[0], 'rate'), 'mL/day') ?? 0;
  const dead = plotNumber('volume', str(response, 'deadVolume'), 'mL') ?? 0;
  const unbridgedOut = newRate > 0 ? (dead / newRate) * 24 : 0;
  const end = Math.max(out, unbridgedOut) + 24;
  const pts = {
    before: old * cOld,
    bridged: bridgeRate * cOld,
    unbridged: newRate * cOld,
    after: newRate * cNew,
  };
  const yMax = Math.max(pts.before, pts.bridged, pts.unbridged, pts.after, 0) * 1.15 || 1;
  const f = frame(720, 240, -24, end, yMax);
  const svg = picture(`chart-tip-${drug}`, 720, 240, `${drug} at the catheter tip across the refill`,
    `${drug}: with the bridge at most ${str(response, `tipDoses.${drug}.worst24h`)} in 24 h; without it up to ${str(response, `withoutBridge.${drug}.worst24h`)} (prescribed ${str(response, `prescribedRange.${drug}.lower`)} to ${str(response, `prescribedRange.${drug}.upper`)}).`);
  const ticks: number[] = [];
  for (let t = -24; t <= end && ticks.length < 30; t += 12) ticks.push(t);
  svg.append(axes(f, ticks, 'hours from the refill', yMax, `${drug} at tip (${unit}/day)`));
  const line = (d: string, dash: string, cls: string): SVGElement => s('path', { d, fill: 'none', stroke: '#000', 'stroke-width': 2.5, 'stroke-dasharray': dash, class: cls });
  svg.append(line(`M${f.x(-24)},${f.y(pts.before)} L${f.x(0)},${f.y(pts.before)}`, '', 'before'));
  svg.append(line(`M${f.x(0)},${f.y(pts.bridged)} L${f.x(out)},${f.y(pts.bridged)} L${f.x(out)},${f.y(pts.after)} L${f.x(end)},${f.y(pts.after)}`, '', 'bridged'));
  svg.append(line(`M${f.x(0)},${f.y(pts.unbridged)} L${f.x(unbridgedOut)},${f.y(pts.unbridged)} L${f.x(unbridgedOut)},${f.y(pts.after)}`, '7 4', 'unbridged'));
  svg.append(s('line', { x1: f.x(0), y1: f.top, x2: f.x(0), y2: f.bottom, stroke: '#000', 'stroke-dasharray': '2 2' }), s('text', { x: f.x(0) + 4, y: f.top + 10, 'font-size': 11 }, 'refill'));
  const legend = s('g', { 'font-size': 11, transform: `translate(${f.right - 260}, ${f.top + 4})` });
  legend.append(s('line', { x1: 0, y1: 0, x2: 24, y2: 0, stroke: '#000', 'stroke-width': 2.5 }), s('text', { x: 30, y: 4 }, `with the bridge (max ${str(response, `tipDoses.${drug}.worst24h`)} / 24 h)`));
  legend.append(s('line', { x1: 0, y1: 16, x2: 24, y2: 16, stroke: '#000', 'stroke-width': 2.5, 'stroke-dasharray': '7 4' }), s('text', { x: 30, y: 20 }, `without it (max ${str(response, `withoutBridge.${drug}.worst24h`)} / 24 h)`));
  svg.append(legend);
  return svg;
}
