import { escapeHtml } from './escape.js';

/** A highlight to draw over `text[start, end)`. */
export interface MarkSpan {
  readonly start: number;
  readonly end: number;
  /** The opening tag; `piece` is 0 for the first piece, 1+ when a crossing span had to be split. */
  readonly open: (piece: number) => string;
}

/**
 * The text with every span wrapped in its opening tag and `</mark>`, always well nested. Spans that
 * contain others become the outer element; a span that crosses the end of another is split into
 * pieces (each opened again with a higher `piece`). Spans outside the text are ignored.
 * Runs in O((boundaries + spans) × depth), where depth is how many spans cover one position.
 */
export function markText(text: string, spans: readonly MarkSpan[]): string {
  const valid = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end)
    .map((span, order) => ({ span, order }))
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end || a.order - b.order);
  const rank = new Map(valid.map((v, i) => [v.span, i]));
  const bounds = [...new Set([0, text.length, ...valid.flatMap((v) => [v.span.start, v.span.end])])].sort((a, b) => a - b);
  const pieces = new Map<MarkSpan, number>();
  const out: string[] = [];
  let open: MarkSpan[] = [];
  let active: MarkSpan[] = [];
  let next = 0;
  for (let i = 0; i < bounds.length - 1; i++) {
    const from = bounds[i] as number;
    const to = bounds[i + 1] as number;
    active = active.filter((s) => s.end > from);
    while (next < valid.length && (valid[next] as { span: MarkSpan }).span.start === from) active.push((valid[next++] as { span: MarkSpan }).span);
    active.sort((a, b) => (rank.get(a) as number) - (rank.get(b) as number));
    let keep = 0;
    while (keep < open.length && keep < active.length && open[keep] === active[keep]) keep++;
    for (let k = open.length - 1; k >= keep; k--) out.push('</mark>');
    open = open.slice(0, keep);
    for (const span of active.slice(keep)) {
      const piece = pieces.get(span) ?? 0;
      pieces.set(span, piece + 1);
      out.push(span.open(piece));
      open.push(span);
    }
    out.push(escapeHtml(text.slice(from, to)));
  }
  for (let k = 0; k < open.length; k++) out.push('</mark>');
  return out.join('');
}
