/**
 * JSON for people (`idJson`: the JSON text of an id to put first, as written): the top-level fields one per line, and arrays of spans with one span per line,
 * so that a result reads like a table but is still plain JSON (`JSON.parse` gives the same value).
 */
export function formatJson(record: Readonly<Record<string, unknown>>, idJson?: string): string {
  const fields = Object.entries(record)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => {
      const name = JSON.stringify(key);
      if (Array.isArray(value) && value.length > 0) {
        return `  ${name}: [\n${value.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
      }
      return `  ${name}: ${JSON.stringify(value)}`;
    });
  if (idJson !== undefined) fields.unshift(`  "id": ${idJson}`);
  return `{\n${fields.join(',\n')}\n}`;
}
