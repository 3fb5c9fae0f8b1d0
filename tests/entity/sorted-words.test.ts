import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DictFormatError } from '../../src/errors.js';
import { dictPath } from '../../src/lexicon/paths.js';
import { SortedWords } from '../../src/lexicon/sorted-words.js';

const here = '[entity/sorted-words] ';

// towns.tsv and surname-words.tsv are searched over their bytes (src/lexicon/sorted-words.ts): every entry
// must be found, and nothing else.
describe.each(['towns.tsv', 'surname-words.tsv'])(`${here}the list %s`, (file) => {
  const path = dictPath('entities', 'rules', file);
  const entries = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'));
  const set = new Set(entries);
  const words = new SortedWords(path);

  it(`${here}finds every entry`, () => {
    expect(entries.length).toBeGreaterThan(20_000);
    expect(entries.filter((w) => !words.has(w))).toEqual([]);
  });

  it(`${here}finds no prefix, extension or neighbour that is not an entry`, () => {
    const probes: string[] = ['', '镇', '街道', '# columns: name'];
    for (let i = 0; i < entries.length; i += 37) {
      const w = entries[i] as string;
      probes.push(w.slice(0, -1), w.slice(1), `${w}村`, `甲${w}`, `${w}\r`, `${w}𠀀`);
    }
    expect(probes.filter((w) => words.has(w) !== set.has(w))).toEqual([]);
  });
});

describe(`${here}a list file`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'zh-analyze-sorted-words-'));
  const list = (name: string, text: string): SortedWords => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return new SortedWords(path);
  };

  it(`${here}is read with CRLF line ends, astral characters and no final LF`, () => {
    const words = list('ok.tsv', '# a header\r\n# columns: name\r\n乙镇\r\n甲𠀀镇\r\n𠀀乡');
    for (const w of ['乙镇', '甲𠀀镇', '𠀀乡']) expect(words.has(w), w).toBe(true);
    for (const w of ['甲镇', '𠀀', '乡', '# a header']) expect(words.has(w), w).toBe(false);
  });

  it(`${here}throws DictFormatError with the line of an entry out of order, a duplicate, a tab or a blank line`, () => {
    const cases: [string, number][] = [
      ['# columns: name\n甲镇\n乙镇\n', 3],
      ['# columns: name\n甲镇\n甲镇\n', 3],
      ['# columns: name\n甲镇\t1\n', 2],
      ['# columns: name\n甲镇\n\n乙镇\n', 3],
      ['# columns: name\n甲镇 \n', 2],
    ];
    cases.forEach(([text, line], i) => {
      const words = list(`bad-${i}.tsv`, text);
      let error: unknown;
      try {
        words.has('甲镇');
      } catch (e) {
        error = e;
      }
      expect(error, text).toBeInstanceOf(DictFormatError);
      expect((error as DictFormatError).line, text).toBe(line);
    });
  });
});
