import { InputError } from '../errors.js';
import type { Analysis } from '../types.js';
import { entityTip, quantityTip } from './describe.js';
import { classToken, escapeHtml } from './escape.js';
import { linkFacts, renderFactsTable } from './facts.js';
import { markText, type MarkSpan } from './marks.js';
import { STYLES } from './styles.js';
import { renderLegend, renderSummary } from './summary.js';

export interface HtmlOptions {
  /** The page title. Default: `zh-analyze`. */
  title?: string;
  /** A heading per document, e.g. file names; used when several analyses are rendered. Default: `Document 1`, `Document 2`, … */
  headings?: readonly string[];
}

/**
 * A self-contained HTML page (inline CSS, no scripts, nothing loaded) showing the text of each
 * analysis with every entity and quantity highlighted: colours by type with a legend, the
 * normalized value, unit and canonical name in a tooltip on hover, and beside the text the facts
 * and a summary table. Hovering or focusing a figure (or a row of the facts table) marks its
 * indicator, subject and time in the text. Every piece of text is escaped. Pure: the same analyses
 * give the same string.
 */
export function renderHtml(analysis: Analysis | readonly Analysis[], options: HtmlOptions = {}): string {
  const docs = analysesOf(analysis);
  const title = options.title ?? 'zh-analyze';
  const entities = docs.reduce((n, d) => n + d.entities.length, 0);
  const quantities = docs.reduce((n, d) => n + d.quantities.length, 0);
  const facts = docs.reduce((n, d) => n + (d.facts?.length ?? 0), 0);
  const rendered = docs.map((doc, i) => renderDocument(doc, i, docs.length > 1 || options.headings ? (options.headings?.[i] ?? `Document ${i + 1}`) : null));
  const factRules = rendered.map((r) => r.css).filter((css) => css !== '');
  return [
    '<!DOCTYPE html>',
    '<html lang="zh"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLES}${factRules.length ? `${factRules.join('\n')}\n` : ''}</style></head><body>`,
    `<header><h1>${escapeHtml(title)}</h1>`,
    `<p>${docs.length} document${docs.length === 1 ? '' : 's'} · ${entities} entities · ${quantities} quantities · ${facts} facts · ` +
      'hover a highlight for its normalized reading; hover or focus a figure to mark its indicator, subject and time</p></header>',
    ...rendered.map((r) => r.html),
    '</body></html>',
    '',
  ].join('\n');
}

const EXPECTED = 'renderHtml() expects an Analysis (the result of analyze()) or an array of them';

/** The analyses to render; InputError for anything else. */
function analysesOf(analysis: unknown): readonly Analysis[] {
  let docs: readonly unknown[];
  try {
    docs = Array.isArray(analysis) ? [...(analysis as unknown[])] : [analysis];
  } catch {
    throw new InputError(analysis, EXPECTED); // a revoked Proxy
  }
  for (const doc of docs) checkAnalysis(doc);
  return docs as readonly Analysis[];
}

/** Throws InputError unless `doc` has the shape of an Analysis (a getter that throws, a revoked Proxy: InputError too). */
function checkAnalysis(doc: unknown): void {
  let ok = false;
  try {
    const d = doc as Partial<Record<keyof Analysis, unknown>> | null;
    ok =
      typeof d === 'object' &&
      d !== null &&
      typeof d.text === 'string' &&
      Array.isArray(d.tokens) &&
      Array.isArray(d.quantities) &&
      Array.isArray(d.entities) &&
      (d.facts === undefined || Array.isArray(d.facts));
  } catch {
    ok = false;
  }
  if (!ok) throw new InputError(doc, EXPECTED);
}

function renderDocument(doc: Analysis, index: number, heading: string | null): { html: string; css: string } {
  const id = (prefix: string, n: number): string => `d${index}-${prefix}${n}`;
  const withFacts: Analysis = { ...doc, facts: doc.facts ?? [] }; // tolerates a result saved before facts existed
  const links = linkFacts(withFacts, index);
  const tips: [string, string][] = [
    ...doc.entities.map((e, n): [string, string] => [id('e', n), entityTip(e)]),
    ...doc.quantities.map((q, n): [string, string] => [id('q', n), quantityTip(q)]),
  ];
  const spans: MarkSpan[] = [
    ...doc.entities.map((e, n) => mark(e, id('e', n), 'ent', `t-${classToken(e.type)}`, e.type, entityTip(e), links.entityClasses[n])),
    ...doc.quantities.map((q, n) => mark(q, id('q', n), 'qty', `k-${classToken(q.kind)}`, q.kind, quantityTip(q), links.quantityClasses[n])),
    ...links.indicatorMarks,
  ];
  const html = [
    `<section class="doc" id="doc-${index}">`,
    heading === null ? '' : `<h2>${escapeHtml(heading)}</h2>`,
    '<div class="layout">',
    `<p class="text" lang="zh">${markText(doc.text, spans)}</p>`,
    tipList(tips),
    `<aside>${renderLegend(doc)}${renderFactsTable(withFacts, index)}${renderSummary(doc)}</aside>`,
    '</div></section>',
  ].join('');
  return { html, css: links.css };
}

/** The tooltip texts as hidden elements: each highlight's accessible description (aria-describedby). */
function tipList(tips: readonly [string, string][]): string {
  if (tips.length === 0) return '';
  return `<div class="tips" hidden>${tips.map(([id, tip]) => `<span id="tip-${id}">${escapeHtml(tip).replace(/\n/g, '; ')}</span>`).join('')}</div>`;
}

function mark(
  span: { start: number; end: number },
  id: string,
  group: 'ent' | 'qty',
  colour: string,
  type: string,
  tip: string,
  factClasses: readonly string[] = [],
): MarkSpan {
  // Every highlight is focusable (its first piece): Tab and a tap reach its tooltip (:focus), and a
  // figure's focus marks its fact. Its tooltip text is its accessible description too (tipList).
  const focus = (piece: number): string => (piece === 0 ? ` aria-describedby="tip-${id}" tabindex="0"` : '');
  const attrs = `data-span="${id}" data-type="${escapeHtml(type)}" data-tip="${escapeHtml(tip).replace(/\n/g, '&#10;')}"`;
  const extra = factClasses.map((c) => ` ${c}`).join('');
  return {
    start: span.start,
    end: span.end,
    open: (piece) => `<mark class="hl ${group} ${colour}${extra}${piece ? ' cont' : ''}" ${attrs}${focus(piece)}>`,
  };
}
