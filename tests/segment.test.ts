import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/index.js';
import { builtinSegmenterWords } from '../src/lexicon/entities.js';
import { dictPath } from '../src/lexicon/paths.js';
import { taughtWordsText } from '../src/segment/jieba.js';
import { expectInvariants } from './helpers/invariants.js';

const here = '[segment] ';
const analyzer = createAnalyzer({ quantities: false, entities: false });
const words = (input: string): string[] => {
  const result = analyzer.analyze(input);
  expectInvariants(result, input);
  return result.tokens.map((t) => t.text);
};

describe('segmentWords', () => {
  it(`${here}keeps numbers whole: years, decimals, thousands, percent, units written in Latin`, () => {
    expect(words('2024年产能达到1,234.5吨，增长6.78%，配备125MN压机')).toMatchInlineSnapshot(`
      [
        "2024年",
        "产能",
        "达到",
        "1,234.5",
        "吨",
        "，",
        "增长",
        "6.78%",
        "，",
        "配备",
        "125MN",
        "压机",
      ]
    `);
  });

  it(`${here}keeps a number's magnitude and a date's characters`, () => {
    expect(words('投资3.5万亿元，12月31日开工')).toMatchInlineSnapshot(`
      [
        "投资",
        "3.5万亿",
        "元",
        "，",
        "12月",
        "31日",
        "开工",
      ]
    `);
  });

  it(`${here}a date character taken from one of jieba's words leaves the rest of it a word of its own`, () => {
    // jieba has 年度预算: the year takes 年, and 度 stands alone before the rest.
    expect(words('全市2023年度预算安排30亿元')).toEqual(['全市', '2023年', '度', '预算', '安排', '30亿', '元']);
    expect(words('高雄市112年度預算編列')).toEqual(['高雄市', '112年', '度', '預算', '編列']);
  });

  it(`${here}keeps Chinese-numeral dates whole`, () => {
    expect(words('二〇二四年十二月三十一日')).toMatchInlineSnapshot(`
      [
        "二〇二四年",
        "十二月",
        "三十一日",
      ]
    `);
  });

  it(`${here}full-width digits and letters stay whole and point into the input`, () => {
    expect(words('ＧＤＰ增长６．５％')).toMatchInlineSnapshot(`
      [
        "ＧＤＰ",
        "增长",
        "６．５％",
      ]
    `);
  });

  it(`${here}segments Traditional text as its Simplified form, tokens in the original script`, () => {
    expect(words('蘭州新區經濟發展')).toMatchInlineSnapshot(`
      [
        "蘭州新區",
        "經濟",
        "發展",
      ]
    `);
  });

  it(`${here}skips whitespace runs and CRLF`, () => {
    expect(words('第一行\r\n\r\n  第二行\t结束 ')).toMatchInlineSnapshot(`
      [
        "第一行",
        "第二行",
        "结束",
      ]
    `);
  });

  it(`${here}punctuation is its own token, a dash or ellipsis run is one mark`, () => {
    expect(words('发展——创新……（完）')).toMatchInlineSnapshot(`
      [
        "发展",
        "——",
        "创新",
        "……",
        "（",
        "完",
        "）",
      ]
    `);
  });

  it(`${here}non-BMP characters are whole tokens`, () => {
    expect(words('😀兰州𠀀')).toMatchInlineSnapshot(`
      [
        "😀",
        "兰州",
        "𠀀",
      ]
    `);
  });

  it(`${here}20+ digit numbers stay one token`, () => {
    expect(words('编号123456789012345678901234结束')).toEqual(['编号', '123456789012345678901234', '结束']);
  });

  it(`${here}part-of-speech tags by option`, () => {
    const tagged = createAnalyzer({ pos: true, quantities: false, entities: false }).analyze('甘肃发展3.5万吨 ok');
    expect(tagged.tokens.map((t) => `${t.text}/${t.pos}`)).toMatchInlineSnapshot(`
      [
        "甘肃/ns",
        "发展/vn",
        "3.5万/m",
        "吨/m",
        "ok/eng",
      ]
    `);
    expect(analyzer.analyze('甘肃').tokens[0]).not.toHaveProperty('pos');
  });

  it(`${here}a taught name with a mark inside is cut at the mark, the Han runs on either side kept whole`, () => {
    // jieba returns 洛克希德·马丁公司 as one word; the runs around · are the rest of it.
    expect(words('洛克希德·马丁公司中标，梅赛德斯-奔驰集团发布')).toEqual(['洛克希德', '·', '马丁公司', '中标', '，', '梅赛德斯', '-', '奔驰集团', '发布']);
  });

  it(`${here}a numeral and its classifier are two words, as the standards write them`, () => {
    expect(words('这一项目有一位专家')).toEqual(['这', '一', '项目', '有', '一', '位', '专家']);
  });
});

describe('the names taught to jieba', () => {
  it(`${here}dict/segment/taught-words.utf8 holds exactly the built-in names jieba is taught (else every name is inserted one by one, slower)`, () => {
    const file = readFileSync(dictPath('segment', 'taught-words.utf8'), 'utf8');
    const expected = taughtWordsText(builtinSegmenterWords());
    // When this fails after an edit of dict/entities/: node --import tsx scripts/dict/build-taught-words.mjs
    expect(file === expected).toBe(true);
    expect(expected.split('\n').length - 1).toBeGreaterThan(5000);
  });

  it(`${here}a name jieba cannot read from a user dictionary line goes through insertWord`, () => {
    expect(taughtWordsText(['兰州新区', 'New Area', '区', '国家电网'])).toBe('兰州新区 nz\n国家电网 nz\n');
  });
});
