const ENTITIES: Readonly<Record<string, string>> = Object.freeze({
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
});

/** Escapes text for use in HTML content and in double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ENTITIES[ch] as string);
}

/** A value reduced to a safe CSS class-name fragment (`zone`, `money`; anything else becomes `_`). */
export function classToken(value: string): string {
  return String(value).replace(/[^a-z0-9_-]/gi, '_');
}
