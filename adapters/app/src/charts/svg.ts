/** The SVG namespace. */
const NS = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes and children. @since 0.1.0 */
export function s(tag: string, attrs: Readonly<Record<string, string | number>>, ...children: (SVGElement | string)[]): SVGElement {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  for (const c of children) e.append(c);
  return e;
}

/** A chart frame: its size, margins and the linear maps from data to pixels. @since 0.1.0 */
export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  x(v: number): number;
  y(v: number): number;
}

/** A frame mapping [x0, x1] × [0, yMax] into a width × height picture. @since 0.1.0 */
export function frame(width: number, height: number, x0: number, x1: number, yMax: number): Frame {
  const left = 64;
  const right = width - 16;
  const top = 24;
  const bottom = height - 40;
  const span = x1 - x0 === 0 ? 1 : x1 - x0;
  const ySpan = yMax <= 0 ? 1 : yMax;
  return {
    width, height, left, top, right, bottom,
    x: (v) => left + ((v - x0) / span) * (right - left),
    y: (v) => bottom - (v / ySpan) * (bottom - top),
  };
}

/** Round a chart label's number to at most 4 significant digits (an axis tick, never a dose). */
export function tick(v: number): string {
  return String(Number(v.toPrecision(4)));
}

/**
 * Axes with ticks and titles; black on white so the picture reads in greyscale and in print.
 * @since 0.1.0
 */
export function axes(f: Frame, xTicks: readonly number[], xLabel: string, yMax: number, yLabel: string): SVGElement {
  const g = s('g', { class: 'axes', 'font-size': 11, fill: '#000' });
  g.append(s('line', { x1: f.left, y1: f.bottom, x2: f.right, y2: f.bottom, stroke: '#000' }));
  g.append(s('line', { x1: f.left, y1: f.top, x2: f.left, y2: f.bottom, stroke: '#000' }));
  for (const t of xTicks) {
    g.append(s('line', { x1: f.x(t), y1: f.bottom, x2: f.x(t), y2: f.bottom + 4, stroke: '#000' }));
    g.append(s('text', { x: f.x(t), y: f.bottom + 16, 'text-anchor': 'middle' }, tick(t)));
  }
  for (const frac of [0, 0.5, 1]) {
    const v = yMax * frac;
    g.append(s('line', { x1: f.left - 4, y1: f.y(v), x2: f.right, y2: f.y(v), stroke: '#bbb', 'stroke-dasharray': '2 3' }));
    g.append(s('text', { x: f.left - 6, y: f.y(v) + 4, 'text-anchor': 'end' }, tick(v)));
  }
  g.append(s('text', { x: (f.left + f.right) / 2, y: f.height - 6, 'text-anchor': 'middle' }, xLabel));
  g.append(s('text', { x: 12, y: (f.top + f.bottom) / 2, transform: `rotate(-90 12 ${(f.top + f.bottom) / 2})`, 'text-anchor': 'middle' }, yLabel));
  return g;
}

/** A titled, described SVG picture (role img, so screen readers read the title and description). @since 0.1.0 */
export function picture(id: string, width: number, height: number, title: string, description: string): SVGElement {
  const svg = s('svg', { id, viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-labelledby': `${id}-t ${id}-d`, class: 'chart' });
  svg.append(s('title', { id: `${id}-t` }, title), s('desc', { id: `${id}-d` }, description));
  return svg;
}
