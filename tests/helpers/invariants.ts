import { expect } from 'vitest';
import type { Analysis } from '../../src/index.js';

/** The contract's invariants, checked on every result a test produces. */
export function expectInvariants(result: Analysis, input: string): void {
  expect(result.text).toBe(input);
  const spans = [...result.tokens, ...result.quantities, ...result.entities, ...(result.keywords ?? [])];
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.end).toBeLessThanOrEqual(input.length);
    expect(input.slice(span.start, span.end)).toBe(span.text);
  }
  let covered = 0;
  let last = 0;
  for (const token of result.tokens) {
    expect(token.start).toBeGreaterThanOrEqual(last);
    expect(/\S/.test(input.slice(last, token.start))).toBe(false);
    covered += token.end - token.start;
    last = token.end;
  }
  expect(/\S/.test(input.slice(last))).toBe(false);
  expect(covered).toBeLessThanOrEqual(input.length);
  for (let i = 1; i < result.entities.length; i++) {
    expect(result.entities[i]!.start).toBeGreaterThanOrEqual(result.entities[i - 1]!.end);
  }
  for (let i = 1; i < result.quantities.length; i++) {
    expect(result.quantities[i]!.start).toBeGreaterThanOrEqual(result.quantities[i - 1]!.start);
  }
  expectFactInvariants(result, input);
}

const FIGURE_KINDS = new Set(['money', 'percent', 'pp', 'measure', 'count']);

/** One fact per figure, in order, holding the very quantity and entity objects of the result. */
function expectFactInvariants(result: Analysis, input: string): void {
  const facts = result.facts ?? [];
  if (facts.length === 0) return;
  expect(facts.map((f) => f.value)).toEqual(result.quantities.filter((q) => FIGURE_KINDS.has(q.kind)));
  for (const fact of facts) {
    expect(result.quantities).toContain(fact.value);
    if (fact.subject !== undefined) expect(result.entities).toContain(fact.subject);
    if (fact.time !== undefined) {
      expect(result.quantities).toContain(fact.time);
      expect(fact.time.kind).toBe('date');
    }
    if (fact.indicator !== undefined) {
      const { start, end, text } = fact.indicator;
      expect(end).toBeGreaterThan(start);
      expect(input.slice(start, end)).toBe(text);
    }
    if (fact.change !== undefined) expect(['up', 'down']).toContain(fact.change);
  }
}
