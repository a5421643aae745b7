/**
 * Token refresh, retries, rate limits, placement safety, the limiter and request dedupe,
 * against the real sandbox over HTTP (its fault knobs and request counters).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { accountsQuery, balanceQuery } from '../store/resources/index.ts';
import { AutoSharesError } from '../errors.ts';
import type { TokenRequest } from '../auth/token-manager.ts';
import type { QueryState } from '../store/query-cache.ts';
import { startHarness, type SandboxHarness, type SandboxUser } from '../test-support/sandbox.ts';
import { waitFor } from '../streaming/testing/wait-for.ts';
import { isCode } from '../test-support/errors.ts';

let h: SandboxHarness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

/** A fresh token for the user, as a host's token endpoint would give it. */
async function login(user: SandboxUser): Promise<string> {
  const res = await fetch(`${h.server.apiUrl}/token`, {
    method: 'POST',
    headers: { 'Et-App-Key': user.appKey, Username: user.username, Password: user.password },
  });
  return ((await res.json()) as { Token: string }).Token;
}
const expire = (user: SandboxUser, token = user.token) =>
  h.faults({ expireTokens: true, scope: { token } });
const count = async (path: string) => (await h.stats()).byPath[path] ?? 0;

test('401 → the provider is asked once → the request is replayed and succeeds', async () => {
  const user = await h.createUser();
  const asked: TokenRequest[] = [];
  const client = h.client(user, { tokenProvider: async (r) => (asked.push(r), login(user)) });
  await expire(user);
  await h.resetStats();
  const accounts = await client.api.users.accounts();
  assert.equal(accounts.length, user.accountIds.length);
  assert.deepEqual(asked, [{ reason: 'unauthorized' }]);
  assert.equal(await count(`GET /api/v1.0/users/@me/accounts`), 2, 'the first try and one replay');
});

test('concurrent 401s share ONE refresh, and every caller gets its data', async () => {
  const user = await h.createUser();
  let calls = 0;
  const client = h.client(user, { tokenProvider: async () => (calls++, login(user)) });
  await expire(user);
  const results = await Promise.all([
    client.api.users.accounts(),
    client.api.users.info(),
    client.api.users.balance(user.accountIds[0]!),
    client.api.positions.groups(user.accountIds[0]!),
    client.api.orders.list(user.accountIds[0]!),
  ]);
  assert.equal(results.length, 5);
  assert.equal(calls, 1);
});

test('no fresh token: unauthorized, auth-required fires once, a new token recovers', async () => {
  const user = await h.createUser();
  let current: string | null = null;
  const client = h.client(user, { tokenProvider: () => current });
  const events: string[] = [];
  client.onAuthRequired((e) => events.push(e.reason));
  const states: QueryState<unknown>[] = [];
  await expire(user);
  const stop = client.queries.subscribe(accountsQuery(client), (s) => states.push(s));
  await assert.rejects(client.api.users.info(), isCode('unauthorized'));
  await waitFor(() => states.at(-1)?.status === 'error', 5000, 'the query shows the error');
  assert.equal(states.at(-1)!.error?.code, 'unauthorized');
  assert.deepEqual(events, ['token-rejected']);
  current = await login(user);
  client.tokenChanged();
  await waitFor(
    () => states.at(-1)?.status === 'success',
    5000,
    'the query recovers after the provider has a token',
  );
  stop();
});

test('429 with Retry-After: a read waits and succeeds; a write reports rate_limited', async () => {
  const user = await h.createUser();
  const client = h.client(user);
  await h.faults({ rateLimit: { count: 1, retryAfterSeconds: 1 }, scope: { token: user.token } });
  await h.resetStats();
  assert.equal((await client.api.users.accounts()).length, user.accountIds.length);
  assert.equal(await count('GET /api/v1.0/users/@me/accounts'), 2);

  // A pause longer than the client waits by itself is handed to the caller at once.
  const impatient = h.client(user, { retry: { maxRetryAfterMs: 1000 } });
  await h.faults({ rateLimit: { count: 1, retryAfterSeconds: 30 }, scope: { token: user.token } });
  await assert.rejects(
    impatient.api.users.info(),
    (e: unknown) => isCode('rate_limited')(e) && (e as AutoSharesError).retryAfterMs === 30_000,
  );

  await h.faults({ rateLimit: { count: 1, retryAfterSeconds: 2 }, scope: { token: user.token } });
  const order = { Symbol: 'AAPL', Type: 'Market', Side: 'Buy', Quantity: 1 } as const;
  await assert.rejects(
    client.api.orders.preview(user.accountIds[0]!, order),
    (e: unknown) => isCode('rate_limited')(e) && (e as AutoSharesError).retryAfterMs === 2000,
  );
  assert.equal(await count(`POST /api/v1.0/accounts/${user.accountIds[0]}/preview/orders`), 1);
});

test('5xx: reads retry with backoff; a write does not', async () => {
  const user = await h.createUser();
  const client = h.client(user, { retry: { baseDelayMs: 10 } });
  await h.faults({ serverError: { count: 2, status: 503 }, scope: { token: user.token } });
  await h.resetStats();
  assert.ok(await client.api.users.info());
  assert.equal(await count('GET /api/v1.0/users/@me/info'), 3);
  await h.faults({ serverError: { count: 1, status: 500 }, scope: { token: user.token } });
  await assert.rejects(
    client.api.watchlists.create({ Name: 'never twice' }),
    isCode('server_error'),
  );
  assert.equal(await count('POST /api/v1.0/users/@me/watchlists'), 1);
});

test('a placement that times out is not retried: the sandbox records exactly one order', async () => {
  const user = await h.createUser();
  const accountId = user.accountIds[0]!;
  const client = h.client(user);
  await h.faults({ latencyMs: 400, scope: { token: user.token } });
  await h.resetStats();
  const error = await client.api.orders
    .place(
      accountId,
      { Symbol: 'MSFT', Type: 'Limit', Side: 'Buy', Quantity: 1, Price: 5 },
      { timeoutMs: 50 },
    )
    .catch((e: unknown) => e as AutoSharesError);
  assert.ok(error instanceof AutoSharesError && error.code === 'timeout');
  const clientId = String(error.details.clientId);
  await h.faults({ latencyMs: 0, scope: { token: user.token } });
  // The server went on to accept it: the caller can find it by ClientId instead of re-placing.
  let found: unknown;
  await waitFor(
    async () => (found = await client.api.orders.findByClientId(accountId, clientId)) !== undefined,
    5000,
    'the order',
  );
  const orders = await client.api.orders.all(accountId);
  assert.equal(orders.filter((o) => o.ClientId === clientId).length, 1);
  assert.equal(await count(`POST /api/v1.0/accounts/${accountId}/orders`), 1);
  assert.ok(found);
});

test('the limiter keeps a burst under budget: requests wait instead of hitting the server', async () => {
  const user = await h.createUser();
  // 2 s: the count below still falls in the first window however slowly a loaded machine polls
  const client = h.client(user, { limits: { queries: { limit: 4, windowMs: 2000 } } });
  await h.resetStats();
  const path = 'GET /api/v1.0/users/@me/info';
  const burst = Array.from({ length: 10 }, () => client.api.users.info());
  await waitFor(async () => (await count(path)) >= 4, 5000, 'the first four');
  assert.equal(await count(path), 4, 'the other six are still waiting in the client');
  const results = await Promise.all(burst);
  assert.equal(results.length, 10);
  assert.equal(await count(path), 10, 'and every one went out, none failed with 429');
});

test('N concurrent subscribers of a resource → one request at the server', async () => {
  const user = await h.createUser();
  const client = h.client(user);
  await h.resetStats();
  const accountId = user.accountIds[0]!;
  const states: QueryState<unknown>[][] = [];
  const stops = Array.from({ length: 8 }, (_, i) => {
    states[i] = [];
    return client.queries.subscribe(balanceQuery(client, accountId), (s) => states[i]!.push(s));
  });
  const direct = await client.queries.fetch(balanceQuery(client, accountId));
  await waitFor(
    () => states.every((list) => list.at(-1)?.status === 'success'),
    5000,
    'all subscribers have data',
  );
  assert.equal(await count(`GET /api/v1.0/accounts/${accountId}/info`), 1);
  assert.ok(states.every((list) => list.at(-1)!.data === direct));
  stops.forEach((stop) => stop());
});
