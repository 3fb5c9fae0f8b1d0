import type { Analysis, Fact, Indicator, Span } from '../types.js';
import { quantityReading } from './describe.js';
import { classToken as cls, escapeHtml } from './escape.js';
import type { MarkSpan } from './marks.js';

/**
 * How the facts of one document are drawn. Every fact n of document d has the class `f{d}-{n}`, put
 * on its figure's mark (class `fig`, focusable), its subject's mark (`subj`), its time's mark
 * (`when`), its indicator's mark (`ind`, drawn only for facts) and its row of the facts table
 * (`frow`, focusable). A CSS rule per role lights every element of a fact while one of them is
 * hovered or has keyboard focus (`:has()`), so the page needs no script.
 */
export interface FactLinks {
  /** Extra classes of the mark of `entities[i]`. */
  readonly entityClasses: readonly string[][];
  /** Extra classes of the mark of `quantities[i]`; `fig` makes it focusable. */
  readonly quantityClasses: readonly string[][];
  /** One mark per distinct indicator span. */
  readonly indicatorMarks: readonly MarkSpan[];
  /** The stylesheet rules that link the parts of each fact. */
  readonly css: string;
}

/** Declarations of a lit part of the hovered or focused fact, by role. */
const LIT: Readonly<Record<'fig' | 'ind' | 'subj' | 'when' | 'frow', string>> = Object.freeze({
  fig: 'outline:2px solid #1d1d1f;outline-offset:1px',
  ind: 'background:#ffe08a;outline:2px solid #b9770e;outline-offset:1px',
  subj: 'outline:2px solid #1f5fa8;outline-offset:1px',
  when: 'outline:2px dashed #6c3483;outline-offset:1px',
  frow: 'background:#fff3c4',
});

export function factClass(doc: number, n: number): string {
  return `f${doc}-${n}`;
}

/** Finds each fact's parts among the document's entities and quantities (by identity, else by span). */
export function linkFacts(analysis: Analysis, doc: number): FactLinks {
  const quantityClasses = analysis.quantities.map((): string[] => []);
  const entityClasses = analysis.entities.map((): string[] => []);
  const quantityAt = indexer(analysis.quantities);
  const entityAt = indexer(analysis.entities);
  const indicators = new Map<string, { span: Indicator; classes: string[] }>();
  const add = (list: string[][], i: number | undefined, role: string, name: string): void => {
    const classes = i === undefined ? undefined : list[i];
    if (!classes) return;
    if (!classes.includes(role)) classes.push(role);
    classes.push(name);
  };
  analysis.facts.forEach((fact, n) => {
    const name = factClass(doc, n);
    add(quantityClasses, quantityAt(fact.value), 'fig', name);
    if (fact.subject) add(entityClasses, entityAt(fact.subject), 'subj', name);
    if (fact.time) add(quantityClasses, quantityAt(fact.time), 'when', name);
    if (fact.indicator) {
      const key = `${fact.indicator.start}:${fact.indicator.end}`;
      const entry = indicators.get(key) ?? { span: fact.indicator, classes: [] };
      entry.classes.push(name);
      indicators.set(key, entry);
    }
  });
  const indicatorMarks = [...indicators.values()].map(({ span, classes }, k): MarkSpan => {
    const tip = `indicator: ${span.text}${span.canonical && span.canonical !== span.text ? `\ncanonical: ${span.canonical}` : ''}`;
    const attrs = `data-span="d${doc}-i${k}" data-tip="${escapeHtml(tip).replace(/\n/g, '&#10;')}"`;
    return { start: span.start, end: span.end, open: (piece) => `<mark class="ind ${classes.join(' ')}${piece ? ' cont' : ''}" ${attrs}>` };
  });
  return { entityClasses, quantityClasses, indicatorMarks, css: factRules(analysis.facts.length, doc) };
}

/** One rule per role, its selector listing every fact of the document. */
function factRules(count: number, doc: number): string {
  if (count === 0) return '';
  return (Object.keys(LIT) as (keyof typeof LIT)[])
    .map((role) => {
      const selectors = Array.from({ length: count }, (_, n) => {
        const name = factClass(doc, n);
        return `.doc:has(.${name}:is(:hover,:focus)) .${role}.${name}`;
      });
      return `${selectors.join(',')}{${LIT[role]}}`;
    })
    .join('\n');
}

/** Position of a span in its array: the very object, or the first one with the same offsets. */
function indexer<T extends Span>(items: readonly T[]): (item: T) => number | undefined {
  const byObject = new Map<T, number>(items.map((item, i) => [item, i]));
  const byOffsets = new Map<string, number>();
  items.forEach((item, i) => {
    const key = `${item.start}:${item.end}`;
    if (!byOffsets.has(key)) byOffsets.set(key, i);
  });
  return (item) => byObject.get(item) ?? byOffsets.get(`${item.start}:${item.end}`);
}

/** The facts table beside the text: value, indicator, subject, time, change; a row lights its fact. */
export function renderFactsTable(analysis: Analysis, doc: number): string {
  const rows = analysis.facts.map((fact, n) => factRow(fact, factClass(doc, n)));
  return [
    `<table class="facts"><caption>Facts (${analysis.facts.length})</caption>`,
    '<thead><tr><th>value</th><th>indicator</th><th>subject</th><th>time</th><th>change</th></tr></thead><tbody>',
    ...(rows.length ? rows : ['<tr><td colspan="5" class="empty">none found</td></tr>']),
    '</tbody></table>',
  ].join('');
}

function factRow(fact: Fact, name: string): string {
  const { value: q, indicator, subject, time, change } = fact;
  const absent = '<td class="empty">—</td>';
  const named = (text: string, canonical: string | undefined): string =>
    escapeHtml(text) + (canonical && canonical !== text ? ` <small>(${escapeHtml(canonical)})</small>` : '');
  const cells = [
    `<td title="${escapeHtml(quantityReading(q))}"><span class="key qty k-${cls(q.kind)}"></span>${escapeHtml(q.text)}</td>`,
    indicator ? `<td>${named(indicator.text, indicator.canonical)}</td>` : absent,
    subject ? `<td><span class="key ent t-${cls(subject.type)}"></span>${named(subject.text, subject.canonical)}</td>` : absent,
    time ? `<td title="${escapeHtml(String(time.value))}">${escapeHtml(time.text)}</td>` : absent,
    change ? `<td class="change ${cls(change)}">${change === 'up' ? '↑ up' : change === 'down' ? '↓ down' : escapeHtml(change)}</td>` : '<td></td>',
  ];
  return `<tr class="frow ${name}" tabindex="0" data-fact="${name}">${cells.join('')}</tr>`;
}
