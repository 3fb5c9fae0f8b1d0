import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DictFormatError } from '../../src/index.js';
import { buildQuantityLexicon, CharTrie } from '../../src/lexicon/quantities.js';
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

describe('CharTrie', () => {
  it(`${here}finds the longest key forwards, its end and value with nothing allocated`, () => {
    const trie = new CharTrie<string>();
    trie.set('万', 'a');
    trie.set('万吨', 'b');
    const text = '3万吨钢';
    const node = trie.find(text, 1);
    expect([trie.endOf(node, 1), trie.valueOf(node)]).toEqual([3, 'b']);
    expect(trie.end(text, 1)).toBe(3);
    expect(trie.match(text, 1)).toEqual({ at: 3, value: 'b' });
    expect([trie.find(text, 0), trie.end(text, 0), trie.match(text, 0)]).toEqual([0, -1, null]);
  });

  it(`${here}a reversed trie finds the longest key ending at a position, and its start`, () => {
    const trie = new CharTrie<string>(true);
    trie.set('约', 'about');
    trie.set('大约', 'around');
    const text = '大约3万';
    const node = trie.find(text, 2);
    expect([trie.endOf(node, 2), trie.valueOf(node)]).toEqual([0, 'around']);
    expect(trie.match(text, 2)).toEqual({ at: 0, value: 'around' });
    expect(trie.end(text, 3)).toBe(-1);
  });
});
