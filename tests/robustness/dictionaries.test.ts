import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, DictFormatError, type DictionaryEntry } from '../../src/index.js';
import { expectInvariants } from '../helpers/invariants.js';

const here = '[robustness/dictionaries] ';
const TEXT = '青禾岭光谷与白鹭滩数谷今年签约项目共计十二个。';

describe('user dictionaries', () => {
  it(`${here}two analyzers with different user dictionaries never see each other's entities`, () => {
    const a = createAnalyzer({ dictionaries: [{ name: 'a', entries: [{ name: '青禾岭光谷', type: 'zone' }] }] });
    const b = createAnalyzer({ dictionaries: [{ name: 'b', entries: [{ name: '白鹭滩数谷', type: 'zone' }] }] });
    const names = (az: typeof a): string[] => az.analyze(TEXT).entities.filter((e) => e.source === 'user').map((e) => e.text);
    expect(names(a)).toEqual(['青禾岭光谷']);
    expect(names(b)).toEqual(['白鹭滩数谷']);
    // Interleaved calls, and the default analyzer, are unaffected by either.
    expect(names(a)).toEqual(['青禾岭光谷']);
    expect(analyze(TEXT).entities.filter((e) => e.source === 'user')).toEqual([]);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', 'valueOf'])(
    `${here}the name %s behaves like any other`,
    (name) => {
      const az = createAnalyzer({ dictionaries: [{ entries: [{ name, type: 'enterprise', canonical: `${name}-canonical` }] }] });
      const input = `今天 ${name} 发布公告`;
      const result = az.analyze(input);
      expectInvariants(result, input);
      expect(result.entities.find((e) => e.text === name)).toMatchObject({ type: 'enterprise', source: 'user', canonical: `${name}-canonical` });
      expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'enterprise')).toBe(false);
      expect(createAnalyzer().analyze(input).entities.find((e) => e.text === name)).toBeUndefined();
    },
  );

  it(`${here}a 100,000-entry user dictionary loads and matches`, () => {
    const entries: DictionaryEntry[] = [];
    for (let i = 0; i < 100_000; i++) entries.push({ name: `测试园区${i.toString(36)}号`, type: 'zone' });
    const az = createAnalyzer({ dictionaries: [{ name: 'big', entries }] });
    const input = `其中${entries[77_777]!.name}与${entries[3]!.name}合作。`;
    const found = az.analyze(input).entities.filter((e) => e.source === 'user').map((e) => e.text);
    expect(found).toEqual([entries[77_777]!.name, entries[3]!.name]);
  });

  it(`${here}a malformed line names its file and line`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'zh-analyze-dict-'));
    const file = join(dir, 'names.tsv');
    writeFileSync(file, '# columns: name\ttype\n青禾岭光谷\tzone\n白鹭滩数谷\tnot-a-type\n');
    let error: unknown;
    try {
      createAnalyzer({ dictionaries: [file] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DictFormatError);
    expect(error).toMatchObject({ file, line: 3, code: 'ERR_DICT_FORMAT' });
    expect((error as Error).message).toContain(`${file}:3`);
  });
});
