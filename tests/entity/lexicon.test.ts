import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, DictFormatError } from '../../src/index.js';
import { ANCHOR_START, builtinSegmenterWords, FREE_START, loadEntityLexicon, NAME_START, OPENS_ALONE, OPENS_ANY, OPENS_FREE, SINGLE_START } from '../../src/lexicon/entities.js';
import { opensProvince } from '../../src/lexicon/province-names.js';
import { expectInvariants } from '../helpers/invariants.js';

const here = '[entity/lexicon] ';
const tmp = mkdtempSync(join(tmpdir(), 'zh-analyze-dict-'));

describe('user dictionaries', () => {
  it(`${here}an in-memory entry wins over the built-in one and is marked user`, () => {
    const az = createAnalyzer({ dictionaries: [{ name: 'mine', entries: [{ name: '兰州新区', type: 'project', canonical: '新区工程' }] }] });
    const input = '兰州新区今年开工。';
    const result = az.analyze(input);
    expectInvariants(result, input);
    expect(result.entities[0]).toMatchObject({ text: '兰州新区', type: 'project', source: 'user', canonical: '新区工程', rule: 'mine' });
  });

  it(`${here}a file dictionary gives names, aliases and canonical names`, () => {
    const file = join(tmp, 'user.tsv');
    writeFileSync(file, '# columns: name\ttype\t[canonical]\t[aliases]\n青川智造园\tzone\t青川县智能制造产业园\t青川智园\n');
    const result = createAnalyzer({ dictionaries: [file] }).analyze('青川智园与青川智造园是一处。');
    expect(result.entities.map((e) => [e.text, e.canonical, e.source])).toEqual([
      ['青川智园', '青川县智能制造产业园', 'user'],
      ['青川智造园', '青川县智能制造产业园', 'user'],
    ]);
  });

  it(`${here}names such as __proto__ and constructor work like any other`, () => {
    const az = createAnalyzer({ dictionaries: [{ entries: [{ name: '__proto__', type: 'enterprise' }, { name: 'constructor', type: 'organization' }] }] });
    const result = az.analyze('__proto__ 和 constructor');
    expect(result.entities.map((e) => [e.text, e.type])).toEqual([['__proto__', 'enterprise'], ['constructor', 'organization']]);
  });

  it(`${here}a malformed line names the file and the line`, () => {
    const file = join(tmp, 'bad.tsv');
    writeFileSync(file, '# header\n好名字\tzone\n坏名字\tcountry\n');
    expect(() => createAnalyzer({ dictionaries: [file] })).toThrow(DictFormatError);
    expect(() => createAnalyzer({ dictionaries: [file] })).toThrow(`${file}:3`);
    const noType = join(tmp, 'short.tsv');
    writeFileSync(noType, '只有名字\n');
    expect(() => createAnalyzer({ dictionaries: [noType] })).toThrow(/short\.tsv:1/);
    expect(() => createAnalyzer({ dictionaries: [{ name: 'mem', entries: [{ name: '', type: 'zone' }] }] })).toThrow(/mem:1/);
  });

  it(`${here}user dictionaries belong to their analyzer`, () => {
    createAnalyzer({ dictionaries: [{ entries: [{ name: '甲乙丙丁公司', type: 'enterprise' }] }] });
    const plain = createAnalyzer();
    expect(plain.analyze('甲乙丙丁公司').entities.every((e) => e.source !== 'user')).toBe(true);
  });

  it(`${here}a 100,000-entry dictionary loads and matches`, () => {
    const entries = Array.from({ length: 100_000 }, (_, i) => ({ name: `测试名称${i.toString(36)}号`, type: 'enterprise' as const }));
    const lex = loadEntityLexicon(false, [{ entries }]);
    expect(lex.user?.size).toBe(100_000);
    expect(lex.user?.get('测试名称zz号')?.type).toBe('enterprise');
  });
});

describe('built-in dictionary', () => {
  it(`${here}segmenter words are one memoized frozen array`, () => {
    const words = builtinSegmenterWords();
    expect(Object.isFrozen(words)).toBe(true);
    expect(builtinSegmenterWords()).toBe(words);
    expect(words).toContain('兰州新区');
  });

  it(`${here}the units that open a province (and only those) are marked in the province table`, () => {
    const provinces = loadEntityLexicon(true, []).provinces;
    const flagged = (c: string): boolean => opensProvince(provinces, c.charCodeAt(0));
    expect(['甘肃', '湖南', '黑龙江', '北京', '香港', '吉林', '内蒙古', '新疆'].filter((p) => !flagged(p))).toEqual([]);
    expect(['成都', '兰州', '长沙', '苏州', '深圳'].filter((p) => flagged(p))).toEqual([]);
    expect(loadEntityLexicon(false, []).provinces.some((bits) => bits !== 0)).toBe(false);
  });

  it(`${here}the openers table says of every unit what the start flags say (built-in and user names)`, () => {
    for (const lex of [loadEntityLexicon(true, []), loadEntityLexicon(false, [{ entries: [{ name: '甲', type: 'enterprise' }, { name: '乙丙丁戊', type: 'enterprise' }, { name: '己庚', type: 'place' }] }])]) {
      const flags = lex.rules.charFlags;
      const wrong: number[] = [];
      for (let c = 0; c < 0x10000; c++) {
        const f = flags[c] as number;
        const want = (f & NAME_START) === 0 ? 0 : OPENS_ANY | ((f & (FREE_START | ANCHOR_START)) === FREE_START ? OPENS_FREE : 0) | ((f & SINGLE_START) !== 0 ? OPENS_ALONE : 0);
        if (lex.openers[c] !== want) wrong.push(c);
      }
      expect(wrong).toEqual([]);
      expect(lex.openers.some((o) => o !== 0)).toBe(true);
    }
    const user = loadEntityLexicon(false, [{ entries: [{ name: '甲', type: 'enterprise' }, { name: '乙丙丁戊', type: 'enterprise' }] }]).openers;
    expect([user[0x7532], user[0x4e59]]).toEqual([OPENS_ANY | OPENS_ALONE, OPENS_ANY | OPENS_FREE]);
  });

  it(`${here}the built-in dictionary can be turned off`, () => {
    const result = createAnalyzer({ builtinDictionary: false }).analyze('工信部发文。');
    expect(result.entities.some((e) => e.source === 'dictionary')).toBe(false);
  });
});
