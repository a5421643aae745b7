/**
 * Ticker → SecurityId, cached. Concurrent lookups of one symbol share one request; a failed
 * lookup is forgotten so that a later call tries again.
 */
export class SymbolResolver {
  #lookup: (symbol: string) => Promise<number>;
  #pending = new Map<string, Promise<number>>();
  #known = new Map<string, number>();

  /** @param lookup fetches the SecurityId of a ticker (e.g. `GET /v1.0/equities/{symbol}` → `Id`). */
  constructor(lookup: (symbol: string) => Promise<number>) {
    this.#lookup = lookup;
  }

  /** The SecurityId of `symbol` (case-insensitive). */
  resolve(symbol: string): Promise<number> {
    const key = SymbolResolver.normalize(symbol);
    const known = this.#known.get(key);
    if (known !== undefined) return Promise.resolve(known);
    let pending = this.#pending.get(key);
    if (!pending) {
      pending = this.#lookup(key).then(
        (id) => {
          this.#pending.delete(key);
          this.#known.set(key, id);
          return id;
        },
        (error: unknown) => {
          this.#pending.delete(key);
          throw error;
        },
      );
      this.#pending.set(key, pending);
    }
    return pending;
  }

  /** The SecurityId of `symbol` if already resolved. */
  peek(symbol: string): number | undefined {
    return this.#known.get(SymbolResolver.normalize(symbol));
  }

  /** Tickers are case-insensitive; outer whitespace is ignored (inner spaces matter for OSI symbols). */
  static normalize(symbol: string): string {
    return symbol.trim().toUpperCase();
  }
}
