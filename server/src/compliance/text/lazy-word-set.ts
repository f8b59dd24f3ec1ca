/**
 * A read-only set of a text's words that is built only if someone asks: most checks never need it, and
 * building it costs a pass and an allocation per word. Subclasses say how to build it.
 */
export abstract class LazyWordSet implements ReadonlySet<string> {
  private words: Set<string> | undefined;

  protected abstract build(): Set<string>;

  private set(): Set<string> {
    this.words ??= this.build();
    return this.words;
  }

  get size(): number {
    return this.set().size;
  }
  has(word: string): boolean {
    return this.set().has(word);
  }
  forEach(fn: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    this.set().forEach((v) => fn.call(thisArg, v, v, this));
  }
  entries(): SetIterator<[string, string]> {
    return this.set().entries();
  }
  keys(): SetIterator<string> {
    return this.set().keys();
  }
  values(): SetIterator<string> {
    return this.set().values();
  }
  [Symbol.iterator](): SetIterator<string> {
    return this.set().values();
  }
}
