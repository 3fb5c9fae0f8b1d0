import type { Quantity } from '../types.js';
import { isAbsurd, toNumber } from './decimal.js';
import type { Draft } from './draft.js';

/** The public quantity of a draft; null when its value is absurd or not finite. */
export function toQuantity(text: string, d: Draft): Quantity | null {
  let value: number | string = d.value as string;
  let exact = true;
  if (typeof d.value !== 'string') {
    if (isAbsurd(d.value)) return null;
    ({ value, exact } = toNumber(d.value));
    if (!Number.isFinite(value)) return null;
  }
  // A date's value is its ISO string, every other kind's a number (the drafts keep that pairing).
  const q = { text: text.slice(d.start, d.end), start: d.start, end: d.end, kind: d.kind, value, unit: d.unit } as Quantity;
  if (!exact) q.exact = false;
  if (d.per !== undefined) q.per = d.per;
  if (d.upper !== undefined) {
    if (isAbsurd(d.upper)) return null;
    const upper = toNumber(d.upper);
    if (!Number.isFinite(upper.value)) return null;
    q.upper = upper.value;
    if (!upper.exact) q.exact = false;
  }
  if (d.approx !== undefined) q.approx = d.approx;
  return q;
}
