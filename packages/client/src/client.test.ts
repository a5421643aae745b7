/**
 * The composed client against the real sandbox: REST, the streamer over WebSocket, and the
 * wiring between them (stream events invalidate or patch the shared cache).
 */
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  accountsQuery,
  balanceQuery,
  candlesQuery,
  ordersQuery,
  watchlistsQuery,
} from './store/resources/index.ts';
import { WebSocket } from 'ws';
import { AutoSharesClient } from './client.ts';
import type { QueryState } from './store/query-cache.ts';
import type { AccountBalance, OrderResource, Page } from './types.ts';
import type { WebSocketConstructor } from './streaming/connection.ts';
import { startHarness, type SandboxHarness } from './test-support/sandbox.ts';
import { waitFor } from './streaming/testing/wait-for.ts';

let h: SandboxHarness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

test('an Order event refreshes the account orders a widget shows, without any polling', async () => {
  const user = await h.createUser();
  const accountId = user.accountIds[0]!;
  const client = h.client(user, { WebSocket: WebSocket as unknown as WebSocketConstructor });
  const states: QueryState<Page<OrderResource>>[] = [];
  const stop = client.queries.subscribe(ordersQuery(client, accountId), (s) => states.push(s));
  await waitFor(() => states.at(-1)?.status === 'success', 5000, 'the first page of orders');
  await waitFor(() => client.stream.status('data') === 'open', 5000, 'the data streamer');

  // Another tab (another client) places an order: only the stream can tell this one.
  const other = h.client(user);
  const placed = await other.api.orders.place(accountId, {
    Symbol: 'AAPL',
    Type: 'Limit',
    Side: 'Buy',
    Quantity: 1,
    Price: 5,
  });
  await waitFor(
    () => states.at(-1)?.data?.items.some((o) => o.Id === placed.Id) === true,
    5000,
    'the new order in the list',
  );
  stop();
});

test('AccountBalance stream updates patch the cached balance', async () => {
  const user = await h.createUser();
  const accountId = user.accountIds[0]!;
  const client = h.client(user, { WebSocket: WebSocket as unknown as WebSocketConstructor });
  const states: QueryState<AccountBalance>[] = [];
  const stop = client.queries.subscribe(balanceQuery(client, accountId), (s) => states.push(s));
  await waitFor(() => states.at(-1)?.status === 'success', 5000, 'the balance');
  const first = states.at(-1)!.updatedAt!;
  // The sandbox re-marks balances as prices move; each update lands in the cache.
  await waitFor(() => (states.at(-1)?.updatedAt ?? 0) > first, 5000, 'a streamed balance update');
  assert.equal(typeof states.at(-1)!.data!.netLiquidity, 'number');
  stop();
});

test('quotes resolve tickers through the shared cache and stream live', async () => {
  const user = await h.createUser();
  const client = h.client(user, { WebSocket: WebSocket as unknown as WebSocketConstructor });
  const quotes: number[] = [];
  const stop = client.quotes.subscribe('AAPL', (q) => quotes.push(Number(q.Last ?? q.Price)));
  await waitFor(() => quotes.length > 0, 5000, 'a live quote');
  assert.ok(quotes[0]! > 0);
  assert.equal(
    client.queries.getState(['security', 'equity', 'AAPL']).status,
    'success',
    'the ticker was resolved once, via the cache',
  );
  stop();
});

test('without any WebSocket (Node 20), queries still work and no streamer is left reconnecting', async () => {
  const user = await h.createUser();
  const client = h.client(user);
  const states: QueryState<AccountBalance>[] = [];
  const stop = client.queries.subscribe(balanceQuery(client, user.accountIds[0]!), (s) =>
    states.push(s),
  );
  await waitFor(() => states.at(-1)?.status === 'success', 5000, 'the balance');
  assert.equal(client.stream.status('data'), 'idle');
  stop();
});

test('dispose closes everything and further use fails clearly', async () => {
  const user = await h.createUser();
  const client = new AutoSharesClient({
    baseUrl: h.server.apiUrl,
    appKey: user.appKey,
    token: user.token,
  });
  await client.queries.fetch(accountsQuery(client));
  client.dispose();
  await assert.rejects(client.queries.fetch(accountsQuery(client)), /disposed/);
  assert.throws(() => new AutoSharesClient({ baseUrl: '', appKey: 'x' }), /baseUrl/);
});

test('candles for two ranges with the same bar size (1M and 3M daily) are cached apart', async () => {
  const user = await h.createUser();
  const client = h.client(user);
  const month = await client.queries.fetch(
    candlesQuery(client, { security: 'AAPL', period: '1D', interval: -6 }),
  );
  const quarter = await client.queries.fetch(
    candlesQuery(client, { security: 'AAPL', period: '1D', interval: -7 }),
  );
  const bars = (m: typeof month) => m.SecurityHistory?.flat().length ?? 0;
  assert.ok(
    bars(quarter) > bars(month),
    `3M (${bars(quarter)} bars) longer than 1M (${bars(month)})`,
  );
  client.dispose();
});

test('opening both streamers discovers them with one GET /streamers', async () => {
  const user = await h.createUser();
  const client = h.client(user, { WebSocket: WebSocket as unknown as WebSocketConstructor });
  await h.resetStats();
  const stops = [
    client.stream.subscribe('Quote', 1, () => {}),
    client.stream.subscribe('Order', user.accountIds[0]!, () => {}),
  ];
  await waitFor(
    () => client.stream.status('quote') === 'open' && client.stream.status('data') === 'open',
    5000,
    'both streamers open',
  );
  const stats = await h.stats();
  assert.equal(stats.byPath['GET /api/v1.0/streamers'], 1);
  for (const stop of stops) stop();
  client.dispose();
});

/** Pauses or resumes the harness sandbox's market (`POST /__sandbox/market`). */
async function pauseMarket(paused: boolean): Promise<void> {
  const response = await fetch(`${h.server.url}/__sandbox/market`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ paused }),
  });
  assert.equal(response.status, 200);
}

afterEach(() => pauseMarket(false)); // also when a test that paused it failed

test('live resources are fetched once, after the stream has their subscriptions', async () => {
  const user = await h.createUser();
  const accountId = user.accountIds[0]!;
  const client = h.client(user, { WebSocket: WebSocket as unknown as WebSocketConstructor });
  // A still market while the first fetches are counted: a tick moving a held position streams a
  // balance update, and one that arrives while the balance is still loading rightly refetches it.
  await pauseMarket(true);
  await h.resetStats();
  const seen: QueryState<unknown>[][] = [[], [], []];
  const stops = [
    client.queries.subscribe(ordersQuery(client, accountId), (s) => seen[0]!.push(s)),
    client.queries.subscribe(balanceQuery(client, accountId), (s) => seen[1]!.push(s)),
    client.queries.subscribe(watchlistsQuery(client), (s) => seen[2]!.push(s)),
  ];
  let ordersStreamed = false;
  let streamedBeforeData: boolean | undefined;
  void client.stream.whenSubscribed('Order', accountId).then(() => (ordersStreamed = true));
  const stopCheck = client.queries.subscribe(ordersQuery(client, accountId), (s) => {
    if (s.status === 'success' && streamedBeforeData === undefined)
      streamedBeforeData = ordersStreamed;
  });
  await waitFor(
    () => seen.every((states) => states.at(-1)?.status === 'success'),
    5000,
    'orders, balance and watchlists',
  );
  assert.equal(streamedBeforeData, true, 'orders were shown only once the stream had them');
  stopCheck();
  // Give a late refetch (the old subscribe-after-fetch race) time to show up in the counters.
  await new Promise((resolve) => setTimeout(resolve, 600));
  const { byUrl } = await h.stats();
  const counts = Object.entries(byUrl).filter(([url]) =>
    /\/(orders|info|watchlists)\b/.test(url.split('?')[0]!),
  );
  assert.ok(counts.length >= 3, `requests seen: ${JSON.stringify(byUrl)}`);
  for (const [url, count] of counts) assert.equal(count, 1, `${url} requested ${count} times`);
  await pauseMarket(false);

  // And it is live: an order placed elsewhere still reaches the list.
  const other = h.client(user);
  const placed = await other.api.orders.place(accountId, {
    Symbol: 'MSFT',
    Type: 'Limit',
    Side: 'Buy',
    Quantity: 1,
    Price: 5,
  });
  await waitFor(
    () =>
      (seen[0]!.at(-1)?.data as Page<OrderResource> | undefined)?.items.some(
        (o) => o.Id === placed.Id,
      ) === true,
    5000,
    'the new order in the list',
  );
  for (const stop of stops) stop();
  client.dispose();
});

test('while the rate limiter holds a refetch back, more invalidations do not add requests', async () => {
  const user = await h.createUser();
  const accountId = user.accountIds[0]!;
  // A window long enough to still hold the first fetch when the second invalidation comes, however
  // slowly a loaded machine gets there (the test is about a refetch the limiter holds back).
  const client = h.client(user, { limits: { queries: { limit: 2, windowMs: 4000 } } });
  const key = ['account', accountId, 'balance'] as const;
  const stop = client.queries.subscribe(balanceQuery(client, accountId), () => {});
  await waitFor(() => client.queries.getState(key).status === 'success', 5000, 'the balance');
  await h.resetStats();
  client.queries.invalidate(['account']); // the second request of the window: leaves at once
  await new Promise((resolve) => setTimeout(resolve, 300));
  client.queries.invalidate(['account']); // waits for the window (after the first refetch)
  await new Promise((resolve) => setTimeout(resolve, 50));
  client.queries.invalidate(['account']); // the refetch still waiting will see this one
  await waitFor(
    () => !client.queries.getState(key).fetching && !client.queries.getState(key).stale,
    8000,
    'settled',
  );
  const { byPath } = await h.stats();
  assert.equal(byPath[`GET /api/v1.0/accounts/${accountId}/info`], 2);
  stop();
  client.dispose();
});
