import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { expectInvariants } from '../helpers/invariants.js';

const here = '[entity/edge] ';

describe('entities on unusual input', () => {
  it(`${here}Traditional input: spans point into the original, types as in Simplified`, () => {
    const input = '四川省經濟和信息化廳與成都高新技術產業開發區管委會簽約。';
    const result = analyze(input);
    expectInvariants(result, input);
    expect(result.entities.map((e) => [e.text, e.type])).toEqual([
      ['四川省經濟和信息化廳', 'agency'],
      ['成都高新技術產業開發區管委會', 'agency'],
    ]);
  });

  it(`${here}full-width brackets and letters stay inside a company name`, () => {
    const input = '苏州ＡＢＣ精密机械（集团）有限公司落户。';
    const result = analyze(input);
    expectInvariants(result, input);
    expect(result.entities.find((e) => e.type === 'enterprise')?.text).toBe('苏州ＡＢＣ精密机械（集团）有限公司');
  });

  it(`${here}non-BMP characters, CRLF and space runs keep offsets right`, () => {
    const input = '𠀋𠀋 兰州新区\r\n\r\n   记者  张𠀋明\t工信部';
    const result = analyze(input);
    expectInvariants(result, input);
    expect(result.entities.map((e) => e.text)).toContain('兰州新区');
    expect(result.entities.map((e) => e.text)).toContain('工信部');
  });

  it(`${here}empty and punctuation-only input give no entities`, () => {
    expect(analyze('').entities).toEqual([]);
    expect(analyze('“”《》（）、、等项目').entities).toEqual([]);
  });

  it(`${here}pathological input runs to completion with valid spans`, () => {
    const inputs = [
      '公司'.repeat(5000),
      '“'.repeat(3000) + '项目',
      '《'.repeat(3000),
      '兰州新区'.repeat(2000),
      '甲乙、'.repeat(3000) + '等30个项目',
      '省市县国家'.repeat(2000) + '厅',
      '1'.repeat(5000) + '公司',
    ];
    for (const input of inputs) expectInvariants(analyze(input), input);
  });
});
