import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { StreamerHub, StreamerKind } from '../contract.ts';
import { DROPPED_CLOSE_CODE, REFUSED_CLOSE_CODE, createStreamerHub, newSessionId } from './hub.ts';
import {
  createFakeWorld,
  createMemorySocket,
  waitFor,
  type FakeWorld,
  type MemorySocket,
} from './test-support.ts';

let world: FakeWorld;
let hub: StreamerHub;

beforeEach(() => {
  world = createFakeWorld();
  hub = createStreamerHub(world, { pingIntervalMs: 20 });
});
afterEach(() => hub.close());

const loginUrl = (kind: StreamerKind, user: string, password: string): URL =>
  new URL(
    `ws://sandbox.test/streamer/${kind}/CreateSession.txt?User=${encodeURIComponent(user)}&Password=${encodeURIComponent(password)}&HttpClientType=WebSocket`,
  );

/** Connect as `userId` the way the JS client does; returns the socket and the CreateSession SessionId. */
function connect(kind: StreamerKind, userId: number): { client: MemorySocket; sessionId: string } {
  const streamerSession = world.createStreamerSession(userId, kind);
  const client = createMemorySocket();
  hub.accept(kind, loginUrl(kind, `${userId}:${streamerSession}`, streamerSession), client.socket);
  const [created] = client.messages();
  assert.equal(created?.StatusCode, 'Ok', 'CreateSession succeeds');
  client.sent.length = 0;
  return { client, sessionId: created.SessionId };
}

const command = (cmd: string, sessionId: string, entityType: string, keys: string) => ({
  Cmd: cmd,
  SessionId: sessionId,
  Keys: keys,
  EntityType: entityType,
  HttpClientType: 'WebSocket',
});

describe('CreateSession', () => {
  test('answers Ok with a new SessionId for User=<userId>:<streamerSessionId>&Password=<streamerSessionId>', () => {
    const session = world.createStreamerSession(1, 'quote');
    const client = createMemorySocket();
    hub.accept('quote', loginUrl('quote', `1:${session}`, session), client.socket);
    const [created] = client.messages();
    assert.equal(created.Cmd, 'CreateSession.txt');
    assert.equal(created.StatusCode, 'Ok');
    assert.match(created.SessionId, /^[0-9a-f-]{36}$/);
    assert.notEqual(created.SessionId, session);
    assert.equal(client.closedWith, null);
  });

  test('accepts the other documented forms: User=<userId>:<any>, User=<userId>, session after the colon', () => {
    for (const [user, password] of [
      ['1:login-session-id', 'S'],
      ['1', 'S'],
      ['1:S', 'ignored'],
    ]) {
      const session = world.createStreamerSession(1, 'data');
      const client = createMemorySocket();
      hub.accept(
        'data',
        loginUrl('data', user.replace('S', session), password.replace('S', session)),
        client.socket,
      );
      assert.equal(client.messages()[0].StatusCode, 'Ok', `User=${user}&Password=${password}`);
    }
  });

  test('refuses a session of another user, or an unknown session, with an Error and a close', () => {
    const session = world.createStreamerSession(2, 'quote');
    for (const [user, password] of [
      [`1:${session}`, session],
      ['1:nope', 'nope'],
    ]) {
      const client = createMemorySocket();
      hub.accept('quote', loginUrl('quote', user, password), client.socket);
      assert.deepEqual(
        client.messages().map((m) => [m.Cmd, m.StatusCode]),
        [['CreateSession.txt', 'Error']],
      );
      assert.equal(client.closedWith?.code, REFUSED_CLOSE_CODE);
    }
    assert.equal(hub.stats().sockets.quote, 0);
  });
});

describe('quotes', () => {
  test('subscribe acks with the keys, sends snapshots, then updates; unsubscribe stops them', () => {
    const { client, sessionId } = connect('quote', 1);
    client.receive(command('Subscribe.txt', sessionId, 'Quote', '5;6'));
    const [ack, ...snapshots] = client.messages();
    assert.deepEqual(ack, {
      Cmd: 'Subscribe.txt',
      StatusCode: 'Ok',
      SessionId: sessionId,
      EntityType: 'Quote',
      Keys: '5;6',
    });
    assert.deepEqual(
      snapshots.map((m) => [m.EntityType, m.Key, m.Last]),
      [
        ['Quote', '5', '100'],
        ['Quote', '6', '200'],
      ],
    );
    assert.equal(
      snapshots.every((m) => !('Cmd' in m)),
      true,
    );

    client.sent.length = 0;
    world.emit({ type: 'quote', securityId: 5, quote: { SecurityId: 5, Last: 101.25 } });
    assert.deepEqual(
      client.messages().map((m) => [m.Key, m.Last]),
      [['5', '101.25']],
    );

    client.sent.length = 0;
    client.receive(command('Unsubscribe.txt', sessionId, 'Quote', '5'));
    assert.equal(client.messages()[0].Cmd, 'Unsubscribe.txt');
    assert.equal(client.messages()[0].StatusCode, 'Ok');
    client.sent.length = 0;
    world.emit({ type: 'quote', securityId: 5, quote: { Last: 102 } });
    world.emit({ type: 'quote', securityId: 6, quote: { Last: 202 } });
    assert.deepEqual(
      client.messages().map((m) => [m.Key, m.Last]),
      [['6', '202']],
    );
  });

  test('a wrong SessionId gets an Error ack and subscribes nothing', () => {
    const { client } = connect('quote', 1);
    client.receive(command('Subscribe.txt', 'not-my-session', 'Quote', '5'));
    const [ack] = client.messages();
    assert.equal(ack.Cmd, 'Subscribe.txt');
    assert.equal(ack.StatusCode, 'Error');
    assert.equal(client.messages().length, 1, 'no snapshot');
    world.emit({ type: 'quote', securityId: 5, quote: { Last: 1 } });
    assert.equal(client.messages().length, 1, 'no update');
    assert.equal(hub.stats().subscriptions, 0);
  });

  test('unknown securities are refused in RejectedKeys; data entities are refused on the quote streamer', () => {
    const { client, sessionId } = connect('quote', 1);
    client.receive(command('Subscribe.txt', sessionId, 'Quote', '5;999;abc'));
    const [ack] = client.messages();
    assert.equal(ack.StatusCode, 'Error');
    assert.equal(ack.Keys, '5');
    assert.equal(ack.RejectedKeys, '999;abc');
    client.sent.length = 0;
    client.receive(command('Subscribe.txt', sessionId, 'Order', '101'));
    assert.equal(client.messages()[0].StatusCode, 'Error');
    assert.equal(hub.stats().subscriptions, 1);
  });
});

describe('data streamer', () => {
  test('orders stream for an account the user owns, never for another user’s account', () => {
    const { client, sessionId } = connect('data', 1);
    client.receive(command('Subscribe.txt', sessionId, 'Order', '101;202'));
    const [ack] = client.messages();
    assert.equal(ack.Keys, '101');
    assert.equal(ack.RejectedKeys, '202');
    assert.equal(client.messages().length, 1, 'no snapshot for data entities');
    client.sent.length = 0;
    world.emit({ type: 'order', accountId: 202, order: { Id: 1, Status: 'New' } });
    world.emit({
      type: 'order',
      accountId: 101,
      order: { Id: 2, Status: 'PendingNew', Quantity: 10 },
    });
    world.emit({ type: 'position', accountId: 101, position: { Id: 3 } });
    assert.deepEqual(
      client.messages().map((m) => [m.EntityType, m.Key, m.Id, m.Status, m.Quantity]),
      [['Order', '101', '2', 'PendingNew', '10.00000']],
    );
  });

  test('balances, watchlists, watchlist content and price alerts reach their subscriber', () => {
    const { client, sessionId } = connect('data', 1);
    client.receive(command('Subscribe.txt', sessionId, 'AccountBalance', '101'));
    client.receive(command('Subscribe.txt', sessionId, 'Watchlist', '1'));
    client.receive(command('Subscribe.txt', sessionId, 'WatchlistContent', '33'));
    client.receive(command('Subscribe.txt', sessionId, 'PriceAlert', '1'));
    client.receive(command('Subscribe.txt', sessionId, 'PriceAlert', '2'));
    assert.deepEqual(
      client.messages().map((m) => [m.EntityType, m.StatusCode]),
      [
        ['AccountBalance', 'Ok'],
        ['Watchlist', 'Ok'],
        ['WatchlistContent', 'Ok'],
        ['PriceAlert', 'Ok'],
        ['PriceAlert', 'Error'],
      ],
    );
    client.sent.length = 0;
    world.emit({
      type: 'watchlist',
      userId: 1,
      watchlist: { Id: 33, Name: 'Tech' },
      deleted: false,
    });
    world.emit({ type: 'watchlistContent', userId: 1, watchlistId: 33, added: [5], removed: [] });
    world.emit({ type: 'watchlistContent', userId: 2, watchlistId: 33, added: [6], removed: [] });
    world.emit({ type: 'alert', userId: 1, alert: { Id: 4, State: 'Completed' }, deleted: false });
    assert.deepEqual(
      client.messages().map((m) => [m.EntityType, m.Key]),
      [
        ['Watchlist', '1'],
        ['WatchlistContent', '33'],
        ['PriceAlert', '1'],
      ],
    );
    assert.equal(client.messages()[1].AddedSymbols, '5');
  });
});

describe('keep-alive and faults', () => {
  test('pings every interval; a Pong gets no reply', async () => {
    const { client, sessionId } = connect('quote', 1);
    client.receive({ Cmd: 'Pong', SessionId: sessionId, StatusCode: 'Ok' });
    assert.equal(client.sent.length, 0);
    await waitFor(() => client.sent.length >= 2, 2000, 'two pings');
    assert.deepEqual(client.messages().slice(0, 2), [{ Cmd: 'Ping' }, { Cmd: 'Ping' }]);
  });

  test('a frame that is not a command gets an Error reply', () => {
    const { client } = connect('quote', 1);
    client.receive('hello');
    client.receive({ Cmd: 'Dance' });
    assert.deepEqual(
      client.messages().map((m) => [m.Cmd, m.StatusCode]),
      [
        ['Unknown', 'Error'],
        ['Dance', 'Error'],
      ],
    );
  });

  test('dropSockets closes a user’s sockets only, and they stop receiving', () => {
    const one = connect('quote', 1);
    const two = connect('quote', 2);
    one.client.receive(command('Subscribe.txt', one.sessionId, 'Quote', '5'));
    assert.equal(hub.dropSockets(1), 1);
    assert.equal(one.client.closedWith?.code, DROPPED_CLOSE_CODE);
    assert.equal(two.client.closedWith, null);
    assert.deepEqual(hub.stats().sockets, { quote: 1, data: 0 });
    assert.equal(hub.stats().subscriptions, 0);
    assert.equal(hub.dropSockets(), 1);
    assert.equal((two.client.closedWith as { code?: number } | null)?.code, DROPPED_CLOSE_CODE);
  });

  test('sendMalformed corrupts the next N frames to a user, then frames are JSON again', () => {
    const { client, sessionId } = connect('quote', 1);
    const other = connect('quote', 2);
    other.client.receive(command('Subscribe.txt', other.sessionId, 'Quote', '5'));
    client.receive(command('Subscribe.txt', sessionId, 'Quote', '5'));
    client.sent.length = 0;
    other.client.sent.length = 0;
    hub.sendMalformed(2, 1);
    for (const last of [1, 2, 3])
      world.emit({ type: 'quote', securityId: 5, quote: { Last: last } });
    assert.equal(client.sent.length, 3);
    for (const frame of client.sent.slice(0, 2)) assert.throws(() => JSON.parse(frame));
    assert.equal((JSON.parse(client.sent[2]) as { Last: string }).Last, '3');
    assert.deepEqual(
      other.client.messages().map((m) => m.Last),
      ['1', '2', '3'],
    );
  });

  test('stats count open sockets per streamer, subscriptions and connections opened', () => {
    const a = connect('quote', 1);
    connect('data', 1);
    const c = connect('data', 2);
    a.client.receive(command('Subscribe.txt', a.sessionId, 'Quote', '5;6'));
    c.client.receive(command('Subscribe.txt', c.sessionId, 'Order', '202'));
    c.client.disconnect();
    assert.deepEqual(hub.stats(), {
      sockets: { quote: 1, data: 1 },
      subscriptions: 2,
      connectionsOpened: { quote: 1, data: 2 },
    });
  });

  test('close() closes every socket and stops listening to the world', () => {
    const { client } = connect('data', 1);
    assert.equal(world.listenerCount(), 1);
    hub.close();
    assert.notEqual(client.closedWith, null);
    assert.equal(world.listenerCount(), 0);
    const late = createMemorySocket();
    hub.accept('data', loginUrl('data', '1', world.createStreamerSession(1, 'data')), late.socket);
    assert.equal(late.messages()[0].StatusCode, 'Error');
  });
});

test('newSessionId makes distinct GUIDs, also where crypto.randomUUID is missing (insecure pages)', () => {
  const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  assert.match(newSessionId(), guid);
  const own = Object.getOwnPropertyDescriptor(globalThis.crypto, 'randomUUID');
  Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
  try {
    assert.equal(typeof globalThis.crypto.randomUUID, 'undefined');
    const a = newSessionId();
    assert.match(a, guid);
    assert.notEqual(a, newSessionId());
  } finally {
    if (own) Object.defineProperty(globalThis.crypto, 'randomUUID', own);
    else delete (globalThis.crypto as { randomUUID?: unknown }).randomUUID;
  }
  assert.equal(typeof globalThis.crypto.randomUUID, 'function');
});
