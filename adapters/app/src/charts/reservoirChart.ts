import type { Json } from '../engine.js';
import { str } from '../_internals/json.js';
import { plotNumber } from './plotNumber.js';
import { axes, frame, picture, s } from './svg.js';

/**
 * The reservoir from the fill to the low-reservoir alarm and to empty (days
 * on the x axis, mL left on the y axis, drawn at the program's mean use), with
 * the engine's refill date marked. Every label is the engine's figure.
 *
 * Implements REQ-APP-008.
 * @since 0.1.0
 */
export function reservoirChart(response: Json, fill: string): SVGElement {
  const alarm = str(response, 'reservoir.lowAlarmAfter');
  const empty = str(response, 'reservoir.emptyAfter');
  const refill = str(response, 'reservoir.refillWithin');
  const alarmDay = plotNumber('time', alarm, 'day') ?? 0;
  const emptyDay = plotNumber('time', empty, 'day') ?? 0;
  const refillDay = plotNumber('time', refill, 'day');
  const fillMl = plotNumber('volume', fill, 'mL') ?? 0;
  const xMax = Math.max(emptyDay, refillDay ?? 0, 1) * 1.05;
  const f = frame(720, 220, 0, xMax, fillMl * 1.1 || 1);
  const svg = picture('chart-reservoir', 720, 220, 'Reservoir from fill to empty', `Fill ${fill}; low-reservoir alarm after ${alarm}; empty after ${empty}; refill within ${refill}.`);
  const step = xMax > 100 ? 30 : xMax > 30 ? 10 : xMax > 7 ? 2 : 1;
  const ticks: number[] = [];
  for (let t = 0; t <= xMax && ticks.length < 40; t += step) ticks.push(t);
  svg.append(axes(f, ticks, 'days from the fill', fillMl * 1.1 || 1, 'reservoir (mL)'));
  const alarmMl = emptyDay > 0 ? fillMl * (1 - alarmDay / emptyDay) : 0;
  svg.append(s('path', { d: `M${f.x(0)},${f.y(fillMl)} L${f.x(alarmDay)},${f.y(alarmMl)} L${f.x(emptyDay)},${f.y(0)}`, fill: 'none', stroke: '#000', 'stroke-width': 2.5 }));
  const mark = (day: number, text: string, dash: string, dy: number): void => {
    svg.append(s('line', { x1: f.x(day), y1: f.top, x2: f.x(day), y2: f.bottom, stroke: '#000', 'stroke-dasharray': dash }));
    svg.append(s('text', { x: Math.min(f.x(day) + 4, f.right - 150), y: f.top + dy, 'font-size': 11 }, text));
  };
  mark(alarmDay, `low alarm: ${alarm}`, '6 3', 24);
  mark(emptyDay, `empty: ${empty}`, '2 2', 40);
  if (refillDay !== undefined) mark(refillDay, `REFILL BY: ${refill}`, '', 8);
  return svg;
}
