import { describe, expect, it } from 'vitest';
import { ScratchBytes } from '../src/scratch.js';

const here = '[scratch] ';

describe('ScratchBytes', () => {
  it(`${here}hands out zeroed bytes, reusing the buffer between calls`, () => {
    const scratch = new ScratchBytes();
    const first = scratch.zeroed(10);
    first.fill(7);
    const second = scratch.zeroed(10);
    expect(second).toBe(first);
    expect([...second.subarray(0, 10)]).toEqual(new Array(10).fill(0));
  });

  it(`${here}grows for a longer text and lets a huge buffer go after it`, () => {
    const scratch = new ScratchBytes();
    const big = scratch.zeroed(4 << 20);
    expect(big.length).toBeGreaterThanOrEqual(4 << 20);
    big.fill(1);
    const small = scratch.zeroed(100);
    expect(small).not.toBe(big);
    expect(small.length).toBeLessThan(1 << 20);
    expect([...small.subarray(0, 100)].every((b) => b === 0)).toBe(true);
  });
});
