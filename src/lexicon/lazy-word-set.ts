/**
 * A word list read on its first question rather than when the tables load: for lists that only some
 * texts consult (the initials of railway lines), so that a process whose texts never ask does not read,
 * hash and keep them.
 */
export class LazyWordSet implements ReadonlySet<string> {
  private words: ReadonlySet<string> | undefined;

  constructor(private readonly read: () => Iterable<string>) {}

  has(word: string): boolean {
    return this.loaded().has(word);
  }

  get size(): number {
    return this.loaded().size;
  }

  forEach(visit: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    this.loaded().forEach((word) => visit.call(thisArg, word, word, this));
  }

  entries(): SetIterator<[string, string]> {
    return this.loaded().entries();
  }

  keys(): SetIterator<string> {
    return this.loaded().keys();
  }

  values(): SetIterator<string> {
    return this.loaded().values();
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.loaded()[Symbol.iterator]();
  }

  private loaded(): ReadonlySet<string> {
    this.words ??= new Set(this.read());
    return this.words;
  }
}
