/**
 * A strict RFC 4180 reader for the tests (independent of src/cli/facts-csv.ts): records end with
 * CRLF, a quoted field may hold commas, CR, LF and doubled quotes; anything else is an error.
 */
export function parseCsv(input: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < input.length) {
    let field = '';
    if (input[i] === '"') {
      i++;
      for (;;) {
        if (i >= input.length) throw new Error('unclosed quoted field');
        if (input[i] === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += input[i++];
      }
    } else {
      while (i < input.length && input[i] !== ',' && input[i] !== '\r' && input[i] !== '\n') {
        if (input[i] === '"') throw new Error(`a quote inside an unquoted field at ${i}`);
        field += input[i++];
      }
    }
    record.push(field);
    if (input[i] === ',') {
      i++;
      continue;
    }
    if (input.startsWith('\r\n', i)) {
      i += 2;
      records.push(record);
      record = [];
      continue;
    }
    throw new Error(`expected a comma or CRLF at ${i}, got ${JSON.stringify(input.slice(i, i + 5))}`);
  }
  if (record.length > 0) throw new Error('the last record does not end with CRLF');
  return records;
}

/** Records as objects keyed by the header row; every record must have as many fields as the header. */
export function csvObjects(input: string): { header: string[]; rows: Record<string, string>[] } {
  const [header, ...records] = parseCsv(input);
  if (!header) throw new Error('no header row');
  for (const r of records) if (r.length !== header.length) throw new Error(`a record of ${r.length} fields, header has ${header.length}`);
  return { header, rows: records.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] as string]))) };
}
