import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const here = '[robustness/workers] ';
const entry = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

const DOCUMENTS = [
  '2024年，兰州新区完成地区生产总值400亿元，同比增长6.5%，新增市场主体1.2万户。',
  '省科技厅发布通知，支持兰白自创区建设，安排专项资金3000万元。',
  '蘭州新區全年引進項目１２８個，總投資超過５００億元。',
  '成都高新区去年实现营业收入2.3万亿元，比上年提高1.5个百分点。',
  '深圳市某科技有限公司年产5万吨锂电池材料项目开工。',
];

/** Analyzes the documents in a worker thread that loads zh-analyze (and so nodejieba) itself. */
function analyzeInWorker(docs: readonly string[]): Promise<unknown[]> {
  const script = new URL('./fixtures/analyze-worker.mjs', import.meta.url);
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { entry, docs } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`worker exited with ${code}`)));
  });
}

describe('worker threads', () => {
  it(`${here}several workers at once give the results of one thread`, async () => {
    const expected = DOCUMENTS.map((d) => analyze(d));
    const results = await Promise.all([analyzeInWorker(DOCUMENTS), analyzeInWorker([...DOCUMENTS].reverse())]);
    expect(results[0]).toEqual(expected);
    expect(results[1]).toEqual([...expected].reverse());
  });
});
