import { describe, expect, it } from 'vitest';
import { createAnalyzer, OptionsError } from '../../src/index.js';

const here = '[facts/options] ';
const sentence = '2024年，兰州新区完成地区生产总值400亿元，同比增长6.5%。';

describe('option facts', () => {
  it(`${here}is on by default and gives one fact per figure`, () => {
    const az = createAnalyzer();
    expect(az.options.facts).toBe(true);
    expect(az.analyze(sentence).facts.map((f) => f.value.text)).toEqual(['400亿元', '6.5%']);
  });

  it(`${here}false leaves facts empty and keeps the other stages`, () => {
    const result = createAnalyzer({ facts: false }).analyze(sentence);
    expect(result.facts).toEqual([]);
    expect(result.quantities.length).toBe(3);
    expect(result.entities.map((e) => e.text)).toEqual(['兰州新区']);
  });

  it(`${here}is off by default when a stage it links is off`, () => {
    for (const options of [{ quantities: false }, { entities: false }]) {
      const az = createAnalyzer(options);
      expect(az.options.facts).toBe(false);
      expect(az.analyze(sentence).facts).toEqual([]);
    }
  });

  it(`${here}true with a stage it needs switched off is an OptionsError`, () => {
    expect(() => createAnalyzer({ facts: true, quantities: false })).toThrow(OptionsError);
    expect(() => createAnalyzer({ facts: true, entities: false })).toThrow(/needs the quantities and entities stages/);
  });

  it(`${here}must be a boolean`, () => {
    expect(() => createAnalyzer({ facts: 'yes' as never })).toThrow(OptionsError);
  });
});
