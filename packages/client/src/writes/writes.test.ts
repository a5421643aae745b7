/**
 * `client.writes` against the real sandbox over HTTP: each write refetches exactly the
 * subscribed queries it changes (they show the server's new state), and leaves the others
 * alone, also when the write fails. The clients here have no WebSocket (Node 20), so no stream
 * event refetches anything: every refetch seen is the write's own.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  alertsQuery,
  balanceQuery,
  ordersQuery,
  positionsQuery,
  watchlistQuery,
  watchlistsQuery,
} from '../store/resources/index.ts';
import type { AutoSharesClient } from '../client.ts';
import type { QueryDef } from '../store/query-cache.ts';
import { startHarness, type SandboxHarness, type SandboxUser } from '../test-support/sandbox.ts';
import { isCode } from '../test-support/errors.ts';
import { waitFor } from '../streaming/testing/wait-for.ts';

const DAY = 86_400_000;

let h: SandboxHarness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

/** A client for a new user that records every request it sends (`GET /v1.0/…`). */
async function recordingClient(): Promise<{
  user: SandboxUser;
  client: AutoSharesClient;
  requests: string[];
}> {
  const user = await h.createUser();
  const requests: string[] = [];
  const client = h.client(user, {
    fetch: (input, init) => {
      const request = input instanceof Request ? input : new Request(input, init);
      requests.push(`${request.method} ${decodeURIComponent(new URL(request.url).pathname)}`);
      return fetch(input, init);
    },
  });
  return { user, client, requests };
}

/** Subscribes to each query until the test ends; resolves once all have data. */
async function subscribed(
  client: AutoSharesClient,
  defs: readonly QueryDef<unknown>[],
  stops: (() => void)[],
): Promise<void> {
  for (const def of defs) stops.push(client.queries.subscribe(def, () => {}));
  await waitFor(
    () => defs.every((def) => client.queries.getState(def.key).status === 'success'),
    8000,
    'every query loaded',
  );
}

/** Right after a write: which of the queries it refetches, which it leaves alone. */
function assertRefetching(
  client: AutoSharesClient,
  expected: { refetching: readonly QueryDef<unknown>[]; untouched: readonly QueryDef<unknown>[] },
): void {
  const fetching = (def: QueryDef<unknown>) => client.queries.getState(def.key).fetching;
  for (const def of expected.refetching)
    assert.equal(fetching(def), true, `${JSON.stringify(def.key)} refetches`);
  for (const def of expected.untouched) {
    assert.equal(fetching(def), false, `${JSON.stringify(def.key)} is not refetched`);
    assert.equal(client.queries.getState(def.key).stale, false, `${JSON.stringify(def.key)} kept`);
  }
}

const gets = (requests: readonly string[]) => requests.filter((r) => r.startsWith('GET ')).sort();

test('adding and removing a symbol refetches the lists and that list, not another list nor the alerts', async () => {
  const { client, requests } = await recordingClient();
  const stops: (() => void)[] = [];
  try {
    const lists = await client.api.watchlists.list();
    const tech = lists.find((l) => l.Name === 'Tech leaders')!.Id!;
    const dividends = lists.find((l) => l.Name === 'Dividends & ETFs')!.Id!;
    const all = watchlistsQuery(client);
    const techList = watchlistQuery(client, tech);
    const otherList = watchlistQuery(client, dividends);
    const alerts = alertsQuery(client);
    await subscribed(client, [all, techList, otherList, alerts], stops);
    const symbols = (id: number) =>
      client.queries
        .getState<typeof lists>(all.key)
        .data?.find((l) => l.Id === id)
        ?.SecurityList?.map((s) => s.Symbol);
    assert.equal(symbols(tech)?.includes('KO'), false);

    requests.length = 0;
    await client.writes.watchlists.addSymbol(tech, 'KO');
    assertRefetching(client, { refetching: [all, techList], untouched: [otherList, alerts] });
    await waitFor(() => symbols(tech)?.includes('KO') === true, 8000, 'KO in the cached lists');
    await waitFor(() => !client.queries.getState(techList.key).fetching, 8000, 'list refetched');
    assert.ok(
      client.queries
        .getState<(typeof lists)[number]>(techList.key)
        .data?.SecurityList?.some((s) => s.Symbol === 'KO'),
      'KO in the cached list',
    );
    assert.deepEqual(gets(requests), [
      'GET /api/v1.0/users/@me/watchlists',
      `GET /api/v1.0/users/@me/watchlists/${tech}`,
    ]);

    requests.length = 0;
    const ko = client.queries
      .getState<(typeof lists)[number]>(techList.key)
      .data!.SecurityList!.find((s) => s.Symbol === 'KO')!;
    await client.writes.watchlists.removeSecurity(tech, ko.Id!);
    assertRefetching(client, { refetching: [all, techList], untouched: [otherList, alerts] });
    await waitFor(() => symbols(tech)?.includes('KO') === false, 8000, 'KO gone from the lists');
  } finally {
    stops.forEach((stop) => stop());
  }
});

test('creating a list refetches only the lists; a failed rename refetches them too and rejects', async () => {
  const { client, requests } = await recordingClient();
  const stops: (() => void)[] = [];
  try {
    const all = watchlistsQuery(client);
    await subscribed(client, [all], stops);
    const first = client.queries.getState<{ Id?: number }[]>(all.key).data![0]!.Id!;
    const firstList = watchlistQuery(client, first);
    await subscribed(client, [firstList], stops);
    const names = () =>
      client.queries.getState<{ Name?: string }[]>(all.key).data?.map((l) => l.Name) ?? [];

    requests.length = 0;
    const created = await client.writes.watchlists.create({ Name: 'Made by a write' });
    assertRefetching(client, { refetching: [all], untouched: [firstList] });
    await waitFor(() => names().includes('Made by a write'), 8000, 'the new list cached');
    assert.deepEqual(gets(requests), ['GET /api/v1.0/users/@me/watchlists']);

    await client.writes.watchlists.delete(created.Id!);
    await waitFor(() => !names().includes('Made by a write'), 8000, 'the deleted list gone');

    // a list that no longer exists: the server refuses, and the lists show what it has
    await assert.rejects(
      client.writes.watchlists.rename(created.Id!, 'Renamed'),
      isCode('conflict'),
    );
    assertRefetching(client, { refetching: [all], untouched: [firstList] });
  } finally {
    stops.forEach((stop) => stop());
  }
});

test('creating, changing and deleting an alert refetches the alerts, not the watchlists', async () => {
  const { client } = await recordingClient();
  const stops: (() => void)[] = [];
  try {
    const alerts = alertsQuery(client);
    const lists = watchlistsQuery(client);
    await subscribed(client, [alerts, lists], stops);
    type Alerts = { items: { Id?: number; Argument?: number }[] };
    const cached = (id: number) =>
      client.queries.getState<Alerts>(alerts.key).data?.items.find((a) => a.Id === id);
    const equity = await client.api.securities.equity('AAPL');
    const input = {
      SecurityId: equity.Id!,
      Field: 'Last',
      Operator: 'GTEQ',
      Argument: 1000,
      ExpirationDate: Date.now() + 30 * DAY,
    } as const;

    const created = await client.writes.alerts.create(input);
    assertRefetching(client, { refetching: [alerts], untouched: [lists] });
    await waitFor(() => cached(created.Id!) !== undefined, 8000, 'the new alert cached');

    await client.writes.alerts.update(created.Id!, { ...input, Argument: 1100 });
    assertRefetching(client, { refetching: [alerts], untouched: [lists] });
    await waitFor(() => cached(created.Id!)?.Argument === 1100, 8000, 'the change cached');

    await client.writes.alerts.delete(created.Id!);
    assertRefetching(client, { refetching: [alerts], untouched: [lists] });
    await waitFor(() => cached(created.Id!) === undefined, 8000, 'the alert gone');
  } finally {
    stops.forEach((stop) => stop());
  }
});

test("cancelling an order refetches the account's orders and balance, not its positions nor another account; a refused cancel too", async () => {
  const { user, client } = await recordingClient();
  const stops: (() => void)[] = [];
  try {
    const [margin, other] = user.accountIds as [number, number];
    const open = ordersQuery(client, margin, { statuses: ['New'] });
    const orders = ordersQuery(client, margin);
    const balance = balanceQuery(client, margin);
    const positions = positionsQuery(client, margin);
    const otherOrders = ordersQuery(client, other);
    await subscribed(client, [open, orders, balance, positions, otherOrders], stops);
    type Orders = { items: { Id?: number; Symbol?: string; Status?: string }[] };
    const listed = (def: QueryDef<unknown>, id: number) =>
      client.queries.getState<Orders>(def.key).data?.items.find((o) => o.Id === id);
    const msft = client.queries
      .getState<Orders>(open.key)
      .data!.items.find((o) => o.Symbol === 'MSFT')!;

    await client.writes.orders.cancel(margin, msft.Id!);
    assertRefetching(client, {
      refetching: [open, orders, balance],
      untouched: [positions, otherOrders],
    });
    await waitFor(() => listed(open, msft.Id!) === undefined, 8000, 'no longer open');
    await waitFor(() => listed(orders, msft.Id!)?.Status === 'Canceled', 8000, 'listed cancelled');

    await assert.rejects(client.writes.orders.cancel(margin, msft.Id!), isCode('conflict'));
    assertRefetching(client, {
      refetching: [open, orders, balance],
      untouched: [positions, otherOrders],
    });
  } finally {
    stops.forEach((stop) => stop());
  }
});
