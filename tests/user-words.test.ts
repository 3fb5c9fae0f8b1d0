import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, DictFormatError, type DictionaryEntry } from '../src/index.js';
import { expectInvariants } from './helpers/invariants.js';

const here = '[user-words] ';
const words = (...names: string[]): { name: string; entries: DictionaryEntry[] } => ({ name: 'words', entries: names.map((name) => ({ name, type: 'word' })) });
const cut = (result: { tokens: { text: string }[] }): string => result.tokens.map((t) => t.text).join('|');

// jieba alone cuts 车路|云, 低空|经济, 智算|中心 and 新质|生产力.
const text = '车路云一体化试点带动智算中心建设，新质生产力加快形成。';

describe('plain words in user dictionaries (type word)', () => {
  it(`${here}join the segmenter's tokens into one, without becoming entities`, () => {
    expect(cut(analyze(text))).toMatchInlineSnapshot(`"车路|云|一体化|试点|带动|智算|中心|建设|，|新质|生产力|加快|形成|。"`);
    const az = createAnalyzer({ dictionaries: [words('车路云', '智算中心')] });
    const result = az.analyze(text);
    expectInvariants(result, text);
    expect(cut(result)).toMatchInlineSnapshot(`"车路云|一体化|试点|带动|智算中心|建设|，|新质|生产力|加快|形成|。"`);
    expect(result.entities).toEqual(analyze(text).entities);
  });

  it(`${here}belong to their analyzer: two analyzers in one process segment differently`, () => {
    const first = createAnalyzer({ dictionaries: [words('车路云')] });
    const second = createAnalyzer({ dictionaries: [words('新质生产力')] });
    for (let round = 0; round < 2; round++) {
      expect(cut(first.analyze(text))).toBe('车路云|一体化|试点|带动|智算|中心|建设|，|新质|生产力|加快|形成|。');
      expect(cut(second.analyze(text))).toBe('车路|云|一体化|试点|带动|智算|中心|建设|，|新质生产力|加快|形成|。');
      expect(cut(analyze(text))).toBe('车路|云|一体化|试点|带动|智算|中心|建设|，|新质|生产力|加快|形成|。');
    }
  });

  it(`${here}a short word joins tokens but never cuts one; from four characters on it cuts where it must`, () => {
    const short = createAnalyzer({ dictionaries: [words('光伏板')] });
    expect(cut(short.analyze('光伏板块走强。'))).toBe('光伏|板块|走强|。');
    expect(cut(short.analyze('屋顶光伏板安装。'))).toContain('光伏板');
    const long = createAnalyzer({ dictionaries: [words('车路云一')] });
    expect(cut(long.analyze(text)).startsWith('车路云一|体化|')).toBe(true);
  });

  it(`${here}the longest word wins; aliases are words too; Traditional input matches the Simplified word`, () => {
    const az = createAnalyzer({ dictionaries: [{ entries: [{ name: '智算', type: 'word' }, { name: '智算中心', type: 'word', aliases: ['车路云'] }] }] });
    expect(cut(az.analyze(text))).toBe('车路云|一体化|试点|带动|智算中心|建设|，|新质|生产力|加快|形成|。');
    const traditional = '車路雲一體化試點帶動智算中心建設。';
    const result = az.analyze(traditional);
    expectInvariants(result, traditional);
    expect(cut(result).startsWith('車路雲|')).toBe(true);
  });

  it(`${here}steer segmentation with the entities stage off, and carry the noun tag with pos on`, () => {
    const off = createAnalyzer({ entities: false, dictionaries: [words('车路云')] });
    expect(cut(off.analyze(text)).startsWith('车路云|')).toBe(true);
    const tagged = createAnalyzer({ pos: true, dictionaries: [words('车路云')] }).analyze(text);
    expect(tagged.tokens[0]).toMatchObject({ text: '车路云', pos: 'n' });
  });

  it(`${here}count as one term for keywords`, () => {
    const az = createAnalyzer({ keywords: 5, dictionaries: [words('新质生产力')] });
    const sentence = '新质生产力是发展的关键，各地培育新质生产力。';
    expect(az.analyze(sentence).keywords?.[0]).toMatchObject({ term: '新质生产力', count: 2 });
  });

  it(`${here}are read from dictionary files with type word, beside entity names`, () => {
    const file = join(mkdtempSync(join(tmpdir(), 'zh-analyze-words-')), 'words.tsv');
    writeFileSync(file, '# columns: name\ttype\t[canonical]\t[aliases]\n车路云\tword\n智算中心\tword\t\t智算园\n青禾岭光谷\tzone\n');
    const result = createAnalyzer({ dictionaries: [file] }).analyze(`${text}青禾岭光谷`);
    expect(cut(result).startsWith('车路云|一体化|试点|带动|智算中心|')).toBe(true);
    expect(result.entities.map((e) => [e.text, e.type, e.source])).toEqual([['青禾岭光谷', 'zone', 'user']]);
  });

  it.each([
    [{ name: '车路云', type: 'word', canonical: '车路云一体化' }, /dictionaries\[0\]:1: a plain word \(type "word"\) has no canonical name/],
    [{ name: '车路 云', type: 'word' }, /the word "车路 云" holds whitespace/],
    [{ name: ' ', type: 'word' }, /the word "" is empty/],
    [{ name: '车路云', type: 'word', aliases: ['a\tb'] }, /holds a control character/],
    [{ name: '车路云', type: 'words' }, /unknown entity type "words"; expected one of .*, word$/],
  ])(`${here}refuses a bad word entry %j with file and line`, (entry, message) => {
    let error: unknown;
    try {
      createAnalyzer({ entities: false, dictionaries: [{ entries: [entry as DictionaryEntry] }] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DictFormatError);
    expect((error as Error).message).toMatch(message);
    expect(() => createAnalyzer({ dictionaries: [{ entries: [entry as DictionaryEntry] }] })).toThrow(message);
  });
});
