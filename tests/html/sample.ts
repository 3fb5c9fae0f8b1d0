import type { Analysis, DateQuantity, Entity, Fact, Figure, Quantity } from '../../src/index.js';

/** Offsets of the `nth` occurrence of `needle` in `text`, so hand-made spans are always exact. */
export function at(text: string, needle: string, nth = 0): { text: string; start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`"${needle}" #${nth} not in the sample`);
  }
  return { text: needle, start, end: start + needle.length };
}

/**
 * A hand-made analysis of a short invented news text (the renderer's input, not analyze()'s output),
 * with facts: three of the zone's investment in 2024, two without subject or time, one of the
 * enterprise (its canonical indicator holds markup, to check escaping).
 */
export function sampleAnalysis(): Analysis {
  const text =
    '2024年，成都高新区完成固定资产投资约1436亿元，同比增长6.5%，增速提高1.2个百分点。\n' +
    '省经济和信息化厅与成都高新区管委会签署《数字经济合作协议》，首批引进企业836家，新建厂房5.2平方公里。\n' +
    '通川集团<b>&"试验"</b>计划年产3.5万吨电池材料。';
  const entities: Entity[] = [
    { ...at(text, '成都高新区'), type: 'zone', canonical: '成都高新技术产业开发区', source: 'dictionary' },
    { ...at(text, '省经济和信息化厅'), type: 'agency', source: 'rule', rule: 'agency-suffix' },
    { ...at(text, '成都高新区管委会'), type: 'agency', source: 'rule', rule: 'agency-suffix' },
    { ...at(text, '《数字经济合作协议》'), type: 'document', source: 'rule' },
    { ...at(text, '通川集团'), type: 'enterprise', source: 'user' },
  ];
  const quantities: Quantity[] = [
    { ...at(text, '2024年'), kind: 'date', value: '2024', unit: null },
    { ...at(text, '约1436亿元'), kind: 'money', value: 143600000000, unit: 'CNY', approx: 'about' },
    { ...at(text, '6.5%'), kind: 'percent', value: 6.5, unit: '%' },
    { ...at(text, '1.2个百分点'), kind: 'pp', value: 1.2, unit: 'pp' },
    { ...at(text, '836家'), kind: 'count', value: 836, unit: '家' },
    { ...at(text, '5.2平方公里'), kind: 'measure', value: 5.2, unit: 'km2' },
    { ...at(text, '年产3.5万吨'), kind: 'measure', value: 35000, unit: 't', per: 'year' },
  ];
  const [zone, , , , enterprise] = entities as [Entity, Entity, Entity, Entity, Entity];
  const [year, investment, growth, points, firms, area, output] = quantities as [DateQuantity, Figure, Figure, Figure, Figure, Figure, Figure];
  const fixedAssets = { ...at(text, '固定资产投资'), canonical: '固定资产投资' };
  const facts: Fact[] = [
    { value: investment, indicator: fixedAssets, subject: zone, time: year },
    { value: growth, indicator: fixedAssets, subject: zone, time: year, change: 'up' },
    { value: points, indicator: fixedAssets, subject: zone, time: year, change: 'up' },
    { value: firms, indicator: { ...at(text, '企业') } },
    { value: area, indicator: { ...at(text, '厂房') } },
    { value: output, indicator: { ...at(text, '电池材料'), canonical: '<b>电池材料</b>' }, subject: enterprise },
  ];
  const tokens = [...text.matchAll(/\S/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  return { text, tokens, entities, quantities, facts };
}
