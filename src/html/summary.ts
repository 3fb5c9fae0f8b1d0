import type { Analysis, Entity } from '../types.js';
import { quantityReading } from './describe.js';
import { classToken as cls, escapeHtml } from './escape.js';
import { ENTITY_SWATCHES, ENTITY_TYPES, QUANTITY_KINDS, QUANTITY_SWATCHES } from './palette.js';

/** Colour keys for every entity type and quantity kind, with this document's counts. */
export function renderLegend(analysis: Analysis): string {
  const entityCounts = countBy(analysis.entities.map((e) => e.type));
  const quantityCounts = countBy(analysis.quantities.map((q) => q.kind));
  const item = (group: 'ent' | 'qty', key: string, label: string, n: number): string =>
    `<li class="${n ? '' : 'none'}"><span class="key ${group} ${group === 'ent' ? 't' : 'k'}-${cls(key)}"></span>${escapeHtml(label)} <b>${n}</b></li>`;
  return [
    '<div class="legend">',
    '<h3>Entities</h3><ul>',
    ...ENTITY_TYPES.map((t) => item('ent', t, ENTITY_SWATCHES[t].label, entityCounts.get(t) ?? 0)),
    '</ul><h3>Quantities</h3><ul>',
    ...QUANTITY_KINDS.map((k) => item('qty', k, QUANTITY_SWATCHES[k].label, quantityCounts.get(k) ?? 0)),
    '</ul></div>',
  ].join('');
}

/** Entities grouped by type and name (with how often each occurs), then every quantity in order. */
export function renderSummary(analysis: Analysis): string {
  const groups = new Map<string, { entity: Entity; count: number }>();
  for (const e of analysis.entities) {
    const key = `${e.type}\u0000${e.canonical ?? e.text}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { entity: e, count: 1 });
  }
  const order = (t: string): number => {
    const i = ENTITY_TYPES.indexOf(t as Entity['type']);
    return i < 0 ? ENTITY_TYPES.length : i;
  };
  const entityRows = [...groups.values()]
    .sort((a, b) => order(a.entity.type) - order(b.entity.type) || b.count - a.count)
    .map(({ entity: e, count }) =>
      `<tr><td><span class="key ent t-${cls(e.type)}"></span>${escapeHtml(e.type)}</td>` +
      `<td>${escapeHtml(e.canonical ?? e.text)}</td><td class="n">${count}</td></tr>`,
    );
  const quantityRows = analysis.quantities.map(
    (q) =>
      `<tr><td><span class="key qty k-${cls(q.kind)}"></span>${escapeHtml(q.kind)}</td>` +
      `<td>${escapeHtml(q.text)}</td><td>${escapeHtml(quantityReading(q))}</td></tr>`,
  );
  return [
    `<table class="entities"><caption>Entities (${analysis.entities.length})</caption>`,
    '<thead><tr><th>type</th><th>name</th><th>count</th></tr></thead><tbody>',
    ...(entityRows.length ? entityRows : ['<tr><td colspan="3" class="empty">none found</td></tr>']),
    '</tbody></table>',
    `<table class="quantities"><caption>Quantities (${analysis.quantities.length})</caption>`,
    '<thead><tr><th>kind</th><th>text</th><th>normalized</th></tr></thead><tbody>',
    ...(quantityRows.length ? quantityRows : ['<tr><td colspan="3" class="empty">none found</td></tr>']),
    '</tbody></table>',
  ].join('');
}

function countBy(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
