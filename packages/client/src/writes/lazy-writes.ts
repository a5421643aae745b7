/**
 * `client.writes` whose code loads on the first write: each group behaves as the one
 * `createWrites` builds (every write answers a promise), but a page that only reads never
 * downloads the writes. The groups share one load, so the cache keys a write invalidates are
 * those of one set of writes.
 */
import { lazyGroup } from '../api/lazy-group.ts';
import type { AutoSharesWrites } from './writes.ts';

export function lazyWrites(load: () => Promise<AutoSharesWrites>): AutoSharesWrites {
  let writes: Promise<AutoSharesWrites> | undefined;
  const group = <K extends keyof AutoSharesWrites>(name: K): AutoSharesWrites[K] =>
    lazyGroup(() => (writes ??= load()).then((loaded) => loaded[name]));
  return {
    watchlists: group('watchlists'),
    alerts: group('alerts'),
    orders: group('orders'),
    agreements: group('agreements'),
    funding: group('funding'),
  };
}
