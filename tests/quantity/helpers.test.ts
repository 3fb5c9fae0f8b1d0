import { describe, expect, it } from 'vitest';
import { parseNumber, toArabicNumerals } from '../../src/index.js';

const here = '[quantity/helpers] ';

describe('parseNumber()', () => {
  it.each([
    ['十三万九千二百六十', 139260],
    ['2.3万亿', 2300000000000],
    ['壹仟玖佰', 1900],
    ['二〇二四', 2024],
    ['二零二四', 2024],
    ['2.01万', 20100],
    ['1.1万', 11000],
    ['3.3亿', 330000000],
    ['0.07万', 700],
    ['1,234.5', 1234.5],
    ['１２３４', 1234],
    ['十', 10],
    ['一万三', 13000],
    ['一千零一', 1001],
    ['三十六亿五千零七万', 3650070000],
    ['三兆七十一亿二万六千三', 3007100026300],
    ['負三十二', -32],
    ['兩千億', 200000000000],
    ['柒佰捌拾', 780],
    ['三千万点六六七七', 30000000.6677],
    ['零点五', 0.5],
    ['3万4000', 34000],
    ['1千零20', 1020],
    // Arabic numbers without a thousands group are read straight from the text: a point, the small
    // full stop, leading zeros, and more than 15 digits (read exactly, then rounded once).
    ['0.05', 0.05],
    ['3﹒2', 3.2],
    ['007', 7],
    ['123456789012345', 123456789012345],
    ['12345678901234.56', 12345678901234.56],
    ['1234567890123456789', 1234567890123456800],
  ])(`${here}%s -> %s`, (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(['', '万', '亿元', 'abc', '三四', '十三万元', '1.2.3'])(`${here}%j is not one numeral`, (text) => {
    expect(parseNumber(text)).toBeNull();
  });

  it(`${here}gives a finite number or null for absurd magnitudes`, () => {
    for (const text of ['一万亿亿亿亿', '一' + '亿'.repeat(60), '9'.repeat(400), '1' + '万'.repeat(200)]) {
      const v = parseNumber(text);
      expect(v === null || Number.isFinite(v), `${here}${text.slice(0, 20)}`).toBe(true);
    }
  });

  it(`${here}returns null for what is not a string`, () => {
    expect(parseNumber(42 as unknown as string)).toBeNull();
  });
});

describe('toArabicNumerals()', () => {
  it.each([
    ['二〇二三年十月投资十三万九千二百六十元', '2023年10月投资139260元'],
    ['增长百分之十二，共三个项目', '增长百分之12，共3个项目'],
    ['進一步統一思想，一體化發展', '進一步統一思想，一體化發展'],
    ['“十四五”期间，第一书记', '“十四五”期间，第一书记'],
    ['兩千億元', '200000000000元'],
    ['第三套，第二百五十', '第3套，第250'],
    ['建设三四个园区', '建设3-4个园区'],
    ['没有数字的句子', '没有数字的句子'],
    ['', ''],
  ])(`${here}%s`, (input, output) => {
    expect(toArabicNumerals(input)).toBe(output);
  });
});
