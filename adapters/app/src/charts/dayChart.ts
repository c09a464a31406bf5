import type { Json } from '../engine.js';
import { arr, entries, str } from '../_internals/json.js';
import { plotNumber } from './plotNumber.js';
import { axes, frame, picture, s } from './svg.js';

const W = 720;
const H = 220;
const HOURS = [0, 3, 6, 9, 12, 15, 18, 21, 24];

interface Block { readonly from: number; readonly to: number; readonly flow: number; readonly label: string }

const hourOf = (hhmm: string): number => {
  const [h = '0', m = '0'] = hhmm.split(':');
  return Number(h) + Number(m) / 60;
};

/** The basal steps as [from, to, mL/day] over the day. */
function basal(program: Json | undefined): Block[] {
  const steps = arr(program, 'steps');
  return steps.map((st, i) => ({
    from: hourOf(str(st, 'start')),
    to: i + 1 < steps.length ? hourOf(str(steps[i + 1], 'start')) : 24,
    flow: plotNumber('flow', str(st, 'rate'), 'mL/day') ?? 0,
    label: `${str(st, 'rate')} (${str(st, 'ratePerHour')})`,
  }));
}

/** Periodic boluses as blocks: their volume spread over their duration, on top of the basal. */
function periodic(program: Json | undefined): Block[] {
  return arr(program, 'periodicBoluses').map((b) => {
    const hours = plotNumber('time', str(b, 'duration'), 'h') ?? 0;
    const vol = plotNumber('volume', str(b, 'volume'), 'mL') ?? 0;
    const from = hourOf(str(b, 'start'));
    return { from, to: from + hours, flow: hours > 0 ? (vol / hours) * 24 : 0, label: `periodic ${str(b, 'volume')} over ${str(b, 'duration')} at ${str(b, 'start')}` };
  });
}

/** The patient boluses at their most: maxPerDay of them, one every lockout from 00:00 (a picture of the worst case the engine bounded). */
function patient(program: Json | undefined): Block[] {
  const pb = program !== undefined && program !== null && typeof program === 'object' && !Array.isArray(program) ? (program as { readonly [k: string]: Json })['patientBolus'] : undefined;
  if (pb === undefined) return [];
  const hours = plotNumber('time', str(pb, 'duration'), 'h') ?? 0;
  const lockout = plotNumber('time', str(pb, 'lockout'), 'h') ?? 24;
  const vol = plotNumber('volume', str(pb, 'volume'), 'mL') ?? 0;
  const count = Number(str(pb, 'maxPerDay', '0'));
  const out: Block[] = [];
  for (let i = 0; i < count && i * lockout < 24 && i < 48; i += 1) {
    out.push({ from: i * lockout, to: Math.min(24, i * lockout + hours), flow: hours > 0 ? (vol / hours) * 24 : 0, label: `patient bolus ${str(pb, 'volume')}` });
  }
  return out;
}

function basalAt(blocks: readonly Block[], h: number): number {
  return blocks.find((b) => h >= b.from && h < b.to)?.flow ?? 0;
}

function drawDay(id: string, title: string, description: string, yLabel: string, scale: number, program: Json | undefined): SVGElement {
  const base = basal(program);
  const per = periodic(program);
  const pat = patient(program);
  const top = Math.max(...base.map((b) => b.flow), ...per.map((b) => b.flow + basalAt(base, b.from)), ...pat.map((b) => b.flow + basalAt(base, b.from)), 0) * scale;
  const f = frame(W, H, 0, 24, top * 1.1 || 1);
  const svg = picture(id, W, H, title, description);
  svg.append(s('defs', {}, s('pattern', { id: `${id}-hatch`, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, s('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#000', 'stroke-width': 1.5 }))));
  svg.append(axes(f, HOURS, 'pump clock (h)', top * 1.1 || 1, yLabel));
  let d = '';
  for (const b of base) d += `${d === '' ? 'M' : 'L'}${f.x(b.from)},${f.y(b.flow * scale)} L${f.x(b.to)},${f.y(b.flow * scale)} `;
  svg.append(s('path', { d, fill: 'none', stroke: '#000', 'stroke-width': 2.5, class: 'basal' }));
  for (const b of per) {
    const y0 = basalAt(base, b.from) * scale;
    svg.append(s('rect', { x: f.x(b.from), y: f.y(y0 + b.flow * scale), width: Math.max(2, f.x(b.to) - f.x(b.from)), height: Math.max(1, f.y(y0) - f.y(y0 + b.flow * scale)), fill: '#555', class: 'periodic' }, s('title', {}, b.label)));
  }
  for (const b of pat) {
    const y0 = basalAt(base, b.from) * scale;
    svg.append(s('rect', { x: f.x(b.from), y: f.y(y0 + b.flow * scale), width: Math.max(2, f.x(b.to) - f.x(b.from)), height: Math.max(1, f.y(y0) - f.y(y0 + b.flow * scale)), fill: `url(#${id}-hatch)`, stroke: '#000', 'stroke-dasharray': '3 2', class: 'patient' }, s('title', {}, b.label)));
  }
  const legend = s('g', { 'font-size': 11, transform: `translate(${f.left + 8}, 12)` });
  legend.append(s('line', { x1: 0, y1: 0, x2: 18, y2: 0, stroke: '#000', 'stroke-width': 2.5 }), s('text', { x: 22, y: 4 }, 'basal'));
  if (per.length > 0) legend.append(s('rect', { x: 70, y: -5, width: 12, height: 10, fill: '#555' }), s('text', { x: 86, y: 4 }, 'periodic bolus'));
  if (pat.length > 0) legend.append(s('rect', { x: 180, y: -5, width: 12, height: 10, fill: `url(#${id}-hatch)`, stroke: '#000' }), s('text', { x: 196, y: 4 }, 'patient boluses, all allowed (worst case)'));
  svg.append(legend);
  return svg;
}

/**
 * The 24 h flow chart of a compiled program (basal steps, periodic boluses
 * and, hatched, every patient bolus the program allows one lockout apart),
 * and one dose-rate chart per drug (the flow times the drug's concentration),
 * drawn from the engine's response. Black, grey and hatching only, so it reads
 * in greyscale and in print; the figures printed beside it are the engine's.
 *
 * Implements REQ-APP-007.
 * @since 0.1.0
 */
export function dayCharts(response: Json): SVGElement[] {
  const program = (response as { readonly [k: string]: Json })['program'];
  const out = [drawDay('chart-flow', 'Flow over 24 h', 'Pump flow in mL/day over the pump clock day: basal steps, periodic boluses and the allowed patient boluses.', 'flow (mL/day)', 1, program)];
  for (const [drug, doses] of entries(response, 'doses')) {
    const conc = str(doses, 'concentration');
    const unit = conc.split(' ')[1]?.split('/')[0] ?? 'mg';
    const scale = plotNumber('concentration', conc, `${unit}/mL`) ?? 0;
    out.push(drawDay(`chart-dose-${drug}`, `${drug}: dose rate over 24 h`, `${drug} at ${conc}: dose rate in ${unit}/day; ${str(doses, 'perDay')} a day, at most ${str(doses, 'worst24h')} in any 24 h.`, `${drug} (${unit}/day)`, scale, program));
  }
  return out;
}
