import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { Hono } from 'hono';
import type { SandboxEnv, StreamerHub } from '../contract.ts';
import { ApiError } from '../http/errors.ts';
import { createStreamerHub } from './hub.ts';
import { registerStreamerControlRoutes, registerStreamerRoutes } from './routes.ts';
import { createFakeWorld, createMemorySocket, type FakeWorld } from './test-support.ts';

let world: FakeWorld;
let hub: StreamerHub;
let app: Hono<SandboxEnv>;

beforeEach(() => {
  world = createFakeWorld();
  hub = createStreamerHub(world, { pingIntervalMs: 60_000 });
  // Mirrors the sandbox app (src/http/app.ts): REST under `/api`, controls under `/__sandbox`.
  app = new Hono<SandboxEnv>();
  const api = app.basePath('/api');
  // Stands in for the app's auth middleware: user 1 is signed in.
  api.use('/v1.0/*', async (c, next) => {
    c.set('world', world);
    c.set('userId', 1);
    await next();
  });
  registerStreamerRoutes(api);
  registerStreamerControlRoutes(app.basePath('/__sandbox'), { hub });
  app.onError((error) =>
    error instanceof ApiError ? error.toResponse() : new Response('boom', { status: 500 }),
  );
});
afterEach(() => hub.close());

test('GET /api/v1.0/streamers announces both streamers on the request host with fresh sessions of the user', async () => {
  const response = await app.request('http://127.0.0.1:4010/api/v1.0/streamers');
  assert.equal(response.status, 200);
  const body = (await response.json()) as {
    QuoteAddresses: { Url: string; Type: string; SessionId: string }[];
    DataAddresses: { Url: string; Type: string; SessionId: string }[];
  };
  assert.equal(body.QuoteAddresses[0].Url, 'ws://127.0.0.1:4010/streamer/quote');
  assert.equal(body.QuoteAddresses[0].Type, 'EntitlementBased');
  assert.equal(body.DataAddresses[0].Url, 'ws://127.0.0.1:4010/streamer/data');
  assert.equal(body.DataAddresses[0].Type, 'delayed');
  assert.equal(world.userIdForStreamerSession(body.QuoteAddresses[0].SessionId), 1);
  assert.equal(world.userIdForStreamerSession(body.DataAddresses[0].SessionId), 1);

  const secure = await app.request('https://sandbox.autoshares.local/api/v1.0/streamers');
  const secureBody = (await secure.json()) as { QuoteAddresses: { Url: string }[] };
  assert.equal(secureBody.QuoteAddresses[0].Url, 'wss://sandbox.autoshares.local/streamer/quote');
});

test('PUT /api/v1.0/streamers/session/recover issues a new session id; a missing sessionType is a 404', async () => {
  const response = await app.request(
    'http://127.0.0.1/api/v1.0/streamers/session/recover?sessionType=1',
    {
      method: 'PUT',
    },
  );
  assert.equal(response.status, 200);
  const { Id } = (await response.json()) as { Id: string };
  assert.equal(world.userIdForStreamerSession(Id), 1);

  const missing = await app.request('http://127.0.0.1/api/v1.0/streamers/session/recover', {
    method: 'PUT',
  });
  assert.equal(missing.status, 404);
  assert.equal(
    ((await missing.json()) as { Error: { Code: string } }).Error.Code,
    'UnsupportedApiVersion',
  );
});

test('POST /__sandbox/faults/sockets drops sockets or corrupts messages; GET /__sandbox/streams shows the counts', async () => {
  const session = world.createStreamerSession(1, 'quote');
  const client = createMemorySocket();
  hub.accept(
    'quote',
    new URL(`ws://h/streamer/quote/CreateSession.txt?User=1:${session}&Password=${session}`),
    client.socket,
  );
  const stats = async () =>
    (await (await app.request('http://h/__sandbox/streams')).json()) as ReturnType<
      StreamerHub['stats']
    >;
  assert.deepEqual((await stats()).sockets, { quote: 1, data: 0 });

  const corrupt = await app.request('http://h/__sandbox/faults/sockets', {
    method: 'POST',
    body: JSON.stringify({ malformed: 1 }),
    headers: { 'Content-Type': 'application/json' },
  });
  assert.deepEqual(await corrupt.json(), { dropped: 0, malformed: 1 });
  client.sent.length = 0;
  client.receive('not json');
  assert.throws(() => JSON.parse(client.sent[0]));

  const drop = await app.request('http://h/__sandbox/faults/sockets', {
    method: 'POST',
    body: JSON.stringify({ drop: true, userId: 1 }),
    headers: { 'Content-Type': 'application/json' },
  });
  assert.deepEqual(await drop.json(), { dropped: 1, malformed: 0 });
  assert.notEqual(client.closedWith, null);
  assert.deepEqual((await stats()).sockets, { quote: 0, data: 0 });
  assert.deepEqual((await stats()).connectionsOpened, { quote: 1, data: 0 });
});
