import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, OptionsError } from '../../src/index.js';
import { expectInvariants } from '../helpers/invariants.js';

const here = '[quantity/reference-date] ';

/** [input, expected dates as "text=value"] for an analyzer with reference date 2024-11-20. */
const RESOLVED: readonly [string, readonly string[]][] = [
  ['今年全县新增企业200家', ['今年=2024']],
  ['去年完成投资12亿元', ['去年=2023']],
  ['上年全市GDP增长5%', ['上年=2023']],
  ['今年以来，园区签约项目30个', ['今年以来=2024-01/2024-11']],
  ['去年以来累计实现', ['去年以来=2023-01/2024-11']],
  ['今年上半年，全省进出口增长', ['今年上半年=2024-01/2024-06']],
  ['今年前三季度营业收入', ['今年前三季度=2024-01/2024-09']],
  ['今年1至10月，全市规上工业增加值增长', ['今年1至10月=2024-01/2024-10']],
  ['去年四季度以来', ['去年四季度=2023-10/2023-12']],
  ['今年10月正式投产', ['今年10月=2024-10']],
  ['去年底建成，明年完工', ['去年底=2023-12', '明年=2025']],
  ['本年度預算收入', ['本年度=2024']],
  ['特區政府去年度綜合赤字為1,000億港元，今年度預計收窄', ['去年度=2023', '今年度=2024']],
  ['上月全市出口增长5%', ['上月=2024-10']],
  ['本月以来新开工项目12个', ['本月=2024-11']],
  ['下个月将正式开工', ['下个月=2024-12']],
  ['上季度营业收入为8亿元，本季度预计增长', ['上季度=2024-07/2024-09', '本季度=2024-10/2024-12']],
  ['下季度港口吞吐量', ['下季度=2025-01/2025-03']],
  // a month or quarter word must stand alone: 登上月球 names no month
  ['宇航员登上月球', []],
  // comparison bases and vague times are never dates
  ['比上年同期增长6%', []],
  ['较上月同期增长', []],
  ['较去年同期下降', []],
  ['同期相比', []],
  ['近年来，目前，至今年末', []],
];

describe(`${here}resolved against 2024-11-20`, () => {
  const az = createAnalyzer({ referenceDate: '2024-11-20' });
  it.each(RESOLVED)(`${here}%s`, (input, want) => {
    const result = az.analyze(input);
    expectInvariants(result, input);
    const dates = result.quantities.filter((q) => q.kind === 'date').map((q) => `${q.text}=${q.value}`);
    expect(dates, `${here}${input}`).toEqual(want);
  });

  it(`${here}without a reference date, relative times are no quantity`, () => {
    for (const [input] of RESOLVED) {
      const texts = analyze(input).quantities.filter((q) => q.kind === 'date').map((q) => q.text);
      for (const t of texts) expect(/今年|去年|上年|明年|本年|[上下本]个?月|[上下本]季/.test(t), `${here}${input}: ${t}`).toBe(false);
    }
  });

  it(`${here}months and quarters count across the turn of the year`, () => {
    const january = createAnalyzer({ referenceDate: '2025-01-10' });
    expect(january.analyze('上月，上季度，下个月').quantities.map((q) => q.value)).toEqual(['2024-12', '2024-10/2024-12', '2025-02']);
  });

  it(`${here}a Date is read as its local calendar day`, () => {
    const byDate = createAnalyzer({ referenceDate: new Date(2023, 0, 5) });
    expect(byDate.options.referenceDate).toBe('2023-01-05');
    const got = byDate.analyze('今年以来，去年').quantities.map((q) => q.value);
    expect(got).toEqual(['2023-01/2023-01', '2022']);
  });
});

describe(`${here}validation`, () => {
  it.each([
    ['2024-13-01'], ['2024-02-30'], ['2023-02-29'], ['24-11-20'], ['2024-1-5'], ['2024/11/20'], [' 2024-11-20'],
    ['2024-11-20T00:00'], [''], [20241120], [null], [new Date(Number.NaN)], [{ year: 2024 }],
  ])(`${here}%j is an OptionsError`, (value) => {
    expect(() => createAnalyzer({ referenceDate: value as never })).toThrow(OptionsError);
  });

  it(`${here}a valid date is kept as written; none means undefined`, () => {
    expect(createAnalyzer({ referenceDate: '2024-02-29' }).options.referenceDate).toBe('2024-02-29');
    expect(createAnalyzer().options.referenceDate).toBeUndefined();
  });
});
