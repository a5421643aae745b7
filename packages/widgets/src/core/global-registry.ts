/**
 * Page-wide singletons shared by every copy of the kit on a page (npm bundle and CDN script):
 * stored on `globalThis` under `Symbol.for(key)`, created on first use.
 */
export function pageSingleton<T>(key: string, create: () => T): T {
  const symbol = Symbol.for(key);
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  let value = store[symbol];
  if (value === undefined) {
    value = create();
    store[symbol] = value;
  }
  return value;
}
