import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, OptionsError, type Keyword } from '../../src/index.js';
import { loadKeywordLexicon } from '../../src/lexicon/keywords.js';
import { expectInvariants } from '../helpers/invariants.js';

const here = '[keywords] ';
const text =
  '某县今年推进数字乡村建设，新建数字乡村服务站42个。数字乡村服务站提供电商培训、农技咨询和快递收发，' +
  '电商培训覆盖农户3000余户。县里还引进冷链物流企业两家，冷链物流网络延伸到村。';

describe('option keywords', () => {
  it(`${here}is off by default: no keywords field, and the result is the one without the option`, () => {
    expect(createAnalyzer().options.keywords).toBe(false);
    const plain = analyze(text);
    expect('keywords' in plain).toBe(false);
    expect(createAnalyzer({ keywords: false }).analyze(text)).toEqual(plain);
  });

  it(`${here}accepts a number, true and an object, and keeps a frozen setting`, () => {
    expect(createAnalyzer({ keywords: 5 }).options.keywords).toEqual({ top: 5, method: 'tfidf' });
    expect(createAnalyzer({ keywords: true }).options.keywords).toEqual({ top: 10, method: 'tfidf' });
    expect(createAnalyzer({ keywords: {} }).options.keywords).toEqual({ top: 10, method: 'tfidf' });
    const setting = createAnalyzer({ keywords: { top: 3, method: 'textrank' } }).options.keywords;
    expect(setting).toEqual({ top: 3, method: 'textrank' });
    expect(Object.isFrozen(setting)).toBe(true);
  });

  it.each([
    [0, /positive whole number, got 0/],
    [-3, /positive whole number, got -3/],
    [2.5, /positive whole number, got 2.5/],
    [Number.NaN, /positive whole number, got NaN/],
    [Number.POSITIVE_INFINITY, /positive whole number, got Infinity/],
    ['10', /must be a boolean, a positive whole number or \{ top\?, method\? \}, got a string/],
    [null, /got null/],
    [[10], /got an array/],
    [new Map(), /got a Map/],
    [{ top: '5' }, /"top" must be a positive whole number, got a string/],
    [{ method: 'rake' }, /"method" must be one of 'tfidf', 'textrank', got "rake"/],
    [{ method: 1 }, /"method" must be one of .* got a number/],
    [{ top: 5, count: 3 }, /unknown key "count"; known: top, method/],
  ])(`${here}refuses %j with an OptionsError`, (value, message) => {
    expect(() => createAnalyzer({ keywords: value as never })).toThrow(OptionsError);
    expect(() => createAnalyzer({ keywords: value as never })).toThrow(message);
  });
});

describe('keywords: tfidf', () => {
  const az = createAnalyzer({ keywords: 10 });
  const lex = loadKeywordLexicon();

  it(`${here}weights are count / all terms × IDF, highest first, the median IDF for unknown terms`, () => {
    const result = az.analyze(text);
    expectInvariants(result, text);
    const keywords = result.keywords as Keyword[];
    expect(keywords.length).toBe(10);
    const every = createAnalyzer({ keywords: 1000 }).analyze(text).keywords as Keyword[];
    const total = every.reduce((sum, k) => sum + k.count, 0);
    for (const k of every) expect(k.weight).toBeCloseTo((k.count / total) * (lex.idf.get(k.term) ?? lex.unknownIdf), 12);
    for (let i = 1; i < keywords.length; i++) expect(keywords[i]!.weight).toBeLessThanOrEqual(keywords[i - 1]!.weight);
    expect(every.slice(0, 10)).toEqual(keywords);
    expect(keywords.find((k) => k.term === '冷链')).toMatchObject({ count: 2 });
  });

  it(`${here}the IDF of an unknown term is jieba's median`, () => {
    const values = [...lex.idf.values()].sort((a, b) => a - b);
    expect(lex.unknownIdf).toBe(values[values.length >> 1]);
    expect(lex.idf.get('经济')).toBeGreaterThan(0);
    expect(lex.stopWords.has('我们')).toBe(true);
  });

  it(`${here}top caps the list`, () => {
    const three = createAnalyzer({ keywords: 3 }).analyze(text).keywords as Keyword[];
    expect(three).toEqual((az.analyze(text).keywords as Keyword[]).slice(0, 3));
  });

  it(`${here}is the same on every call and leaves tokens, quantities and entities as without it`, () => {
    const first = az.analyze(text);
    expect(az.analyze(text)).toEqual(first);
    const { keywords: _, ...rest } = first;
    expect(rest).toEqual(analyze(text));
  });
});

describe('keywords: textrank', () => {
  const tr = createAnalyzer({ keywords: { top: 8, method: 'textrank' } });

  it(`${here}ranks nouns, verbs and entities; the top one has weight 1`, () => {
    const result = tr.analyze(text);
    expectInvariants(result, text);
    const keywords = result.keywords as Keyword[];
    expect(keywords.length).toBeGreaterThan(3);
    expect(keywords.length).toBeLessThanOrEqual(8);
    expect(keywords[0]!.weight).toBe(1);
    for (const k of keywords) expect(k.weight).toBeGreaterThan(0);
    for (let i = 1; i < keywords.length; i++) expect(keywords[i]!.weight).toBeLessThanOrEqual(keywords[i - 1]!.weight);
    const terms = keywords.map((k) => k.term);
    expect(terms).toContain('乡村');
    for (const never of ['42个', '3000余户', '两家', '今年', '和']) expect(terms).not.toContain(never);
  });

  it(`${here}tags are taken off the tokens unless the pos option is on`, () => {
    const plain = tr.analyze(text);
    expect(plain.tokens.some((t) => 'pos' in t)).toBe(false);
    const tagged = createAnalyzer({ keywords: { method: 'textrank' }, pos: true }).analyze(text);
    expect(tagged.tokens.every((t) => typeof t.pos === 'string')).toBe(true);
    expect(tagged.tokens.map((t) => t.text)).toEqual(plain.tokens.map((t) => t.text));
  });

  it(`${here}a text without nouns or verbs has none`, () => {
    expect(tr.analyze('').keywords).toEqual([]);
    expect(tr.analyze('2024年3月，12.5%。').keywords).toEqual([]);
  });
});

describe('keywords: pathological input', () => {
  it(`${here}a long text of one repeated term, and one of many numbers, run to completion with both methods`, () => {
    const repeated = '储能'.repeat(20000);
    const numbers = Array.from({ length: 3000 }, (_, i) => `第${i}批${i * 7}万元`).join('，');
    for (const method of ['tfidf', 'textrank'] as const) {
      const az = createAnalyzer({ keywords: { top: 5, method } });
      for (const input of [repeated, numbers]) {
        const result = az.analyze(input);
        expect(result.keywords!.length).toBeLessThanOrEqual(5);
        for (const k of result.keywords!) expect(Number.isFinite(k.weight)).toBe(true);
      }
    }
  });
});
