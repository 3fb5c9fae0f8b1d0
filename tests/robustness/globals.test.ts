import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = '[robustness/globals] ';
const entry = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

/** Runs an ES module script in a fresh Node process with TypeScript support (tsx) and returns its stdout. */
function runScript(source: string): string {
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', source], {
    encoding: 'utf8',
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
  });
  expect(child.stderr).toBe('');
  expect(child.status).toBe(0);
  return child.stdout.trim();
}

describe('the user process is left as found', () => {
  it(`${here}importing and analyzing adds no globals (nodejieba's load() would add five)`, () => {
    const out = runScript(`
      const before = new Set(Object.getOwnPropertyNames(globalThis));
      const { analyze } = await import(${JSON.stringify(entry)});
      analyze('兰州新区2024年完成投资400亿元，增长6.5%。');
      analyze('蘭州新區ＡＢＣ１２３');
      const added = Object.getOwnPropertyNames(globalThis).filter((k) => !before.has(k));
      console.log(JSON.stringify(added));
    `);
    expect(JSON.parse(out)).toEqual([]);
  });

  it(`${here}a user script with its own global dict still works`, () => {
    const out = runScript(`
      globalThis.dict = { mine: true };
      globalThis.userDict = 'keep me';
      const { analyze } = await import(${JSON.stringify(entry)});
      const tokens = analyze('甘肃省发展改革委').tokens.length;
      console.log(JSON.stringify({ dict: globalThis.dict, userDict: globalThis.userDict, ok: tokens > 0 }));
    `);
    expect(JSON.parse(out)).toEqual({ dict: { mine: true }, userDict: 'keep me', ok: true });
  });
});

describe('another nodejieba user in the same thread', () => {
  it(`${here}other code's nodejieba (load, insertWord, cut) leaves zh-analyze's segmentation as it was, and its own as it asked`, () => {
    const out = runScript(`
      const { createRequire } = await import('node:module');
      const { analyze } = await import(${JSON.stringify(entry)});
      const text = '经省科技厅与省工信厅联合认定的两家研发平台';
      const before = JSON.stringify(analyze(text));
      const nodejieba = createRequire(${JSON.stringify(entry)})('nodejieba');
      // The wrapper's first cut loads jieba's default dictionaries into its instance; the inserted
      // word would glue two of zh-analyze's tokens together if the two shared a segmenter.
      const theirs = nodejieba.cut('其他代码的分词');
      nodejieba.insertWord('联合认定的两家');
      const glued = nodejieba.cut(text).includes('联合认定的两家');
      const after = JSON.stringify(analyze(text));
      const tokens = analyze(text).tokens.map((t) => t.text);
      console.log(JSON.stringify({ same: before === after, theirs: theirs.join('|'), glued, tokens: tokens.includes('联合认定的两家') }));
    `);
    expect(JSON.parse(out)).toEqual({ same: true, theirs: '其他|代码|的|分词', glued: true, tokens: false });
  });
});
