import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QueryCache, type FetchHooks, type QueryState } from './query-cache.ts';
import { AutoSharesError } from '../errors.ts';
import { waitFor } from '../streaming/testing/wait-for.ts';

/** A fetcher whose calls can be counted and resolved by hand. */
function controlled<T>() {
  const calls: Array<{
    resolve: (v: T) => void;
    reject: (e: unknown) => void;
    signal: AbortSignal;
  }> = [];
  const fetch = (signal: AbortSignal) =>
    new Promise<T>((resolve, reject) => {
      calls.push({ resolve, reject, signal });
    });
  return { calls, fetch };
}

test('N concurrent subscribers and fetchers of one key cost one request and all see the data', async () => {
  const cache = new QueryCache();
  const f = controlled<string>();
  const seen: Array<QueryState<string>[]> = [];
  const stops = [0, 1, 2, 3, 4].map((i) => {
    seen[i] = [];
    return cache.subscribe({ key: ['account', 1, 'balance'], fetch: f.fetch }, (s) =>
      seen[i]!.push(s),
    );
  });
  const direct = cache.fetch({ key: ['account', 1, 'balance'], fetch: f.fetch });
  await waitFor(() => f.calls.length === 1, 2000, 'the one request');
  f.calls[0]!.resolve('data');
  assert.equal(await direct, 'data');
  assert.equal(f.calls.length, 1);
  for (const states of seen) {
    assert.equal(
      states[0]!.status,
      'loading',
      'the first state a subscriber sees is loading, not idle',
    );
    assert.equal(states.at(-1)!.status, 'success');
    assert.equal(states.at(-1)!.data, 'data');
    assert.ok(states.some((s) => s.status === 'loading'));
  }
  stops.forEach((s) => s());
  cache.dispose();
});

test('stale-while-revalidate: invalidation keeps data visible while it refetches', async () => {
  const cache = new QueryCache();
  let n = 0;
  const states: QueryState<number>[] = [];
  const stop = cache.subscribe({ key: ['account', 7, 'orders'], fetch: async () => ++n }, (s) =>
    states.push(s),
  );
  await waitFor(() => states.at(-1)?.data === 1, 2000, 'first data');
  cache.invalidate(['account', 7]);
  const during = states.at(-1)!;
  assert.equal(during.data, 1, 'old data still shown');
  assert.equal(during.stale, true);
  assert.equal(during.fetching, true);
  await waitFor(() => states.at(-1)?.data === 2, 2000, 'refetched data');
  assert.equal(states.at(-1)!.stale, false);
  cache.invalidate(['account', 8]);
  assert.equal(n, 2, 'another prefix does not refetch');
  stop();
  cache.dispose();
});

test('data older than its freshness refetches for a new subscriber; fresh data does not', async () => {
  const cache = new QueryCache();
  let n = 0;
  const fresh = { key: ['news', 'AAPL'], fetch: async () => ++n, staleTimeMs: 60_000 };
  assert.equal(await cache.fetch(fresh), 1);
  assert.equal(await cache.fetch(fresh), 1);
  const states: QueryState<number>[] = [];
  cache.subscribe(fresh, (s) => states.push(s))();
  assert.equal(n, 1);

  let m = 0;
  const stale = { key: ['news', 'MSFT'], fetch: async () => ++m, staleTimeMs: 0 };
  assert.equal(await cache.fetch(stale), 1);
  const seen: QueryState<number>[] = [];
  const stop = cache.subscribe(stale, (s) => seen.push(s));
  assert.equal(seen[0]!.data, 1);
  await waitFor(() => seen.at(-1)?.data === 2, 2000, 'revalidated');
  stop();
  cache.dispose();
});

test('the last subscriber leaving aborts the fetch; entries are dropped after the grace period', async () => {
  const cache = new QueryCache({ gcTimeMs: 20 });
  const f = controlled<string>();
  const stop = cache.subscribe({ key: ['watchlists'], fetch: f.fetch }, () => undefined);
  await waitFor(() => f.calls.length === 1, 2000, 'fetch started');
  stop();
  assert.equal(f.calls[0]!.signal.aborted, true);
  assert.equal(cache.getState(['watchlists']).status, 'idle');
  await waitFor(() => cache.keys().length === 0, 2000, 'entry dropped');

  // A subscriber leaving before its request went out sends nothing; a new one right after
  // starts a request of its own.
  const g = controlled<string>();
  const states: QueryState<string>[] = [];
  const stop2 = cache.subscribe({ key: ['alerts'], fetch: g.fetch }, (s) => states.push(s));
  stop2();
  const stop3 = cache.subscribe({ key: ['alerts'], fetch: g.fetch }, (s) => states.push(s));
  await waitFor(() => g.calls.length === 1, 2000, 'a fetch for the new subscriber');
  assert.equal(g.calls[0]!.signal.aborted, false);
  g.calls[0]!.resolve('ok');
  await waitFor(() => states.at(-1)?.data === 'ok', 2000, 'data');
  stop3();
  cache.dispose();
});

test('errors reach subscribers as AutoSharesError; live hooks run while subscribed', async () => {
  const cache = new QueryCache();
  let live = 0;
  const def = {
    key: ['account', 1, 'positions'],
    fetch: async () => {
      throw new AutoSharesError({ code: 'server_error', status: 500 });
    },
    live: () => {
      live++;
      return () => live--;
    },
  };
  const states: QueryState<unknown>[] = [];
  const stopA = cache.subscribe(def, (s) => states.push(s));
  const stopB = cache.subscribe(def, () => undefined);
  assert.equal(live, 1, 'one live hook for two subscribers');
  await waitFor(() => states.at(-1)?.status === 'error', 2000, 'error state');
  assert.equal(states.at(-1)!.error?.code, 'server_error');
  await assert.rejects(
    cache.fetch(def),
    (e: unknown) => e instanceof AutoSharesError && e.code === 'server_error',
  );
  stopA();
  assert.equal(live, 1);
  stopB();
  assert.equal(live, 0);
  cache.dispose();
});

/** A live hook whose readiness the test decides. */
function liveHook() {
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  let running = 0;
  return {
    live: () => {
      running++;
      return Object.assign(() => void running--, { ready });
    },
    markReady: () => markReady(),
    get running() {
      return running;
    },
  };
}

test('a live key fetches after its stream is ready: one request, no refetch', async () => {
  const cache = new QueryCache({ liveWaitMs: 5000 });
  const f = controlled<string>();
  const hook = liveHook();
  const states: QueryState<string>[] = [];
  const stop = cache.subscribe({ key: ['orders'], fetch: f.fetch, live: hook.live }, (s) =>
    states.push(s),
  );
  assert.equal(states.at(-1)?.status, 'loading', 'loading while the stream opens');
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(f.calls.length, 0, 'no request before the stream has the subscription');
  hook.markReady();
  await waitFor(() => f.calls.length === 1, 2000, 'the fetch once ready');
  f.calls[0]!.resolve('snapshot');
  await waitFor(() => states.at(-1)?.data === 'snapshot', 2000, 'data');
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(f.calls.length, 1, 'no second request');
  stop();
  assert.equal(hook.running, 0);
  cache.dispose();
});

test('a live key whose stream is slow fetches after liveWaitMs, then once more when ready', async () => {
  const cache = new QueryCache({ liveWaitMs: 30 });
  const f = controlled<string>();
  const hook = liveHook();
  const states: QueryState<string>[] = [];
  const stop = cache.subscribe({ key: ['orders'], fetch: f.fetch, live: hook.live }, (s) =>
    states.push(s),
  );
  await waitFor(() => f.calls.length === 1, 2000, 'a fetch without waiting for ever');
  f.calls[0]!.resolve('early');
  await waitFor(() => states.at(-1)?.data === 'early', 2000, 'early data shown');
  hook.markReady();
  // What changed between that snapshot and the subscription must not be lost.
  await waitFor(() => f.calls.length === 2, 2000, 'the refetch once the stream is ready');
  f.calls[1]!.resolve('complete');
  await waitFor(() => states.at(-1)?.data === 'complete', 2000, 'complete data');
  stop();
  cache.dispose();
});

test('invalidations before the request goes out cost one request', async () => {
  const cache = new QueryCache();
  const f = controlled<string>();
  const stop = cache.subscribe({ key: ['account', 1, 'balance'], fetch: f.fetch }, () => {});
  await waitFor(() => f.calls.length === 1, 2000, 'first fetch');
  f.calls[0]!.resolve('a');
  await waitFor(() => cache.getState(['account', 1, 'balance']).data === 'a', 2000, 'data');
  // A stream resync and a widget's own refresh in the same turn.
  cache.invalidate(['account']);
  cache.invalidate(['account', 1, 'balance']);
  await waitFor(() => f.calls.length === 2, 2000, 'the refetch');
  // Invalidated after the request went out: the answer may predate the change, so once more.
  cache.invalidate(['account']);
  f.calls[1]!.resolve('b');
  await waitFor(() => f.calls.length === 3, 2000, 'a refetch after the one in flight');
  f.calls[2]!.resolve('c');
  await waitFor(() => cache.getState(['account', 1, 'balance']).data === 'c', 2000, 'latest');
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(f.calls.length, 3);
  stop();
  cache.dispose();
});

test('an invalidation while the request still waits client-side costs no second request', async () => {
  const cache = new QueryCache();
  const calls: Array<{ hooks: FetchHooks; resolve: (v: string) => void }> = [];
  const def = {
    key: ['account', 1, 'positions'],
    fetch: (_signal: AbortSignal, hooks: FetchHooks) =>
      new Promise<string>((resolve) => {
        hooks.onQueued(); // e.g. waiting for the rate limiter
        calls.push({ hooks, resolve });
      }),
  };
  const stop = cache.subscribe(def, () => {});
  await waitFor(() => calls.length === 1, 2000, 'the fetch');
  cache.invalidate(['account']); // still waiting: the request will see this change
  calls[0]!.hooks.onSent();
  cache.invalidate(['account']); // gone out: its answer may predate this one
  calls[0]!.resolve('first');
  await waitFor(() => calls.length === 2, 2000, 'exactly one refetch');
  calls[1]!.hooks.onSent();
  calls[1]!.resolve('second');
  await waitFor(() => cache.getState(def.key).data === 'second', 2000, 'latest data');
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(calls.length, 2);
  stop();
  cache.dispose();
});
