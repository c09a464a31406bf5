import { formatQuantity, parseQuantity, type Dimension } from '../../../../core/index.js';

/**
 * A wire quantity in the given unit as a screen coordinate number: for
 * placing points on a chart only, never for a figure a clinician reads (every
 * printed figure is the engine's text). The engine converts the unit exactly;
 * only the final text becomes a float. NaN-free: undefined when unparsable.
 *
 * Implements REQ-APP-007.
 * @since 0.1.0
 */
export function plotNumber(dim: Dimension, wire: string, unit: string): number | undefined {
  const q = parseQuantity(dim, wire, '');
  if (q._tag === 'Left') return undefined;
  const text = formatQuantity(q.right, unit, 'down').text;
  const n = Number(text.split(' ')[0]);
  return Number.isFinite(n) ? n : undefined;
}
