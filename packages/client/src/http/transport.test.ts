/**
 * The HTTP edge against tiny local servers, for what the sandbox cannot produce: malformed
 * JSON, dropped connections, slow answers, redirects to another origin, servers echoing secrets.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { AutoSharesClient } from '../client.ts';
import { AutoSharesError } from '../errors.ts';
import { sendJson, startLocalServer, type LocalServer } from '../test-support/local-server.ts';
import { isCode } from '../test-support/errors.ts';

const servers: LocalServer[] = [];
const clients: AutoSharesClient[] = [];
after(async () => {
  clients.forEach((c) => c.dispose());
  await Promise.all(servers.map((s) => s.close()));
});

async function serve(handler: Parameters<typeof startLocalServer>[0]) {
  const server = await startLocalServer(handler);
  servers.push(server);
  return server;
}
function clientFor(
  server: LocalServer,
  options: Partial<ConstructorParameters<typeof AutoSharesClient>[0]> = {},
) {
  const client = new AutoSharesClient({
    baseUrl: `${server.url}/api`,
    appKey: 'key-1',
    token: 'secret-token-123',
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    ...options,
  });
  clients.push(client);
  return client;
}

test('sends the app key, Accept and bearer to the API; a 200 that is not JSON is malformed_response', async () => {
  const server = await serve((req, res) =>
    req.url.includes('/@me/info')
      ? sendJson(res, 200, '{"UserId": 1,')
      : sendJson(res, 200, { UserId: 7 }),
  );
  const client = clientFor(server);
  assert.equal((await client.api.users.info({ userId: 7 })).UserId, 7);
  const seen = server.requests[0]!;
  assert.equal(seen.url, '/api/v1.0/users/7/info');
  assert.equal(seen.headers['et-app-key'], 'key-1');
  assert.equal(seen.headers.accept, 'application/json');
  assert.equal(seen.headers.authorization, 'Bearer secret-token-123');
  await assert.rejects(client.api.users.info(), isCode('malformed_response'));
  await assert.rejects(
    client.api.users.accounts(),
    isCode('malformed_response'),
    'an object where a list belongs',
  );
});

test('a dropped connection is a network error; reads retry, writes are sent once', async () => {
  const server = await serve((_req, _res, raw) => raw.socket.destroy());
  const client = clientFor(server);
  await assert.rejects(client.api.users.accounts(), isCode('network'));
  assert.equal(server.requests.length, 3, 'a GET is tried three times (two retries)');
  server.requests.length = 0;
  await assert.rejects(
    client.api.orders.place(1, { Symbol: 'AAPL', Type: 'Market', Side: 'Buy', Quantity: 1 }),
    (e: unknown) =>
      isCode('network')(e) && typeof (e as AutoSharesError).details.clientId === 'string',
  );
  assert.equal(server.requests.length, 1, 'an order placement is sent exactly once');
});

test('a slow answer rejects with timeout; an aborted call with aborted', async () => {
  const server = await serve((_req, res) => {
    const timer = setTimeout(() => sendJson(res, 200, []), 2000);
    res.on('close', () => clearTimeout(timer));
  });
  const client = clientFor(server, { retry: { limit: 0 } });
  await assert.rejects(client.api.users.accounts({ timeoutMs: 50 }), isCode('timeout'));
  const controller = new AbortController();
  const pending = client.api.users.accounts({ signal: controller.signal });
  setTimeout(() => controller.abort(), 20);
  await assert.rejects(pending, isCode('aborted'));
});

test('the token never reaches another origin, and never appears in an error', async () => {
  const other = await serve((_req, res) => sendJson(res, 200, { UserId: 9 }));
  const api = await serve((req, res) => {
    if (req.url.includes('/info')) {
      res.writeHead(302, { Location: `${other.url}/elsewhere` });
      res.end();
    } else {
      // A careless server echoing the credentials back in its error body.
      sendJson(res, 400, {
        Message: `Bad request from ${req.headers.authorization}`,
        ModelState: { token: [String(req.headers.authorization)] },
      });
    }
  });
  const client = clientFor(api);
  await client.api.users.info();
  assert.equal(other.requests.length, 1, 'the redirect was followed');
  assert.equal(
    other.requests[0]!.headers.authorization,
    undefined,
    'no bearer on the other origin',
  );
  const error = await client.api.users.accounts().catch((e: unknown) => e as AutoSharesError);
  assert.ok(error instanceof AutoSharesError && error.code === 'validation');
  const everything = JSON.stringify(error) + error.message + String(error.stack);
  assert.ok(
    !everything.includes('secret-token-123'),
    'token scrubbed from message, details and field errors',
  );
  assert.match(String(error.details.serverMessage), /\[redacted\]/);
});

test('no token and no provider: unauthorized without a request, and auth-required fires', async () => {
  const server = await serve((_req, res) => sendJson(res, 200, []));
  let current: string | null = null;
  const client = clientFor(server, { token: undefined, tokenProvider: () => current });
  const events: string[] = [];
  client.onAuthRequired((e) => events.push(e.reason));
  await assert.rejects(client.api.users.accounts(), isCode('unauthorized'));
  assert.equal(server.requests.length, 0);
  assert.deepEqual(events, ['no-token']);
  current = 'now-signed-in';
  client.tokenChanged();
  assert.deepEqual(await client.api.users.accounts(), []);
  assert.equal(server.requests[0]!.headers.authorization, 'Bearer now-signed-in');
});

test('envelopes are unwrapped; a failed envelope in a 200 is an error; 204 resolves', async () => {
  const server = await serve((req, res) => {
    if (req.url.includes('/verified/'))
      sendJson(res, 200, {
        Model: { IsSuccessful: true, OrderId: 5 },
        Errors: [],
        IsSucceed: true,
      });
    else if (req.method === 'DELETE') {
      res.writeHead(204);
      res.end();
    } else sendJson(res, 200, { Model: null, Errors: ['Failed to replace'], IsSucceed: false });
  });
  const client = clientFor(server);
  assert.equal((await client.api.orders.verify(1, 5)).OrderId, 5);
  await assert.rejects(
    client.api.orders.replace(1, 5, { Quantity: 2 }),
    (e: unknown) => isCode('conflict')(e) && (e as Error).message === 'Failed to replace',
  );
  assert.equal(await client.api.orders.cancel(1, 5), undefined);
});

test('order route options: exchange/currency go in the query, language in a header', async () => {
  const server = await serve((_req, res) =>
    sendJson(res, 200, { IsSuccessful: true, TotalCost: 1 }),
  );
  const client = clientFor(server);
  const order = { Symbol: 'AAPL', Type: 'Market', Side: 'Buy', Quantity: 1 } as const;
  await client.api.orders.preview(12, order, {
    exchange: 'XNAS',
    currency: 'USD',
    language: 'ja-JP',
  });
  const seen = server.requests[0]!;
  assert.equal(seen.url, '/api/v1.0/accounts/12/preview/orders?currency=USD&exchange=XNAS');
  assert.equal(seen.headers.language, 'ja-JP');
  assert.deepEqual(JSON.parse(seen.body), order);
});
