import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { Hono } from 'hono';
import type { SandboxEnv, StreamerHub } from '../contract.ts';
import { createStreamerHub } from './hub.ts';
import { registerStreamerControlRoutes } from './routes.ts';
import { createFakeWorld, createMemorySocket, type FakeWorld } from './test-support.ts';

let world: FakeWorld;
let hub: StreamerHub;
let app: Hono<SandboxEnv>;

beforeEach(() => {
  world = createFakeWorld();
  hub = createStreamerHub(world, { pingIntervalMs: 60_000 });
  app = new Hono<SandboxEnv>();
  registerStreamerControlRoutes(app.basePath('/__sandbox'), { hub });
});
afterEach(() => hub.close());

/** A quote socket of user 1 subscribed to security 5; `sent` starts after the snapshot. */
function subscribedQuoteSocket() {
  const session = world.createStreamerSession(1, 'quote');
  const client = createMemorySocket();
  hub.accept(
    'quote',
    new URL(
      `ws://sandbox.test/streamer/quote/CreateSession.txt?User=1:${session}&Password=${session}`,
    ),
    client.socket,
  );
  const { SessionId } = client.messages()[0]!;
  client.receive({ Cmd: 'Subscribe.txt', SessionId, Keys: '5', EntityType: 'Quote' });
  return client;
}

const stamp = (body: unknown) =>
  app.request('http://127.0.0.1/__sandbox/streams/stamp', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

test('messages carry no SentAt field unless the stamp knob is on', () => {
  const client = subscribedQuoteSocket();
  world.emit({ type: 'quote', securityId: 5, quote: { SecurityId: 5, Last: 101.25 } });
  const messages = client.messages();
  assert.equal(messages.at(-1)?.Last, '101.25');
  assert.ok(messages.every((message) => !('SentAt' in message)));
});

test('POST /__sandbox/streams/stamp {sentAt:true} stamps snapshots and updates with their send time, false stops it', async () => {
  assert.deepEqual(await (await stamp({ sentAt: true })).json(), { sentAt: true });
  const before = performance.timeOrigin + performance.now();
  const client = subscribedQuoteSocket();
  world.emit({ type: 'quote', securityId: 5, quote: { SecurityId: 5, Last: 101.25 } });
  const after = performance.timeOrigin + performance.now();
  const data = client.messages().filter((message) => message.Cmd === undefined);
  assert.equal(data.length, 2, 'the snapshot and the update');
  for (const message of data) {
    const sentAt = Number(message.SentAt);
    assert.ok(sentAt >= before && sentAt <= after, `SentAt ${message.SentAt} within the send`);
    assert.equal(Object.keys(message).at(-1), 'SentAt', 'the last field');
  }
  const acks = client.messages().filter((message) => message.Cmd !== undefined);
  assert.ok(
    acks.every((message) => !('SentAt' in message)),
    'commands are not stamped',
  );

  await stamp({ sentAt: false });
  world.emit({ type: 'quote', securityId: 5, quote: { SecurityId: 5, Last: 102 } });
  assert.equal(client.messages().at(-1)?.Last, '102');
  assert.ok(!('SentAt' in client.messages().at(-1)!));
});

test('POST /__sandbox/streams/stamp without a boolean is a 400 and changes nothing', async () => {
  const response = await stamp({ sentAt: 'yes' });
  assert.equal(response.status, 400);
  const client = subscribedQuoteSocket();
  assert.ok(client.messages().every((message) => !('SentAt' in message)));
});
