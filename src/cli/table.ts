import { quantityReading } from '../html/describe.js';
import type { Analysis, Entity, Fact } from '../types.js';
import { displayWidth, padEnd } from './width.js';

const ENTITY_ORDER = ['agency', 'zone', 'enterprise', 'project', 'organization', 'place', 'person', 'document'];

/** A summary for people: entities by type with counts, quantities with normalized values and units, facts. */
export function formatTable(analysis: Analysis, heading: string): string {
  const lines = [
    `== ${heading} · ${analysis.text.length} characters · ${analysis.tokens.length} tokens`,
    `Entities (${analysis.entities.length})`,
    ...entityLines(analysis.entities),
    `Quantities (${analysis.quantities.length})`,
    ...quantityLines(analysis),
    `Facts (${analysis.facts.length})`,
    ...factLines(analysis.facts),
  ];
  if (analysis.keywords !== undefined) {
    lines.push(`Keywords (${analysis.keywords.length})`, `  ${analysis.keywords.map((k) => `${oneLine(k.term)} ${k.weight.toFixed(3)}`).join(', ') || '(none)'}`);
  }
  return `${lines.join('\n')}\n`;
}

function entityLines(entities: readonly Entity[]): string[] {
  if (entities.length === 0) return ['  (none)'];
  const byType = new Map<string, Map<string, number>>();
  for (const e of entities) {
    const names = byType.get(e.type) ?? new Map<string, number>();
    const name = oneLine(e.canonical ?? e.text);
    names.set(name, (names.get(name) ?? 0) + 1);
    byType.set(e.type, names);
  }
  const rank = (t: string): number => (ENTITY_ORDER.includes(t) ? ENTITY_ORDER.indexOf(t) : ENTITY_ORDER.length);
  const types = [...byType.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const labels = types.map((t) => `${t} ${[...(byType.get(t) as Map<string, number>).values()].reduce((a, b) => a + b, 0)}`);
  const width = Math.max(...labels.map(displayWidth));
  return types.map((t, i) => {
    const names = [...(byType.get(t) as Map<string, number>)]
      .sort((a, b) => b[1] - a[1])
      .map(([name, n]) => (n > 1 ? `${name} ×${n}` : name));
    return `  ${padEnd(labels[i] as string, width)}  ${names.join(', ')}`;
  });
}

function quantityLines(analysis: Analysis): string[] {
  if (analysis.quantities.length === 0) return ['  (none)'];
  const rows = analysis.quantities.map((q) => [q.kind, oneLine(q.text), quantityReading(q)] as const);
  const kindWidth = Math.max(...rows.map((r) => displayWidth(r[0])));
  const textWidth = Math.min(30, Math.max(...rows.map((r) => displayWidth(r[1]))));
  return rows.map(([kind, text, reading]) => `  ${padEnd(kind, kindWidth)}  ${padEnd(text, textWidth)}  ${reading}`);
}

/** A column per part of the facts: the figure as written, change, indicator, subject, time; `—` when absent. */
function factLines(facts: readonly Fact[]): string[] {
  if (facts.length === 0) return ['  (none)'];
  const named = (text: string, canonical: string | undefined): string =>
    oneLine(canonical && canonical !== text ? `${text} (${canonical})` : text);
  const rows = [
    ['value', 'change', 'indicator', 'subject', 'time'],
    ...facts.map((f) => [
      oneLine(f.value.text),
      f.change ?? '—',
      f.indicator ? named(f.indicator.text, f.indicator.canonical) : '—',
      f.subject ? named(f.subject.text, f.subject.canonical) : '—',
      f.time ? oneLine(f.time.text) : '—',
    ]),
  ];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => displayWidth(r[c] as string))));
  return rows.map((r) => `  ${r.map((cell, c) => (c < 4 ? padEnd(cell, widths[c] as number) : cell)).join('  ')}`.trimEnd());
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}
