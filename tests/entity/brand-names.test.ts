import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBrandTables } from '../../src/lexicon/brand-names.js';
import { dictPath } from '../../src/lexicon/paths.js';

const here = '[entity/brand-names] ';

// The company short-name list is searched over its bytes (src/lexicon/brand-names.ts): every entry must
// be found, and nothing else.
describe(`${here}the company short-name list`, () => {
  const entries = readFileSync(dictPath('entities', 'brands', 'company-short-names.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'));
  const set = new Set(entries);
  const { isBrand } = loadBrandTables();

  it(`${here}finds the first, the last and every 50th entry`, () => {
    expect(entries.length).toBeGreaterThan(100_000);
    const sample = [entries[0] as string, entries[entries.length - 1] as string, ...entries.filter((_, i) => i % 50 === 0)];
    const missed = sample.filter((w) => !isBrand(w));
    expect(missed).toEqual([]);
  });

  it(`${here}finds no prefix, extension or neighbour that is not an entry`, () => {
    const probes: string[] = [];
    for (let i = 0; i < entries.length; i += 97) {
      const w = entries[i] as string;
      probes.push(w.slice(0, -1), `${w}厂`, `${w}a`, `甲${w}`);
    }
    const wrong = probes.filter((w) => isBrand(w) !== set.has(w));
    expect(wrong).toEqual([]);
  });

  it(`${here}is no plain dictionary of ordinary words, places or people`, () => {
    for (const w of ['', '星', '兰州', '甘肃省', '张伟', '发展', '公司', '三时', '中国']) expect(isBrand(w), w).toBe(false);
  });
});
