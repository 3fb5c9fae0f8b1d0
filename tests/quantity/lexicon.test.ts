import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DictFormatError } from '../../src/index.js';
import { buildQuantityLexicon } from '../../src/lexicon/quantities.js';
import { parseTsv } from '../../src/lexicon/tsv.js';

const here = '[quantity/lexicon] ';
const dir = join(__dirname, '..', '..', 'dict', 'quantity');

function readerWith(overrides: Record<string, string>) {
  return (name: string, min: number, max: number) =>
    parseTsv(overrides[name] ?? readFileSync(join(dir, name), 'utf8'), name, min, max);
}

describe('dict/quantity', () => {
  it.each(readdirSync(dir).filter((f) => f.endsWith('.tsv')))(`${here}%s is sorted, without duplicate lines, with a header`, (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    expect(text.startsWith('#'), `${here}${file} header`).toBe(true);
    const rows = text.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(rows, `${here}${file} sorted`).toEqual([...rows].sort());
    expect(new Set(rows).size, `${here}${file} duplicates`).toBe(rows.length);
  });

  it(`${here}a bad role in numerals.tsv throws DictFormatError with its line`, () => {
    const read = readerWith({ 'numerals.tsv': '# header\n一\tdigit\t1\tplain\n二\tcolour\t2\tplain\n' });
    expect(() => buildQuantityLexicon(read)).toThrow(DictFormatError);
    expect(() => buildQuantityLexicon(read)).toThrow(/numerals\.tsv:3/);
  });

  it(`${here}a bad license in ambiguous.tsv throws DictFormatError`, () => {
    const read = readerWith({ 'ambiguous.tsv': '# header\n度\tmeasure\tkWh\tsometimes\t1\n' });
    expect(() => buildQuantityLexicon(read)).toThrow(/ambiguous\.tsv:2: unknown license/);
  });

  it(`${here}a missing column throws DictFormatError`, () => {
    const read = readerWith({ 'units.tsv': '# header\n吨\tt\n' });
    expect(() => buildQuantityLexicon(read)).toThrow(DictFormatError);
  });
});
