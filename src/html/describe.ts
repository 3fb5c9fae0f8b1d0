import type { Entity, Quantity } from '../types.js';

const APPROX_SIGN = Object.freeze({ about: '≈ ', over: '> ', under: '< ' });

/** A number as people read it: digit groups, no exponent for large values. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return value.toLocaleString('en-US', { maximumFractionDigits: 10, useGrouping: true });
}

/** The normalized reading of a quantity, e.g. `≈ 230,000,000 CNY`, `35,000 t/year`, `2024-12`. */
export function quantityReading(q: Quantity): string {
  const approx = q.approx ? APPROX_SIGN[q.approx] : '';
  const value = typeof q.value === 'number' ? formatNumber(q.value) : q.value;
  const range = q.upper !== undefined ? `${value}–${formatNumber(q.upper)}` : value;
  const unit = q.unit ? ` ${q.unit}` : '';
  const per = q.per ? `/${q.per}` : '';
  const inexact = q.exact === false ? ' (not exact)' : '';
  return `${approx}${range}${unit}${per}${inexact}`;
}

/** Tooltip lines for a quantity. */
export function quantityTip(q: Quantity): string {
  const lines = [`${q.kind}: ${quantityReading(q)}`, `value: ${String(q.value)}`, `unit: ${q.unit ?? '—'}`];
  if (q.per) lines.push(`per: ${q.per}`);
  if (q.upper !== undefined) lines.push(`upper: ${q.upper}`);
  if (q.approx) lines.push(`approx: ${q.approx}`);
  return lines.join('\n');
}

/** Tooltip lines for an entity. */
export function entityTip(e: Entity): string {
  const lines = [`${e.type}: ${e.text}`];
  if (e.canonical && e.canonical !== e.text) lines.push(`canonical: ${e.canonical}`);
  lines.push(`source: ${e.source}${e.rule ? ` (${e.rule})` : ''}`);
  return lines.join('\n');
}
