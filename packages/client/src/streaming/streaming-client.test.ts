import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { WebSocket } from 'ws';
import { StreamingClient, type StreamingClientOptions } from './streaming-client.ts';
import { RESYNC_ACK_WAIT_MS, type StreamStatus } from './connection.ts';
import type { StreamQuote, StreamerKind } from './stream-types.ts';
import { FAKE_USER_ID, startFakeStreamer, type FakeStreamer } from './testing/fake-streamer.ts';
import { waitFor } from './testing/wait-for.ts';

describe('StreamingClient against a protocol-speaking WebSocket server', () => {
  let fake: FakeStreamer;
  let client: StreamingClient;

  function makeClient(options: Partial<StreamingClientOptions> = {}): StreamingClient {
    client = new StreamingClient({
      ...fake.services,
      WebSocket,
      backoff: { baseMs: 10, maxMs: 40 },
      idleCloseMs: 50,
      ...options,
    });
    return client;
  }

  beforeEach(async () => {
    fake = await startFakeStreamer();
  });

  afterEach(async () => {
    client?.dispose();
    await fake.close();
  });

  it('logs in with userId:SessionId and uses the SessionId CreateSession returned afterwards', async () => {
    makeClient();
    client.subscribe('Quote', 5, () => {});
    client.subscribe('Order', 101, () => {});
    await waitFor(() => fake.commands('Subscribe.txt').length === 2, 2000, 'both subscriptions');

    const quoteLogin = fake.logins.find((l) => l.kind === 'quote')!;
    assert.equal(quoteLogin.path, '/quote/CreateSession.txt');
    assert.deepEqual(Object.fromEntries(quoteLogin.query), {
      User: `${FAKE_USER_ID}:discovered-quote`,
      Password: 'discovered-quote',
      HttpClientType: 'WebSocket',
    });
    // The data address had no SessionId: the client recovered one.
    const dataLogin = fake.logins.find((l) => l.kind === 'data')!;
    assert.deepEqual(fake.services.recoverCalls, ['data']);
    assert.equal(dataLogin.query.get('Password'), 'recovered-data-1');

    const [quoteSub] = fake.commands('Subscribe.txt', 'quote');
    const quoteSession = fake.received.find((r) => r.kind === 'quote')!.socketSession;
    assert.deepEqual(quoteSub, {
      Cmd: 'Subscribe.txt',
      SessionId: quoteSession,
      Keys: '5',
      EntityType: 'Quote',
      HttpClientType: 'WebSocket',
    });
    assert.match(quoteSession, /^server-quote-/);
    const [orderSub] = fake.commands('Subscribe.txt', 'data');
    assert.equal(orderSub.EntityType, 'Order');
    assert.equal(orderSub.Keys, '101');
    assert.match(String(orderSub.SessionId), /^server-data-/);
    assert.equal(client.status('quote'), 'open');
    assert.equal(client.status('data'), 'open');
  });

  it('reference-counts: 3 listeners → 1 Subscribe; 2 leave → no Unsubscribe; last → 1 Unsubscribe', async () => {
    makeClient({ idleCloseMs: 5000 });
    const got: number[][] = [[], [], []];
    const stops = got.map((list) =>
      client.subscribe('Quote', 5, (q: StreamQuote) => list.push(q.Last ?? NaN)),
    );
    await waitFor(() => fake.commands('Subscribe.txt').length === 1, 2000, 'Subscribe');
    fake.send('quote', { EntityType: 'Quote', Key: '5', Last: '101.5' });
    await waitFor(() => got.every((list) => list.length === 1), 2000, 'every listener fed');
    assert.deepEqual(got, [[101.5], [101.5], [101.5]]);

    stops[0]();
    stops[1]();
    stops[1](); // twice is harmless
    fake.send('quote', { EntityType: 'Quote', Key: '5', Last: '102' });
    await waitFor(() => got[2].length === 2, 2000, 'remaining listener fed');
    assert.equal(fake.commands('Unsubscribe.txt').length, 0);
    assert.deepEqual(got[0], [101.5]);

    stops[2]();
    await waitFor(() => fake.commands('Unsubscribe.txt').length === 1, 2000, 'Unsubscribe');
    assert.equal(fake.commands('Subscribe.txt').length, 1);
    assert.equal(fake.commands('Unsubscribe.txt')[0].Keys, '5');
    assert.equal(fake.open('quote'), 1, 'socket stays open during the grace period');
  });

  it('routes messages by entity and key', async () => {
    makeClient();
    const five: number[] = [];
    const six: number[] = [];
    const orders: number[] = [];
    client.subscribe('Quote', 5, (q) => five.push(q.Bid!));
    client.subscribe('Quote', '6', (q) => six.push(q.Bid!));
    client.subscribe('Order', 101, (o) => orders.push(o.Id!));
    await waitFor(() => fake.commands('Subscribe.txt').length === 3, 2000, 'subscriptions');
    fake.send('quote', { EntityType: 'Quote', Key: '6', Bid: '6.5' });
    fake.send('quote', { EntityType: 'Quote', Key: '5', Bid: '5.5' });
    fake.send('quote', { EntityType: 'Quote', Key: '7', Bid: '7.5' });
    fake.send('data', { EntityType: 'Order', Key: '101', Id: '42', Status: 'Filled' });
    await waitFor(() => five.length + six.length + orders.length === 3, 2000, 'messages');
    assert.deepEqual([five, six, orders], [[5.5], [6.5], [42]]);
  });

  it('reports a subscription the server refuses', async () => {
    makeClient();
    const rejected: string[] = [];
    client.onRejected((entity, key, message) => rejected.push(`${entity}:${key}:${message}`));
    client.subscribe('Quote', 999, () => {});
    await waitFor(() => fake.commands('Subscribe.txt').length === 1, 2000, 'Subscribe');
    fake.send('quote', {
      Cmd: 'Subscribe.txt',
      StatusCode: 'Error',
      EntityType: 'Quote',
      Keys: '',
      RejectedKeys: '999',
      Message: 'Unknown security',
    });
    fake.send('quote', { Cmd: 'Subscribe.txt', StatusCode: 'Ok', EntityType: 'Quote', Keys: '5' });
    await waitFor(() => rejected.length > 0, 2000, 'rejection');
    assert.deepEqual(rejected, ['Quote:999:Unknown security']);
  });

  it('answers Ping with Pong', async () => {
    makeClient();
    client.subscribe('Quote', 5, () => {});
    await waitFor(() => client.status('quote') === 'open', 2000, 'open');
    fake.send('quote', { Cmd: 'Ping' });
    await waitFor(() => fake.commands('Pong').length === 1, 2000, 'Pong');
    assert.deepEqual(fake.commands('Pong')[0], { Cmd: 'Pong', StatusCode: 'Ok' });
  });

  it('treats silence as a dead link: reconnects, recovers a session, resubscribes, resyncs', async () => {
    // (long enough that the second link, just as silent, is still up while it is checked on a
    // loaded machine)
    makeClient({ heartbeatTimeoutMs: 500 });
    const statuses: StreamStatus[] = [];
    const resyncs: StreamerKind[] = [];
    client.onStatus((kind, status) => kind === 'quote' && statuses.push(status));
    client.onResync((kind) => resyncs.push(kind));
    client.subscribe('Quote', 5, () => {});
    await waitFor(() => client.status('quote') === 'open', 2000, 'open');
    // The fake server never pings: after 500 ms of silence the client gives up on the link.
    await waitFor(() => fake.logins.length === 2, 3000, 'second login');
    await waitFor(() => resyncs.length === 1, 3000, 'resync');
    assert.deepEqual(statuses.slice(0, 4), ['connecting', 'open', 'reconnecting', 'open']);
    assert.deepEqual(fake.services.recoverCalls, ['quote']);
    assert.equal(fake.logins[1].query.get('Password'), 'recovered-quote-1');
    const subscribes = () => fake.received.filter((r) => r.message.Cmd === 'Subscribe.txt');
    await waitFor(() => subscribes().length >= 2, 2000, 'resubscribe at the server');
    const subs = subscribes();
    assert.equal(subs.length, 2);
    assert.notEqual(subs[1].message.SessionId, subs[0].message.SessionId);
    assert.equal(subs[1].message.SessionId, subs[1].socketSession);
  });

  it('keeps a link alive while the server pings', async () => {
    // Pings every 60 ms for about twice the heartbeat timeout: without them the link would be
    // given up halfway; the timeout leaves room for a loaded machine's late timers.
    makeClient({ heartbeatTimeoutMs: 500 });
    client.subscribe('Quote', 5, () => {});
    await waitFor(() => client.status('quote') === 'open', 2000, 'open');
    const pings = 16;
    for (let i = 0; i < pings; i++) {
      fake.send('quote', { Cmd: 'Ping' });
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    await waitFor(() => fake.commands('Pong').length === pings, 2000, 'every Ping answered');
    assert.equal(fake.logins.length, 1, 'no reconnect while pinged');
  });

  it('reconnects after a dropped socket, resubscribes everything, then fires resync', async () => {
    makeClient();
    const resyncs: StreamerKind[] = [];
    client.onResync((kind) => resyncs.push(kind));
    const quotes: number[] = [];
    client.subscribe('Order', 101, () => {});
    client.subscribe('Position', 101, () => {});
    client.subscribe('Quote', 5, (q) => quotes.push(q.Last!));
    await waitFor(() => fake.commands('Subscribe.txt').length === 3, 2000, 'subscriptions');
    fake.drop();
    await waitFor(() => resyncs.length === 2, 3000, 'both streamers resynced');
    assert.deepEqual(resyncs.sort(), ['data', 'quote']);
    await waitFor(
      () => fake.commands('Subscribe.txt').length >= 6,
      2000,
      'resubscribes at the server',
    );
    const resubscribed = fake.received
      .filter((r) => r.message.Cmd === 'Subscribe.txt')
      .slice(3)
      .map((r) => `${r.message.EntityType}:${r.message.Keys}`)
      .sort();
    assert.deepEqual(resubscribed, ['Order:101', 'Position:101', 'Quote:5']);
    fake.send('quote', { EntityType: 'Quote', Key: '5', Last: '3' });
    await waitFor(() => quotes.length === 1, 2000, 'live again');
    assert.equal(client.status('quote'), 'open');
  });

  it('whenSubscribed resolves once the server acknowledged the Subscribe', async () => {
    makeClient();
    fake.acknowledge = false;
    client.subscribe('Order', 101, () => {});
    let subscribed = false;
    void client.whenSubscribed('Order', 101).then(() => (subscribed = true));
    await waitFor(() => fake.commands('Subscribe.txt').length === 1, 2000, 'the Subscribe');
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(subscribed, false, 'not before the acknowledgement');
    const session = fake.issuedSessions.at(-1);
    fake.send('data', {
      Cmd: 'Subscribe.txt',
      StatusCode: 'Ok',
      SessionId: session,
      EntityType: 'Order',
      Keys: '101',
    });
    await waitFor(() => subscribed, 2000, 'subscribed after the acknowledgement');
    await client.whenSubscribed('Order', 101); // and at once from then on
  });

  it('after a reconnect, resyncs only once the resubscriptions are acknowledged', async () => {
    makeClient();
    const resyncs: StreamerKind[] = [];
    client.onResync((kind) => resyncs.push(kind));
    client.subscribe('Order', 101, () => {});
    await waitFor(() => client.status('data') === 'open', 2000, 'open');
    // the Subscribe reached the server (an open socket may not have sent it yet)
    await waitFor(() => fake.commands('Subscribe.txt').length === 1, 2000, 'the Subscribe');
    fake.acknowledge = false;
    fake.drop();
    await waitFor(() => fake.commands('Subscribe.txt').length === 2, 3000, 'resubscribed');
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(resyncs, [], 'no refetch while the server may not have the subscription');
    const session = fake.issuedSessions.at(-1);
    fake.send('data', {
      Cmd: 'Subscribe.txt',
      StatusCode: 'Ok',
      SessionId: session,
      EntityType: 'Order',
      Keys: '101',
    });
    await waitFor(() => resyncs.length === 1, 2000, 'resync after the acknowledgement');
    assert.deepEqual(resyncs, ['data']);
  });

  it('resyncs anyway when a reconnected server never acknowledges', async () => {
    makeClient();
    const resyncs: StreamerKind[] = [];
    client.onResync((kind) => resyncs.push(kind));
    client.subscribe('Order', 101, () => {});
    await waitFor(() => client.status('data') === 'open', 2000, 'open');
    // the Subscribe reached the server (an open socket may not have sent it yet)
    await waitFor(() => fake.commands('Subscribe.txt').length === 1, 2000, 'the Subscribe');
    fake.acknowledge = false;
    fake.drop();
    await waitFor(() => resyncs.length === 1, RESYNC_ACK_WAIT_MS + 2000, 'resync after the wait');
  });

  it('reconnects to the address it knows after a drop; asks again after a failed attempt', async () => {
    const discovered: StreamerKind[] = [];
    makeClient({
      // gives up on the hung server below; long enough that the links in between (which the
      // fake never pings) are not given up while the test looks at them on a loaded machine
      heartbeatTimeoutMs: 600,
      discover: (kind) => {
        discovered.push(kind);
        return fake.services.discover(kind);
      },
    });
    client.subscribe('Order', 101, () => {});
    await waitFor(() => client.status('data') === 'open', 2000, 'open');
    for (let i = 0; i < 3; i++) fake.send('data', { Cmd: 'Ping' });
    fake.drop();
    await waitFor(() => fake.logins.length === 2, 3000, 'reconnected');
    assert.deepEqual(discovered, ['data'], 'no second GET /streamers after a working link dropped');
    // The data address comes without a session id: each connection recovers a fresh one.
    assert.deepEqual(fake.services.recoverCalls, ['data', 'data']);
    // A hung server: the attempt never opens, so the next one discovers the address again.
    fake.silent = true;
    fake.drop();
    await waitFor(() => fake.logins.length === 3, 3000, 'an attempt to the hung server');
    fake.silent = false;
    await waitFor(() => discovered.length === 2, 3000, 'discovered again after the failed attempt');
    await waitFor(() => client.status('data') === 'open', 3000, 'open again');
  });

  it('reconnectNow skips a long backoff wait', async () => {
    makeClient({ backoff: { baseMs: 60_000, maxMs: 60_000 } });
    client.subscribe('Quote', 5, () => {});
    await waitFor(() => client.status('quote') === 'open', 2000, 'open');
    fake.drop();
    await waitFor(() => client.status('quote') === 'reconnecting', 2000, 'reconnecting');
    client.reconnectNow();
    await waitFor(
      () => client.status('quote') === 'open',
      2000,
      'open again without the 30–60 s wait',
    );
    assert.equal(fake.logins.length, 2);
  });

  it('keeps retrying with backoff while the server refuses, and recovers when it answers', async () => {
    // the fake never pings: an open link, too, is given up after this much silence
    makeClient({ heartbeatTimeoutMs: 300 });
    fake.silent = true; // sockets open, but no CreateSession reply
    client.subscribe('Quote', 5, () => {});
    await waitFor(() => fake.logins.length >= 3, 5000, 'several attempts');
    assert.equal(client.status('quote'), 'reconnecting');
    assert.equal(fake.commands('Subscribe.txt').length, 0, 'no Subscribe without a session');
    fake.silent = false;
    await waitFor(() => client.status('quote') === 'open', 3000, 'open');
    await waitFor(() => fake.commands('Subscribe.txt').length >= 1, 2000, 'subscribed');
  });

  it('drops malformed messages, counts them, and keeps the link', async () => {
    makeClient();
    const quotes: number[] = [];
    client.subscribe('Quote', 5, (q) => quotes.push(q.Last!));
    await waitFor(() => client.status('quote') === 'open', 2000, 'open');
    fake.send('quote', '{"EntityType":"Quote","Key":"5","La');
    fake.send('quote', { EntityType: 'Quote', Key: 'five', Last: '1' });
    fake.send('quote', { EntityType: 'Quote', Key: '5', Last: '2' });
    await waitFor(() => quotes.length === 1, 2000, 'valid quote');
    assert.deepEqual(quotes, [2]);
    assert.equal(client.droppedMessages('quote'), 2);
    assert.equal(fake.logins.length, 1);
  });

  it('a throwing listener does not starve the others', async () => {
    makeClient();
    const seen: number[] = [];
    const originalError = console.error;
    const reported: unknown[] = [];
    console.error = (error: unknown) => reported.push(error);
    try {
      client.subscribe('Quote', 5, () => {
        throw new Error('listener bug');
      });
      client.subscribe('Quote', 5, (q) => seen.push(q.Last!));
      await waitFor(() => client.status('quote') === 'open', 2000, 'open');
      fake.send('quote', { EntityType: 'Quote', Key: '5', Last: '9' });
      await waitFor(() => seen.length === 1, 2000, 'second listener');
    } finally {
      console.error = originalError;
    }
    assert.equal((reported[0] as Error).message, 'listener bug');
  });

  it('opens a streamer lazily and closes it a grace period after the last listener leaves', async () => {
    makeClient({ idleCloseMs: 80 });
    assert.equal(client.status('quote'), 'idle');
    const stopOrders = client.subscribe('Order', 101, () => {});
    await waitFor(() => client.status('data') === 'open', 2000, 'data open');
    assert.equal(fake.open('quote'), 0, 'no quote socket without a quote subscription');

    // Leaving and coming back within the grace period keeps the socket.
    stopOrders();
    const stopAgain = client.subscribe('Order', 101, () => {});
    await new Promise((resolve) => setTimeout(resolve, 150));
    assert.equal(fake.logins.length, 1);
    assert.equal(client.status('data'), 'open');

    stopAgain();
    await waitFor(() => client.status('data') === 'idle', 2000, 'idle');
    await waitFor(() => fake.open('data') === 0, 2000, 'socket closed');
  });

  it('dispose closes every socket and reports closed', async () => {
    makeClient();
    client.subscribe('Quote', 5, () => {});
    client.subscribe('Order', 101, () => {});
    await waitFor(() => fake.open('quote') === 1 && fake.open('data') === 1, 2000, 'sockets');
    client.dispose();
    assert.equal(client.status('quote'), 'closed');
    assert.equal(client.status('data'), 'closed');
    await waitFor(() => fake.open('quote') + fake.open('data') === 0, 2000, 'closed sockets');
    assert.throws(() => client.subscribe('Quote', 5, () => {}));
  });
});
