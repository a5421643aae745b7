/**
 * End to end over real sockets on 127.0.0.1: the sandbox server (REST + streamers) as a client
 * sees it. The market does not run on its own (`autoStart: false`); tests move it through the
 * control API, so every wait is for a message the test caused.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startSandboxServer, type SandboxServer } from '../node/server.ts';
import { openTestClient, type Message, type TestClient } from './ws-test-support.ts';

let server: SandboxServer;

before(async () => {
  server = await startSandboxServer({ autoStart: false, pingIntervalMs: 100 });
});
after(() => server.close());

interface TestUser {
  token: string;
  appKey: string;
  userId: number;
  accountIds: number[];
}

async function json<T>(path: string, init: RequestInit = {}, user?: TestUser): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('Content-Type', 'application/json');
  if (user) {
    headers.set('Et-App-Key', user.appKey);
    headers.set('Authorization', `Bearer ${user.token}`);
  }
  const response = await fetch(`${server.url}${path}`, { ...init, headers });
  const body = (await response.json()) as T;
  assert.ok(
    response.ok,
    `${init.method ?? 'GET'} ${path} → ${response.status} ${JSON.stringify(body)}`,
  );
  return body;
}

const createUser = () => json<TestUser>('/__sandbox/users', { method: 'POST' });

interface Streamers {
  QuoteAddresses: { Url: string; Type: string; SessionId: string }[];
  DataAddresses: { Url: string; Type: string; SessionId: string }[];
}

/** Discover the streamers as a client does and open one with a CreateSession; returns the session id too. */
async function openStreamer(
  user: TestUser,
  kind: 'quote' | 'data',
): Promise<{ client: TestClient; sessionId: string }> {
  const streamers = await json<Streamers>('/api/v1.0/streamers', {}, user);
  const { Url, SessionId } = (
    kind === 'quote' ? streamers.QuoteAddresses : streamers.DataAddresses
  )[0];
  const client = await openTestClient(
    `${Url}/CreateSession.txt?User=${user.userId}:${SessionId}&Password=${SessionId}&HttpClientType=WebSocket`,
  );
  const created = await client.nextMessage((m) => m.Cmd === 'CreateSession.txt');
  assert.equal(created.StatusCode, 'Ok');
  return { client, sessionId: created.SessionId };
}

const subscribe = (
  client: TestClient,
  sessionId: string,
  entityType: string,
  keys: string,
  cmd = 'Subscribe.txt',
) =>
  client.send({
    Cmd: cmd,
    SessionId: sessionId,
    Keys: keys,
    EntityType: entityType,
    HttpClientType: 'WebSocket',
  });

const isData = (entityType: string, key?: string) => (m: Message) =>
  m.Cmd === undefined && m.EntityType === entityType && (key === undefined || m.Key === key);

const setPrice = (symbol: string, price: number) =>
  json<{ SecurityId: number; Last: number }>('/__sandbox/prices', {
    method: 'POST',
    body: JSON.stringify({ symbol, price }),
  });

const allStrings = (message: Message) =>
  assert.deepEqual(
    Object.entries(message).filter(([, v]) => typeof v !== 'string'),
    [],
  );

describe('sandbox streamer end to end', () => {
  test('GET /api/v1.0/streamers answers ws:// URLs on the server host with session ids', async () => {
    const user = await createUser();
    const streamers = await json<Streamers>('/api/v1.0/streamers', {}, user);
    const host = new URL(server.url).host;
    assert.equal(streamers.QuoteAddresses[0].Url, `ws://${host}/streamer/quote`);
    assert.equal(streamers.QuoteAddresses[0].Type, 'EntitlementBased');
    assert.equal(streamers.DataAddresses[0].Url, `ws://${host}/streamer/data`);
    assert.ok(streamers.DataAddresses[0].SessionId);
    const recovered = await json<{ Id: string }>(
      '/api/v1.0/streamers/session/recover?sessionType=1',
      { method: 'PUT' },
      user,
    );
    assert.ok(recovered.Id);
  });

  test('quote: snapshot then string-valued updates; unsubscribe stops them; pings are answered with pongs', async () => {
    const user = await createUser();
    const { client, sessionId } = await openStreamer(user, 'quote');
    const aapl = await setPrice('AAPL', 150.25);
    const key = String(aapl.SecurityId);

    subscribe(client, sessionId, 'Quote', key);
    const ack = await client.nextMessage((m) => m.Cmd === 'Subscribe.txt');
    assert.deepEqual([ack.StatusCode, ack.Keys], ['Ok', key]);
    const snapshot = await client.nextMessage(isData('Quote', key));
    allStrings(snapshot);
    assert.equal(snapshot.Last, '150.25');
    assert.match(snapshot.Date, /^\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d$/);

    await setPrice('AAPL', 151.5);
    const update = await client.nextMessage(isData('Quote', key));
    allStrings(update);
    assert.equal(update.Last, '151.5');

    subscribe(client, sessionId, 'Quote', key, 'Unsubscribe.txt');
    assert.equal((await client.nextMessage((m) => m.Cmd === 'Unsubscribe.txt')).StatusCode, 'Ok');
    await setPrice('AAPL', 152);
    // A later acknowledgement proves the stream is in order past the price change.
    const msft = await setPrice('MSFT', 300);
    subscribe(client, sessionId, 'Quote', String(msft.SecurityId));
    await client.nextMessage((m) => m.Cmd === 'Subscribe.txt');
    assert.deepEqual(
      client.received(isData('Quote', key)).map((m) => m.Last),
      ['150.25', '151.5'],
    );

    await client.nextMessage((m) => m.Cmd === 'Ping');
    client.send({ Cmd: 'Pong', StatusCode: 'Ok' });
    await client.nextMessage((m) => m.Cmd === 'Ping');
    assert.equal(client.closeCode, null);
    client.ws.close();
  });

  test('orders: a market order placed over REST streams PendingNew … Filled with string values', async () => {
    const user = await createUser();
    const accountId = String(user.accountIds[0]);
    const { client, sessionId } = await openStreamer(user, 'data');
    subscribe(client, sessionId, 'Order', accountId);
    subscribe(client, sessionId, 'Position', accountId);
    subscribe(client, sessionId, 'AccountBalance', accountId);
    for (let i = 0; i < 3; i++)
      assert.equal((await client.nextMessage((m) => m.Cmd === 'Subscribe.txt')).StatusCode, 'Ok');

    await json(
      `/api/v1.0/accounts/${accountId}/orders`,
      {
        method: 'POST',
        body: JSON.stringify({
          Symbol: 'AAPL',
          Side: 'Buy',
          Type: 'Market',
          Quantity: 10,
          TimeInforce: 'Day',
        }),
      },
      user,
    );
    const first = await client.nextMessage(isData('Order', accountId));
    allStrings(first);
    assert.equal(first.Status, 'PendingNew');
    assert.equal(first.Quantity, '10.00000');
    assert.match(first.Date, /^\d{13}$/);

    // Step the market (bounded) until the order is filled.
    for (
      let i = 0;
      i < 50 && !client.received(isData('Order', accountId)).some((m) => m.Status === 'Filled');
      i++
    ) {
      await json('/__sandbox/step', { method: 'POST', body: JSON.stringify({ ticks: 5 }) });
    }
    const statuses = client.received(isData('Order', accountId)).map((m) => m.Status);
    assert.equal(statuses[0], 'PendingNew');
    assert.equal(statuses.at(-1), 'Filled');
    const filled = await client.nextMessage(
      (m) => isData('Order', accountId)(m) && m.Status === 'Filled',
    );
    assert.equal(filled.ExecutedQuantity, '10.00000');

    const position = await client.nextMessage(isData('Position', accountId));
    allStrings(position);
    assert.equal(position.Symbol, 'AAPL');
    assert.match(position.Quantity, /^\d+\.00000$/);
    assert.ok(Number(position.Quantity) >= 10, 'the position holds the bought shares');
    const balance = await client.nextMessage(isData('AccountBalance', accountId));
    const items = JSON.parse(balance.Items) as { Name: string; Value: number }[];
    assert.equal(typeof items.find((i) => i.Name === 'cash')?.Value, 'number');
    client.ws.close();
  });

  test('refusals: a wrong SessionId, another user’s account, another user’s streamer session', async () => {
    const user = await createUser();
    const other = await createUser();
    const { client, sessionId } = await openStreamer(user, 'data');
    subscribe(client, 'wrong-session', 'Order', String(user.accountIds[0]));
    assert.equal((await client.nextMessage((m) => m.Cmd === 'Subscribe.txt')).StatusCode, 'Error');
    subscribe(client, sessionId, 'Order', String(other.accountIds[0]));
    const refused = await client.nextMessage((m) => m.Cmd === 'Subscribe.txt');
    assert.deepEqual(
      [refused.StatusCode, refused.RejectedKeys],
      ['Error', String(other.accountIds[0])],
    );
    client.ws.close();

    const othersSession = (await json<Streamers>('/api/v1.0/streamers', {}, other))
      .QuoteAddresses[0];
    const intruder = await openTestClient(
      `${othersSession.Url}/CreateSession.txt?User=${user.userId}:${othersSession.SessionId}&Password=${othersSession.SessionId}&HttpClientType=WebSocket`,
    );
    assert.equal((await intruder.nextMessage()).StatusCode, 'Error');
    await intruder.waitClosed();
  });

  test('faults: malformed frames arrive as non-JSON; dropped sockets close', async () => {
    const user = await createUser();
    const { client } = await openStreamer(user, 'quote');
    const streams = () => json<{ sockets: { quote: number } }>('/__sandbox/streams');
    assert.ok((await streams()).sockets.quote >= 1);

    await json('/__sandbox/faults/sockets', {
      method: 'POST',
      body: JSON.stringify({ malformed: 1, userId: user.userId }),
    });
    const broken = await client.nextFrame();
    assert.throws(() => JSON.parse(broken));
    assert.equal((await client.nextMessage()).Cmd, 'Ping', 'the next frame is JSON again');

    const dropped = await json<{ dropped: number }>('/__sandbox/faults/sockets', {
      method: 'POST',
      body: JSON.stringify({ drop: true, userId: user.userId }),
    });
    assert.equal(dropped.dropped, 1);
    assert.equal(await client.waitClosed(), 4000);
  });
});
