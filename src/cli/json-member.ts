/**
 * The JSON text of one member of a JSON object, as written: JSON.parse rounds an integer above 2^53
 * and turns 1e400 into Infinity, so the CLI echoes a JSONL line's `id` from its source text instead.
 * `source` must be valid JSON (the caller has parsed it already); a linear scan, no regex.
 */

const SPACE = new Set([' ', '\t', '\n', '\r']);

/** The text of the last member named `name` of the object `source` (JSON.parse keeps the last too), whitespace outside strings removed. */
export function memberText(source: string, name: string): string | undefined {
  let i = skipSpace(source, 0);
  if (source[i] !== '{') return undefined;
  let found: string | undefined;
  i = skipSpace(source, i + 1);
  while (source[i] === '"') {
    const keyEnd = stringEnd(source, i);
    const key = JSON.parse(source.slice(i, keyEnd)) as string;
    i = skipSpace(source, skipSpace(source, keyEnd) + 1); // past the colon
    const valueEnd = valueEndAt(source, i);
    if (key === name) found = compact(source.slice(i, valueEnd));
    i = skipSpace(source, valueEnd);
    if (source[i] !== ',') break;
    i = skipSpace(source, i + 1);
  }
  return found;
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && SPACE.has(s[i] as string)) i++;
  return i;
}

/** Index just past the string that opens at `i`. */
function stringEnd(s: string, i: number): number {
  for (let k = i + 1; k < s.length; k++) {
    if (s[k] === '\\') k++;
    else if (s[k] === '"') return k + 1;
  }
  return s.length;
}

/** Index just past the value that starts at `i`. */
function valueEndAt(s: string, i: number): number {
  const first = s[i];
  if (first === '"') return stringEnd(s, i);
  if (first === '{' || first === '[') {
    let depth = 0;
    for (let k = i; k < s.length; k++) {
      const c = s[k];
      if (c === '"') k = stringEnd(s, k) - 1;
      else if (c === '{' || c === '[') depth++;
      else if ((c === '}' || c === ']') && --depth === 0) return k + 1;
    }
    return s.length;
  }
  let k = i;
  while (k < s.length && !SPACE.has(s[k] as string) && s[k] !== ',' && s[k] !== '}' && s[k] !== ']') k++;
  return k;
}

/** `text` without the whitespace between tokens (a lone CR is JSON whitespace; no output line may hold one). */
function compact(text: string): string {
  let out = '';
  let from = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text[k] as string;
    if (c === '"') k = stringEnd(text, k) - 1;
    else if (SPACE.has(c)) {
      out += text.slice(from, k);
      from = k + 1;
    }
  }
  return out + text.slice(from);
}
