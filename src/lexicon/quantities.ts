/** Units, currencies, classifiers and numerals for the quantities stage. (Filled in by that work.) */
export interface QuantityLexicon {
  readonly units: ReadonlyMap<string, unknown>;
}

export function loadQuantityLexicon(): QuantityLexicon {
  return { units: new Map() };
}
