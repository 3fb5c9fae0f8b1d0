import type { Analysis, Fact, Quantity } from '../../src/index.js';

/**
 * A result read back from the CLI's JSON: JSON keeps no object identity, so each fact's value, time
 * and subject are replaced by the element of `quantities` / `entities` that is equal to it (same
 * JSON), as `analyze()` shares the very objects. A part equal to no element is left as parsed, so
 * the contract's invariants (tests/helpers/invariants.ts) still fail on it.
 */
export function relinkFacts<T extends Analysis>(result: T): T {
  const same = <S>(items: readonly S[], part: S | undefined): S | undefined => {
    if (part === undefined) return undefined;
    const json = JSON.stringify(part);
    return items.find((item) => JSON.stringify(item) === json) ?? part;
  };
  const facts = (result.facts ?? []).map((fact) => {
    const linked = { ...fact, value: same<Quantity>(result.quantities, fact.value) as Fact['value'] };
    if (fact.time !== undefined) linked.time = same<Quantity>(result.quantities, fact.time) as Fact['time'];
    if (fact.subject !== undefined) linked.subject = same(result.entities, fact.subject);
    return linked;
  });
  return { ...result, facts };
}
