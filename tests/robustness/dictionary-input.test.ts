import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, DictFormatError, DictReadError, type DictionaryEntry } from '../../src/index.js';
import { MAX_NAME_LENGTH } from '../../src/lexicon/entity-dict.js';
import { NameTrie } from '../../src/lexicon/name-trie.js';
import { expectInvariants } from '../helpers/invariants.js';

const here = '[robustness/dictionary-input] ';
const HEADER = '# columns: name\ttype\t[canonical]\t[aliases]\n';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zh-analyze-dict-input-'));
});

function thrown(load: () => unknown): Error & { file?: string; line?: number; code?: string } {
  try {
    load();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

function fileDictionary(name: string, content: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

const memory = (entries: unknown[]) => () => createAnalyzer({ dictionaries: [{ name: 'mem', entries: entries as DictionaryEntry[] }] });

describe('dictionary files corrupted in silence are refused with file and line', () => {
  it(`${here}CR-only line ends`, () => {
    const file = fileDictionary('cr.tsv', `${HEADER}青禾岭光谷\tzone\r白鹭滩数谷\tzone\r`.replace('\n', '\r'));
    const error = thrown(() => createAnalyzer({ dictionaries: [file] }));
    expect(error).toBeInstanceOf(DictFormatError);
    expect(error).toMatchObject({ file, line: 1 });
    expect(error.message).toMatch(/a CR inside the line: save the file with LF/);
  });

  it(`${here}a GBK file (not UTF-8), at the line of the first bad byte`, () => {
    const gbk = Buffer.from([0xc7, 0xe0, 0xba, 0xcc, 0xc1, 0xeb]); // 青禾岭 in GBK
    const file = fileDictionary('gbk.tsv', Buffer.concat([Buffer.from(`${HEADER}白鹭滩数谷\tzone\n`), gbk, Buffer.from('\tzone\n')]));
    const error = thrown(() => createAnalyzer({ dictionaries: [file] }));
    expect(error).toBeInstanceOf(DictFormatError);
    expect(error).toMatchObject({ file, line: 3 });
    expect(error.message).toContain(`${file}:3: not UTF-8 text (byte 0 of the line)`);
  });

  it.each([
    ['NUL', '\u0000'],
    ['BEL', '\u0007'],
    ['DEL', '\u007f'],
    ['a C1 control', '\u0085'],
    ['U+2028', '\u2028'],
    ['U+2029', '\u2029'],
  ])(`${here}a canonical name holding %s, in a file`, (_, control) => {
    const file = fileDictionary('control.tsv', `${HEADER}青禾岭光谷\tzone\t青禾岭${control}光谷\n`);
    const error = thrown(() => createAnalyzer({ dictionaries: [file] }));
    expect(error).toBeInstanceOf(DictFormatError);
    expect(error).toMatchObject({ file, line: 2 });
    expect(error.message).toMatch(/the canonical name .* holds a control character/);
  });

  it.each([
    ['a canonical with LF', { name: '青禾岭光谷', type: 'zone', canonical: '青禾岭\n光谷' }, /canonical name .* control character/],
    ['a canonical with NUL', { name: '青禾岭光谷', type: 'zone', canonical: '青禾岭光谷\u0000' }, /canonical name .* control character/],
    ['a name with a tab', { name: '青禾岭\t光谷', type: 'zone' }, /the name .* control character/],
    ['an alias with U+2028', { name: '青禾岭光谷', type: 'zone', aliases: ['青禾\u2028岭'] }, /the name .* control character/],
    ['a lone surrogate', { name: '青禾岭\ud800光谷', type: 'zone' }, /lone surrogate/],
    ['type as an array', { name: '青禾岭光谷', type: ['zone'] }, /`type` must be a string, got an array/],
    ['type missing', { name: '青禾岭光谷' }, /`type` must be a string, got undefined/],
    ['a blank name', { name: '  ', type: 'zone' }, /the name "" is empty/],
  ])(`${here}in memory: %s, at the entry's 1-based index`, (_, entry, message) => {
    const error = thrown(memory([{ name: '白鹭滩数谷', type: 'zone' }, entry]));
    expect(error).toBeInstanceOf(DictFormatError);
    expect(error).toMatchObject({ file: 'mem', line: 2 });
    expect(error.message).toMatch(message);
  });

  it(`${here}names and canonical names are trimmed (documented normalization): no untrimmed canonical`, () => {
    const az = createAnalyzer({
      dictionaries: [{ entries: [{ name: ' 青禾岭光谷 ', type: 'zone' }, { name: '白鹭滩数谷\u3000', type: 'zone', canonical: '  白鹭滩数字谷  ' }] }],
    });
    const found = az.analyze('青禾岭光谷与白鹭滩数谷签约。').entities.filter((e) => e.source === 'user');
    expect(found.map((e) => [e.text, e.canonical])).toEqual([
      ['青禾岭光谷', '青禾岭光谷'],
      ['白鹭滩数谷', '白鹭滩数字谷'],
    ]);
  });

  it(`${here}a missing dictionary file is a DictReadError naming the file, not a format error at "line 0"`, () => {
    const file = join(dir, 'no-such-names.tsv');
    const error = thrown(() => createAnalyzer({ dictionaries: [file] }));
    expect(error).toBeInstanceOf(DictReadError);
    expect(error).toMatchObject({ file, code: 'ERR_DICT_READ', message: `cannot read dictionary ${file}: no such file` });
    expect(error).not.toBeInstanceOf(DictFormatError);
    expect(thrown(() => createAnalyzer({ dictionaries: [dir] })).message).toBe(`cannot read dictionary ${dir}: is a directory`);
  });
});

describe('long names cannot make matching quadratic', () => {
  it(`${here}a name longer than ${MAX_NAME_LENGTH} characters is refused when the dictionary loads (file and memory)`, () => {
    const long = `${'甲'.repeat(10_000)}乙`;
    const file = fileDictionary('long.tsv', `${HEADER}青禾岭光谷\tzone\n${long}\tenterprise\n`);
    expect(thrown(() => createAnalyzer({ dictionaries: [file] }))).toMatchObject({ file, line: 3, name: 'DictFormatError' });
    const error = thrown(memory([{ name: '青禾岭光谷', type: 'zone', aliases: [`${'甲'.repeat(MAX_NAME_LENGTH)}乙`] }]));
    expect(error).toMatchObject({ file: 'mem', line: 1, name: 'DictFormatError' });
    expect(error.message).toContain(`is ${MAX_NAME_LENGTH + 1} characters long; at most ${MAX_NAME_LENGTH} are allowed`);
    expect(thrown(memory([{ name: '青禾岭光谷', type: 'zone', canonical: '丙'.repeat(MAX_NAME_LENGTH + 1) }])).name).toBe('DictFormatError');
  });

  it(`${here}the worst name the limit allows: the trie reads at most ${MAX_NAME_LENGTH} units per position`, () => {
    const name = `${'甲'.repeat(MAX_NAME_LENGTH - 1)}乙`;
    const trie = new NameTrie<number>();
    trie.add(name, 1);
    trie.add('甲甲', 2);
    let reads = 0;
    const n = 20_000;
    const text = { length: n, charCodeAt: (i: number) => (reads++, i < n ? 0x7532 : NaN) } as unknown as string; // 甲 × n
    let found = 0;
    for (let i = 0; i < n; i++) trie.scan(text, i, () => found++);
    expect(found).toBe(n - 1);
    expect(reads).toBeLessThanOrEqual(n * MAX_NAME_LENGTH);
    // The analyzer with that name runs through 100,000 of the repeated character to the end.
    const az = createAnalyzer({ dictionaries: [{ entries: [{ name, type: 'enterprise' }] }], quantities: false });
    const input = '甲'.repeat(100_000);
    expect(az.analyze(input).entities.filter((e) => e.source === 'user')).toEqual([]);
  });

  // Names from three characters overlap as much as names can: the worst case for a trie walk.
  const unit = fc.constantFrom('甲', '乙', '丙');
  const name = (max: number) => fc.array(unit, { minLength: 1, maxLength: max }).map((u) => u.join(''));
  const text = fc.array(fc.oneof(unit, fc.constantFrom('，', '甲乙丙', '公司')), { maxLength: 400 }).map((u) => u.join(''));

  it(`${here}property: any dictionary loads exactly when every name is within the limit`, () => {
    fc.assert(
      fc.property(fc.array(name(MAX_NAME_LENGTH + 40), { minLength: 1, maxLength: 6 }), (names) => {
        const load = () => createAnalyzer({ dictionaries: [{ entries: names.map((n) => ({ name: n, type: 'enterprise' as const })) }] });
        if (names.every((n) => n.length <= MAX_NAME_LENGTH)) load();
        else expect(load).toThrow(DictFormatError);
      }),
      { numRuns: 60 },
    );
  });

  it(`${here}property: for any names within the limit and any text, a scan reads at most ${MAX_NAME_LENGTH} units per position`, () => {
    fc.assert(
      fc.property(fc.array(name(MAX_NAME_LENGTH), { minLength: 1, maxLength: 8 }), text, (names, input) => {
        const trie = new NameTrie<string>();
        for (const n of names) trie.add(n, n);
        let reads = 0;
        const counted = { length: input.length, charCodeAt: (i: number) => (reads++, input.charCodeAt(i)) } as unknown as string;
        for (let i = 0; i < input.length; i++) trie.scan(counted, i, (end, value) => expect(input.slice(i, end)).toBe(value));
        expect(reads).toBeLessThanOrEqual(input.length * MAX_NAME_LENGTH);
        // And the analyzer with these names gives sound spans, each user entity one of the names.
        const az = createAnalyzer({ dictionaries: [{ entries: names.map((n) => ({ name: n, type: 'enterprise' as const })) }] });
        const result = az.analyze(input);
        expectInvariants(result, input);
        for (const e of result.entities) if (e.source === 'user') expect(names).toContain(e.text);
      }),
      { numRuns: 60 },
    );
  });
});
