import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/index.js';

const here = '[quantity/pathological] ';
const MB = 1_000_000;

// Each family runs to completion at 1 MB; how fast is measured by `npm run bench`, not here.
const FAMILIES: [string, string][] = [
  ['digits', '1234567890'.repeat(MB / 10)],
  ['一', '一'.repeat(MB / 3)],
  ['万', '万'.repeat(MB / 3)],
  ['commas between digits', '1,'.repeat(MB / 2)],
  ['commas', ','.repeat(MB)],
  ['dots between digits', '1.'.repeat(MB / 2)],
  ['第', '第'.repeat(MB / 3)],
  ['unclosed brackets', '（1（二'.repeat(MB / 10)],
  ['magnitudes after a digit', '一' + '万亿'.repeat(MB / 6)],
];

describe('quantities on pathological input', () => {
  const az = createAnalyzer({ entities: false });
  it.each(FAMILIES)(`${here}%s (1 MB) finishes with finite values`, (_name, input) => {
    const { quantities } = az.analyze(input);
    for (const q of quantities) {
      if (typeof q.value === 'number') expect(Number.isFinite(q.value)).toBe(true);
      expect(input.slice(q.start, q.end)).toBe(q.text);
    }
  }, 120_000);
});
