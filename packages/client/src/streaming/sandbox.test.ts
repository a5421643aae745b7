/**
 * End to end against the real sandbox server (REST + streamer over WebSocket on 127.0.0.1),
 * with server-side counts read from its control API.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { WebSocket } from 'ws';
import { startSandboxServer } from '@autoshares/sandbox/node';
import { StreamingClient } from './streaming-client.ts';
import type { StreamerAddresses } from './connection.ts';
import type { StreamEntity, StreamerKind, StreamOrder, StreamPayloads } from './stream-types.ts';
import { QuoteStore } from '../quotes/quote-store.ts';
import { waitFor } from './testing/wait-for.ts';

interface SandboxUser {
  appKey: string;
  token: string;
  userId: number;
  accountIds: number[];
}

interface StreamStats {
  sockets: Record<StreamerKind, number>;
  subscriptions: number;
  connectionsOpened: Record<StreamerKind, number>;
}

type Sandbox = Awaited<ReturnType<typeof startSandboxServer>>;

async function json<T>(response: Response): Promise<T> {
  const text = await response.text();
  if (!response.ok) throw new Error(`${response.status} ${response.url}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A signed-in test user's REST calls (plain fetch: this file tests streaming, not the HTTP layer). */
function restFor(sandbox: Sandbox, user: SandboxUser) {
  return <T>(method: string, path: string, body?: unknown): Promise<T> =>
    fetch(`${sandbox.apiUrl.replace(/\/$/, '')}/${path}`, {
      method,
      headers: {
        'Et-App-Key': user.appKey,
        Authorization: `Bearer ${user.token}`,
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then((r) => json<T>(r));
}

describe('streaming against the sandbox', () => {
  let sandbox: Sandbox;
  let user: SandboxUser;
  let rest: ReturnType<typeof restFor>;
  const control = <T>(method: string, path: string, body?: unknown): Promise<T> =>
    fetch(`${sandbox.url.replace(/\/$/, '')}/__sandbox/${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then((r) => json<T>(r));
  const stats = () => control<StreamStats>('GET', 'streams');

  /** Lets a test hold reconnection (discovery) closed to create a gap of its choosing. */
  let gate: Promise<void> | undefined;

  function makeClient(): StreamingClient {
    return new StreamingClient({
      discover: async () => {
        await gate;
        return rest<StreamerAddresses>('GET', 'v1.0/streamers');
      },
      // Every reconnect recovers a session (it reuses the address it knew), so holding this
      // holds the reconnect.
      recover: async (kind) => {
        await gate;
        return (
          await rest<{ Id: string }>(
            'PUT',
            `v1.0/streamers/session/recover?sessionType=${kind === 'data' ? 0 : 1}`,
          )
        ).Id;
      },
      userId: async () => user.userId,
      WebSocket,
      backoff: { baseMs: 20, maxMs: 100 },
      idleCloseMs: 50,
    });
  }

  before(async () => {
    // The market does not move by itself: prices and fills happen when a test says so.
    sandbox = await startSandboxServer({ port: 0, host: '127.0.0.1', autoStart: false });
    user = await control<SandboxUser>('POST', 'users', {});
    rest = restFor(sandbox, user);
  });

  after(async () => {
    await sandbox.close();
  });

  it('subscribes once per key however many listeners, counted at the server', async () => {
    const client = makeClient();
    try {
      const seen = [0, 0, 0];
      const stops = seen.map((_, i) => client.subscribe('Quote', 1, () => seen[i]++));
      // The sandbox answers a quote subscription with a snapshot.
      await waitFor(() => seen.every((n) => n > 0), 3000, 'quote snapshot in every listener');
      assert.equal((await stats()).subscriptions, 1);

      stops[0]();
      stops[1]();
      // A later subscription on the same socket acts as a barrier: once the server has it, it has
      // also processed anything sent before it (an Unsubscribe of quote 1 would show as 1, not 2).
      const stopOther = client.subscribe('Quote', 2, () => {});
      await waitFor(async () => (await stats()).subscriptions === 2, 3000, 'barrier subscription');

      stops[2]();
      stopOther();
      await waitFor(async () => (await stats()).subscriptions === 0, 3000, 'all unsubscribed');
      assert.equal((await stats()).connectionsOpened.quote, 1, 'one quote socket throughout');
    } finally {
      client.dispose();
    }
  });
  it('QuoteStore resolves a ticker over REST and delivers a price set on the sandbox', async () => {
    const client = makeClient();
    const store = new QuoteStore({
      streaming: client,
      resolve: async (symbol) => (await rest<{ Id: number }>('GET', `v1.0/equities/${symbol}`)).Id,
    });
    try {
      const prices: number[] = [];
      store.subscribe('msft', (q) => prices.push(q.Last ?? NaN));
      store.subscribe('MSFT', () => {});
      await waitFor(() => prices.length > 0, 3000, 'snapshot');
      await control('POST', 'prices', { symbol: 'MSFT', price: 432.1 });
      await waitFor(() => prices.at(-1) === 432.1, 3000, 'the new price');
      assert.equal((await stats()).subscriptions, 1, 'two listeners, one stream subscription');
    } finally {
      store.dispose();
      client.dispose();
    }
  });

  it('drops malformed messages and keeps the link', async () => {
    const client = makeClient();
    try {
      const prices: number[] = [];
      client.subscribe('Quote', 3, (q) => prices.push(q.Last ?? NaN));
      await waitFor(() => prices.length === 1, 3000, 'snapshot');
      const opened = (await stats()).connectionsOpened.quote;
      await control('POST', 'faults/sockets', { malformed: 2, userId: user.userId });
      for (const price of [101, 102, 103]) {
        await control('POST', 'prices', { symbol: 3, price });
      }
      await waitFor(() => prices.at(-1) === 103, 3000, 'the price after the corrupted ones');
      assert.equal(prices.length, 2, 'the two corrupted updates never reached the listener');
      assert.equal(client.droppedMessages('quote'), 2);
      assert.equal(client.status('quote'), 'open');
      assert.equal((await stats()).connectionsOpened.quote, opened, 'no reconnect');
    } finally {
      client.dispose();
    }
  });

  it('parses every data entity the sandbox streams into typed values', async () => {
    const accountId = user.accountIds[0];
    const client = makeClient();
    try {
      const got: { [E in StreamEntity]: StreamPayloads[E][] } = {
        Quote: [],
        Order: [],
        Position: [],
        AccountBalance: [],
        UserBalance: [],
        Watchlist: [],
        WatchlistContent: [],
        PriceAlert: [],
      };
      const listen = <E extends StreamEntity>(entity: E, key: number) =>
        client.subscribe(entity, key, (data) => (got[entity] as StreamPayloads[E][]).push(data));
      listen('Order', accountId);
      listen('Position', accountId);
      listen('AccountBalance', accountId);
      listen('Watchlist', user.userId);
      listen('PriceAlert', user.userId);
      await waitFor(() => client.status('data') === 'open', 3000, 'data streamer open');
      await waitFor(async () => (await stats()).subscriptions === 5, 3000, 'subscribed');

      const placed = await rest<{ Id: number }>('POST', `v1.0/accounts/${accountId}/orders`, {
        Symbol: 'AAPL',
        Side: 'Buy',
        Type: 'Market',
        Quantity: 2,
        TimeInforce: 'Day',
      });
      await waitFor(
        async () => {
          if (got.Order.some((o) => o.Id === placed.Id && o.Status === 'Filled')) return true;
          await control('POST', 'step', { ticks: 5 });
          return false;
        },
        5000,
        'the Filled order on the stream',
      );
      const filled = got.Order.find((o) => o.Id === placed.Id && o.Status === 'Filled')!;
      assert.equal(filled.ExecutedQuantity, 2);
      assert.equal(filled.Side, 'Buy');
      assert.equal(filled.Symbol, 'AAPL');
      assert.equal(typeof filled.CreateDate, 'number');
      assert.ok(filled.CreateDate! > Date.UTC(2000, 0, 1), 'CreateDate is epoch ms');
      assert.equal(typeof filled.DateOffset, 'number');

      await waitFor(() => got.Position.length > 0, 3000, 'a Position message');
      const position = got.Position.at(-1)!;
      assert.equal(position.Symbol, 'AAPL');
      assert.ok(position.Quantity! >= 2);
      await waitFor(() => got.AccountBalance.length > 0, 3000, 'a balance message');
      const balance = got.AccountBalance.at(-1)!;
      assert.equal(balance.AccountId, accountId);
      assert.equal(typeof balance.Items.cash, 'number');
      assert.equal(typeof balance.Items.stockBuyingPower, 'number');

      const watchlist = await rest<{ Id: number }>(
        'POST',
        `v1.0/users/${user.userId}/watchlists?resultIncludeSecurities=false`,
        { Name: 'Stream contract' },
      );
      await waitFor(() => got.Watchlist.some((w) => w.Id === watchlist.Id), 3000, 'Watchlist');
      const created = got.Watchlist.find((w) => w.Id === watchlist.Id)!;
      assert.equal(created.Name, 'Stream contract');
      assert.equal(created.IsDeleted, false);
      assert.equal(typeof created.CreateDate, 'number');

      const added: number[][] = [];
      client.subscribe('WatchlistContent', watchlist.Id, (c) => added.push(c.AddedSymbols));
      await waitFor(async () => (await stats()).subscriptions === 6, 3000, 'content subscribed');
      await rest('PUT', `v1.0/users/${user.userId}/watchlists/${watchlist.Id}/securities/2`);
      await waitFor(() => added.length > 0, 3000, 'WatchlistContent');
      assert.deepEqual(added[0], [2]);

      const expires = Math.floor(Date.now() / 1000) + 86_400;
      const alert = await rest<{ Id: number }>('POST', `v1.0/users/${user.userId}/pricealerts`, {
        State: 'New',
        Operator: 'GTEQ',
        SecurityId: 1,
        Field: 'Bid',
        Argument: 1_000_000,
        ExpirationDate: expires,
      });
      await waitFor(() => got.PriceAlert.some((a) => a.Id === alert.Id), 3000, 'PriceAlert');
      const streamedAlert = got.PriceAlert.find((a) => a.Id === alert.Id)!;
      assert.equal(streamedAlert.Argument, 1_000_000);
      assert.equal(streamedAlert.IsDeleted, false);
      assert.equal(streamedAlert.ExpirationDate, expires * 1000, 'Unix seconds become epoch ms');
      assert.equal(client.droppedMessages('data'), 0);
    } finally {
      client.dispose();
    }
  });

  it('after a dropped socket: reconnects with a recovered session, resubscribes, resyncs, and a fill missed in the gap shows after the REST refetch', async () => {
    const accountId = user.accountIds[0];
    const client = makeClient();
    try {
      const streamed: StreamOrder[] = [];
      const quotes: number[] = [];
      client.subscribe('Order', accountId, (order) => streamed.push(order));
      client.subscribe('Quote', 1, (q) => quotes.push(q.Last ?? NaN));
      await waitFor(
        () => client.status('data') === 'open' && client.status('quote') === 'open',
        3000,
        'both streamers open',
      );

      const before = await stats();

      // What a store does on resync: refetch the REST state the stream keeps current.
      let refetched: StreamOrder[] | undefined;
      const resyncs: StreamerKind[] = [];
      client.onResync((kind) => {
        resyncs.push(kind);
        if (kind !== 'data') return;
        void rest<{ Result: StreamOrder[] }>(
          'GET',
          `v1.0/accounts/${accountId}/orders?pageNumber=0&pageSize=20&sortField=Id&desc=true`,
        ).then((page) => (refetched = page.Result));
      });

      // Drop every socket and hold reconnection until the order below has filled.
      let release!: () => void;
      gate = new Promise<void>((resolve) => (release = resolve));
      const dropped = await control<{ dropped: number }>('POST', 'faults/sockets', {
        drop: true,
        userId: user.userId,
      });
      assert.equal(dropped.dropped, 2);
      await waitFor(() => client.status('data') === 'reconnecting', 3000, 'reconnecting');

      const placed = await rest<{ Id: number }>('POST', `v1.0/accounts/${accountId}/orders`, {
        Symbol: 'AAPL',
        Side: 'Buy',
        Type: 'Market',
        Quantity: 3,
        TimeInforce: 'Day',
      });
      await waitFor(
        async () => {
          await control('POST', 'step', { ticks: 5 });
          const order = await rest<{ Status: string }>(
            'GET',
            `v1.0/accounts/${accountId}/orders/${placed.Id}`,
          );
          return order.Status === 'Filled';
        },
        5000,
        'the order to fill during the gap',
      );
      assert.equal(
        streamed.some((o) => o.Id === placed.Id),
        false,
        'the fill happened while the stream was down',
      );

      gate = undefined;
      release();
      await waitFor(() => resyncs.length === 2, 5000, 'both streamers resynced');
      await waitFor(() => refetched !== undefined, 3000, 'REST refetch after resync');
      const order = refetched!.find((o) => o.Id === placed.Id);
      assert.equal(order?.Status, 'Filled');
      assert.equal(order?.ExecutedQuantity, 3);

      // Order and Quote resubscribed on one new socket each.
      await waitFor(async () => (await stats()).subscriptions === 2, 3000, 'resubscribed');
      const after = await stats();
      assert.equal(after.connectionsOpened.data, before.connectionsOpened.data + 1);
      assert.equal(after.connectionsOpened.quote, before.connectionsOpened.quote + 1);

      // And the stream is live again.
      await control('POST', 'prices', { symbol: 'AAPL', price: 250.25 });
      await waitFor(() => quotes.at(-1) === 250.25, 3000, 'a live quote after reconnect');
    } finally {
      gate = undefined;
      client.dispose();
    }
  });
});

describe('heartbeat against the sandbox pinging every 50 ms', () => {
  it('stays on one connection while pings keep arriving within the silence window', async () => {
    const sandbox = await startSandboxServer({
      port: 0,
      host: '127.0.0.1',
      autoStart: false,
      pingIntervalMs: 50,
    });
    const user = await fetch(`${sandbox.url}/__sandbox/users`, { method: 'POST' }).then((r) =>
      json<SandboxUser>(r),
    );
    const rest = restFor(sandbox, user);
    const client = new StreamingClient({
      discover: () => rest<StreamerAddresses>('GET', 'v1.0/streamers'),
      recover: async () => {
        throw new Error('not expected: the discovered session is used');
      },
      userId: async () => user.userId,
      WebSocket,
      // ten ping intervals: room for a loaded machine's late timers (sandbox and client share
      // this process), still far shorter than the wait below
      heartbeatTimeoutMs: 500,
    });
    try {
      const statuses: string[] = [];
      client.onStatus((_kind, status) => statuses.push(status));
      client.subscribe('Quote', 1, () => {});
      await waitFor(() => client.status('quote') === 'open', 3000, 'open');
      // Five silence windows long: without the pings the link would have been declared dead.
      await new Promise((resolve) => setTimeout(resolve, 2500));
      assert.deepEqual(statuses, ['connecting', 'open']);
    } finally {
      client.dispose();
      await sandbox.close();
    }
  });
});
