import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import cases from './fixtures/normalize/cases.json';
import { loadScriptTables, TRADITIONAL } from '../src/lexicon/script-tables.js';
import { normalizeText } from '../src/normalize/index.js';
import { alignByCodePoint } from '../src/normalize/offset-map.js';
import { analyze } from '../src/index.js';
import { expectInvariants } from './helpers/invariants.js';
// @ts-expect-error: a plain ES module script without types
import { computeScriptFlags, scriptFlagsTsv } from '../scripts/dict/build-script-flags.mjs';
import { readFileSync } from 'node:fs';
import { dictPath } from '../src/lexicon/paths.js';

const here = '[normalize] ';
const tables = loadScriptTables();

interface Case { name: string; input: string; normalized: string; identity?: boolean }

describe('normalizeText', () => {
  it.each(cases as Case[])(`${here}$name`, ({ input, normalized, identity }) => {
    const doc = normalizeText(input, tables);
    expect(doc.original).toBe(input);
    expect(doc.text).toBe(normalized);
    if (identity !== undefined) expect(doc.map.identity).toBe(identity);
    // Every normalized character maps back to the original character it came from.
    let j = 0;
    for (const ch of normalized) {
      const from = doc.map.start(j);
      const to = doc.map.end(j + ch.length);
      expect(to).toBeGreaterThan(from);
      expect(to - from).toBeLessThanOrEqual(2);
      j += ch.length;
    }
    expect(doc.map.end(normalized.length)).toBe(input.length);
  });

  it(`${here}does not copy text that needs nothing`, () => {
    const input = '甘肃省科技厅发布通知';
    expect(normalizeText(input, tables).text).toBe(input);
  });

  it(`${here}maps offsets across a length-changing conversion`, () => {
    const input = '二噁英檢測';
    const doc = normalizeText(input, tables);
    expect(doc.text.length).toBe(input.length + 1);
    const detect = doc.text.indexOf('检测');
    expect(input.slice(doc.map.start(detect), doc.map.end(detect + 2))).toBe('檢測');
    const astral = doc.text.indexOf('𫫇');
    expect(input.slice(doc.map.start(astral), doc.map.end(astral + 2))).toBe('噁');
  });

  it(`${here}the variant tables never change the number of code points (proved over the tables)`, () => {
    const { Locale } = OpenCC;
    let checked = 0;
    for (const group of [Locale.from.hk, Locale.from.tw, Locale.to.cn]) {
      for (const dicts of group ?? []) {
        for (const dict of dicts) {
          const pairs = typeof dict === 'string' ? dict.split('|').map((p) => p.split(' ')) : dict;
          for (const [key, ...values] of pairs) {
            for (const value of values) {
              checked++;
              expect([...value].length, `${key} -> ${value}`).toBe([...(key as string)].length);
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(5000);
  });

  it(`${here}alignByCodePoint falls back to a monotone proportional map when counts differ`, () => {
    const map = alignByCodePoint('abcd', 'xy');
    expect([map.start(0), map.start(1), map.end(2)]).toEqual([0, 1, 4]);
    const longer = alignByCodePoint('ab', 'wxyz');
    const starts = [0, 1, 2, 3].map((i) => longer.start(i));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(longer.end(4)).toBe(2);
  });

  it(`${here}dict/normalize/script-flags.tsv is what the installed opencc-js tables give (else run scripts/dict/build-script-flags.mjs)`, () => {
    const file = readFileSync(dictPath('normalize', 'script-flags.tsv'), 'utf8');
    expect(file === scriptFlagsTsv(computeScriptFlags())).toBe(true);
  });

  it(`${here}Simplified characters that the tables would change are not Traditional evidence`, () => {
    for (const ch of '著乾么覆') expect(tables.flags[ch.charCodeAt(0)], ch).not.toBe(TRADITIONAL);
    for (const ch of '蘭區經發億萬圓') expect(tables.flags[ch.charCodeAt(0)], ch).toBe(TRADITIONAL);
  });

  it(`${here}analyze() of Traditional and full-width input points into the original`, () => {
    const input = '２０２４年，蘭州新區完成投資１２３億元，檢出二噁英。';
    expectInvariants(analyze(input), input);
  });
});
