/** `invalidate` / `refetch` with `{ exact: true }`: that key alone, not the keys it prefixes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QueryCache } from './query-cache.ts';
import { waitFor } from '../streaming/testing/wait-for.ts';

for (const method of ['invalidate', 'refetch'] as const) {
  test(`${method}(key, { exact: true }) refetches that key, not the longer keys it is a prefix of`, async () => {
    const cache = new QueryCache();
    const fetched: string[] = [];
    const def = (key: (string | number)[]) => ({
      key,
      fetch: async () => fetched.push(key.join('/')),
    });
    const stops = [def(['watchlists']), def(['watchlists', 1]), def(['alerts'])].map((d) =>
      cache.subscribe(d, () => {}),
    );
    await waitFor(() => fetched.length === 3, 2000, 'first fetches');
    fetched.length = 0;
    cache[method](['watchlists'], { exact: true });
    await waitFor(() => fetched.length === 1, 2000, 'the refetch');
    assert.equal(cache.getState(['watchlists', 1]).stale, false, 'the longer key kept');
    assert.deepEqual(fetched, ['watchlists']);

    fetched.length = 0;
    cache[method](['watchlists']);
    await waitFor(() => fetched.length === 2, 2000, 'both refetched without exact');
    assert.deepEqual(fetched.sort(), ['watchlists', 'watchlists/1']);
    stops.forEach((stop) => stop());
    cache.dispose();
  });
}
