/**
 * An endpoint group whose code loads on its first call: `client.api.orders.place(…)` behaves as
 * before (every group method answers a promise), but a page that never places an order never
 * downloads the orders code. Once loaded, calls go straight to the group.
 */
export function lazyGroup<T extends object>(load: () => Promise<T>): T {
  let loading: Promise<T> | undefined;
  let loaded: T | undefined;
  const methods = new Map<string, (...args: unknown[]) => unknown>();
  const call = (group: T, name: string, args: unknown[]): unknown => {
    const method = (group as Record<string, unknown>)[name];
    if (typeof method !== 'function') throw new TypeError(`No endpoint method "${name}"`);
    return (method as (...args: unknown[]) => unknown).apply(group, args);
  };
  return new Proxy({} as T, {
    get(target, name) {
      // Own properties (a caller's replacement) win; `then` stays undefined so the group is
      // not mistaken for a promise.
      if (Reflect.has(target, name) || typeof name !== 'string' || name === 'then')
        return Reflect.get(target, name);
      if (loaded) return (loaded as Record<string, unknown>)[name];
      let method = methods.get(name);
      if (!method) {
        method = (...args: unknown[]) =>
          loaded
            ? call(loaded, name, args)
            : (loading ??= load().then((group) => (loaded = group))).then((group) =>
                call(group, name, args),
              );
        methods.set(name, method);
      }
      return method;
    },
  });
}
